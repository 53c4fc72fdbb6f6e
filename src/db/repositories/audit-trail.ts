import {
  auditEntrySchema,
  type AuditEntityType,
  type AuditEntry,
} from '../../domain/schema/audit-entry';
import { useCaseOfDecisionEntry } from '../../domain/audit/describe-entry';
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

/** Where a page of the trail ends: the next page starts with the entry after it (newest first). */
export interface AuditCursor {
  at: string;
  id: string;
}

/** Which entries of the trail are read; omitted fields: any. */
export interface AuditQuery {
  /** Only the entries about these records (a difference between snapshots links them). */
  entityIds?: ReadonlySet<string> | null;
  actor?: string | null;
  entityType?: AuditEntityType | null;
  /** Only the entries about this use case (its record, its scores, a decision about it). */
  useCaseId?: string | null;
  /** The use case each decision is about, for the use case filter (AuditNames.decisionUseCase). */
  decisionUseCase?: ReadonlyMap<string, string>;
}

function isFiltered(query: AuditQuery): boolean {
  return Boolean(query.entityIds || query.actor || query.entityType || query.useCaseId);
}

function matcherOf(query: AuditQuery): (entry: AuditEntry) => boolean {
  const decisionUseCase = query.decisionUseCase ?? new Map<string, string>();
  return (e) =>
    (!query.entityIds || query.entityIds.has(e.entityId)) &&
    (!query.actor || e.actor === query.actor) &&
    (!query.entityType || e.entityType === query.entityType) &&
    (!query.useCaseId || useCaseOfDecisionEntry(e, decisionUseCase) === query.useCaseId);
}

/** The entries of a workspace up to `cursor` (included), newest first, through [workspaceId+at]. */
function trailUpTo(db: ClarteDatabase, workspaceId: string, cursor: AuditCursor | null) {
  return db.audit
    .where('[workspaceId+at]')
    .between([workspaceId, ''], [workspaceId, cursor ? cursor.at : '\uffff'], true, true)
    .reverse();
}

/**
 * One page of a workspace's audit trail, newest first (the same order as listAuditEntries: time,
 * then id, both descending), read through the index up to `limit` matching entries: the entries
 * after `after` (the last entry of the previous page), or the newest when null. `next` is the
 * cursor of the following page, null when this one is the last.
 */
export async function readAuditPage(
  db: ClarteDatabase,
  workspaceId: string,
  query: AuditQuery,
  after: AuditCursor | null,
  limit: number,
): Promise<{ entries: AuditEntry[]; next: AuditCursor | null }> {
  const matches = matcherOf(query);
  // One more than asked: whether a next page exists is known without reading it.
  const read = await trailUpTo(db, workspaceId, after)
    .filter((e) => (!after || e.at < after.at || e.id < after.id) && matches(e))
    .limit(limit + 1)
    .toArray();
  const entries = read.slice(0, limit);
  const last = entries[entries.length - 1];
  return { entries, next: read.length > limit && last ? { at: last.at, id: last.id } : null };
}

/** How many entries of a workspace's trail match (an index count when nothing is filtered). */
export async function countAuditEntries(
  db: ClarteDatabase,
  workspaceId: string,
  query: AuditQuery = {},
): Promise<number> {
  const all = trailUpTo(db, workspaceId, null);
  return isFiltered(query) ? all.filter(matcherOf(query)).count() : all.count();
}

/** The people who appear in a workspace's trail, read entry by entry (no long task). */
export async function listAuditActors(db: ClarteDatabase, workspaceId: string): Promise<string[]> {
  const actors = new Set<string>();
  await trailUpTo(db, workspaceId, null).each((e) => actors.add(e.actor));
  return [...actors];
}

/** Every entry of a workspace's trail that matches, newest first (what an export writes). */
export async function listAuditEntriesMatching(
  db: ClarteDatabase,
  workspaceId: string,
  query: AuditQuery,
): Promise<AuditEntry[]> {
  return trailUpTo(db, workspaceId, null).filter(matcherOf(query)).toArray();
}
