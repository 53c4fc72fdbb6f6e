import type { Table } from 'dexie';
import type { ChangeContext } from './change-context';
import type { ClarteDatabase } from './database';
import type { AuditEntry } from '../domain/schema/audit-entry';
import { auditEntry, type AuditFacts } from './repositories/audit-trail';
import { refuseIfChanged } from '../domain/conflicts/stale-write';

export { StaleWriteError } from '../domain/conflicts/stale-write';

/** A record as the person saw it when they started editing it: the write checks it is unchanged. */
export interface SeenRecord<T> {
  table: Table<T, string>;
  id: string;
  /** The whole record, or only the fields the dialog edits. */
  seen: Partial<T>;
}

/** What a change wrote: its result, and one audit fact per record it changed (none: no change). */
export interface Written<T> {
  result: T;
  audit: readonly AuditFacts[];
}

/**
 * Inside a writing transaction that includes `workspaces` and `audit`: the audit entry of one
 * change (who, when, what, before and after), and the workspace's updated time. The change
 * counter is the count of these entries since the last backup (readBackupStatus).
 */
export async function recordChange(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  facts: AuditFacts,
): Promise<void> {
  await db.workspaces.update(facts.workspaceId, { updatedAt: now });
  await db.audit.add(auditEntry(ctx, now, facts));
}

/**
 * recordChange for many records of one workspace at once (a list import's chunk): their audit
 * entries (built by auditEntry) in one bulk write, and the workspace's updated time.
 */
export async function recordChanges(
  db: ClarteDatabase,
  now: string,
  workspaceId: string,
  entries: readonly AuditEntry[],
): Promise<void> {
  await db.audit.bulkAdd([...entries]);
  await db.workspaces.update(workspaceId, { updatedAt: now });
}

/**
 * THE write path of the repositories: in one transaction over `tables` (plus the workspaces and
 * the audit trail), runs `change` with the change's time, then writes one audit entry per fact
 * it returns and marks those workspaces updated. With `seen`, the write is refused with a
 * StaleWriteError (nothing written) when the record is no longer what the person saw.
 */
export async function writeChange<T, S = unknown>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  tables: readonly Table[],
  change: (now: string) => Promise<Written<T>>,
  seen?: SeenRecord<S>,
): Promise<T> {
  const all = [...new Set<Table>([...tables, db.workspaces, db.audit])];
  return db.transaction('rw', all, async () => {
    if (seen) {
      refuseIfChanged(await seen.table.get(seen.id), seen.seen);
    }
    const now = ctx.now();
    const written = await change(now);
    for (const facts of written.audit) await recordChange(db, ctx, now, facts);
    return written.result;
  });
}
