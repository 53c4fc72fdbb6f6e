import {
  auditEntrySchema,
  type AuditEntityType,
  type AuditEntry,
} from '../../domain/schema/audit-entry';
import type { JsonValue } from '../../domain/audit/record-changes';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';

export interface AuditFacts {
  workspaceId: string;
  action: AuditEntry['action'];
  entityType: AuditEntityType;
  entityId: string;
  label: string;
  before?: JsonValue;
  after?: JsonValue;
  via?: AuditEntry['via'];
}

/**
 * Builds an audit entry, parsed by its schema (an invalid entry is refused before anything is
 * written); callers add it in the same transaction as the change it records.
 */
export function auditEntry(ctx: ChangeContext, at: string, facts: AuditFacts): AuditEntry {
  return auditEntrySchema.parse({
    id: ctx.newId(),
    workspaceId: facts.workspaceId,
    at,
    actor: ctx.actor,
    action: facts.action,
    entityType: facts.entityType,
    entityId: facts.entityId,
    label: facts.label.slice(0, 500),
    before: facts.before ?? null,
    after: facts.after ?? null,
    ...(facts.via ? { via: facts.via } : {}),
  });
}

/** The audit trail of a workspace, newest first. */
export async function listAuditEntries(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<AuditEntry[]> {
  return db.audit
    .where('[workspaceId+at]')
    .between([workspaceId, ''], [workspaceId, '\uffff'])
    .reverse()
    .toArray();
}

/** The audit entries of a workspace about some records (a use case, with its scorecards), newest first. */
export async function listAuditEntriesFor(
  db: ClarteDatabase,
  workspaceId: string,
  entityIds: readonly string[],
): Promise<AuditEntry[]> {
  const entries = await db.audit
    .where('entityId')
    .anyOf([...entityIds])
    .filter((e) => e.workspaceId === workspaceId)
    .toArray();
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
