import { renewedRankingStamps } from '../ranking-stamp';
import { Dexie } from 'dexie';
import { toJson } from '../../domain/audit/record-changes';
import type { CheckedBackup } from '../../domain/exchange/backup-format';
import {
  sourceOfBackup,
  type BackupRecords,
  type BackupSource,
} from '../../domain/exchange/backup-parts';
import { auditEntrySchema, type AuditEntry } from '../../domain/schema/audit-entry';
import { idSchema, isoDateTimeSchema } from '../../domain/schema/common';
import { workspaceSchema, type Workspace } from '../../domain/schema/workspace';
import type { BundleRecordList, WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import {
  copyRecordsOf,
  copyWorkspaceRecord,
  freshIdsOf,
  type CopyIds,
} from '../../domain/workspace/copy-workspace-bundle';
import { uniqueName } from '../../domain/workspace/unique-name';
import type { ChangeContext } from '../change-context';
import { WORKSPACE_TABLES, type ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';
import { allBackupTables, recordRestoredFromFile } from './backup';
import { drawnAtRandom, writeAll } from './import-writes';

export type BackupImport =
  { kind: 'asNew' } | { kind: 'restore' } | { kind: 'replace'; workspaceId: string };

/** Records per write: one write of 500 records keeps the page's thread well under 100 ms. */
const WRITE_CHUNK = 500;
/**
 * Writes handed to the database ahead of the one it is doing: it never waits for the page to
 * prepare the next one (copy, structured clone of each record), and the page keeps receiving.
 */
const WRITES_AHEAD = 2;
/**
 * Dexie tells the live queries which records a write changed, one by one below 50 records, and
 * that the whole table changed from 50 on (its observability middleware): a list's records are
 * written through Dexie until one write of 50 has been, the rest straight to IndexedDB (addAll).
 */
const WHOLE_TABLE = 50;
/** How long the open transaction waits for the next checked part before giving up. */
const PART_WAIT_MS = 10 * 60_000;

type RecordOf<L extends BundleRecordList> = WorkspaceBundle[L][number];

/** A replaced workspace's records moved to its id (the copy's ids otherwise fresh). */
function ownedBy<L extends BundleRecordList>(list: L, records: RecordOf<L>[], id: string) {
  return records.map((record): RecordOf<L> => {
    const own = { ...record, workspaceId: id };
    if (list === 'decisionSnapshots') {
      const s = own as RecordOf<'decisionSnapshots'>;
      return {
        ...s,
        overrides: s.overrides.map((o) => ({ ...o, workspaceId: id })),
      };
    }
    // A workspace's portfolio has the workspace's id; its audit entries name it.
    if (list === 'portfolios') return { ...own, id };
    if (list === 'audit' && (own as RecordOf<'audit'>).entityType === 'workspace')
      return { ...own, entityId: id };
    return own;
  });
}

function importEntry(
  ctx: ChangeContext,
  now: string,
  workspace: Workspace,
  exportedAt: string,
  action: AuditEntry['action'],
): AuditEntry {
  return auditEntry(ctx, now, {
    workspaceId: workspace.id,
    action,
    entityType: 'workspace',
    entityId: workspace.id,
    label: workspace.name,
    after: toJson({ importedFrom: exportedAt }),
  });
}

/**
 * The change context of an import, whose new ids and time are checked as they are made: a copy
 * of checked records then differs from them only by values that were checked (see importBackup).
 */
function checkedContext(ctx: ChangeContext): ChangeContext {
  return {
    ...ctx,
    now: () => isoDateTimeSchema.parse(ctx.now()),
    newId: () => idSchema.parse(ctx.newId()),
  };
}

/** What one workspace of the file becomes: its record, its fresh ids, the import's own entry. */
interface Plan {
  workspace: Workspace;
  copy: CopyIds | null;
  entry: AuditEntry | null;
  /** Its records are put (their ids cannot be stored already), else added. */
  put: boolean;
}

function plansOf(
  ctx: ChangeContext,
  now: string,
  source: BackupSource,
  mode: BackupImport,
  names: string[],
): Plan[] {
  const { backup, recordIds } = source.frame;
  if (mode.kind === 'restore')
    return backup.workspaces.map((b) => ({
      workspace: b.workspace,
      copy: null,
      entry: null,
      put: false,
    }));
  if (mode.kind === 'replace' && backup.workspaces.length !== 1)
    throw new Error('exchange.problem.replaceNeedsOne');
  return backup.workspaces.map((b, w) => {
    const original = b.workspace;
    let name = original.name;
    if (mode.kind === 'asNew') {
      name = uniqueName(original.name, names, original.language);
      names.push(name);
    }
    const copy = freshIdsOf(original, recordIds[w] ?? [], ctx.newId);
    const workspace = copyWorkspaceRecord(original, copy, { now, name });
    if (mode.kind === 'replace') workspace.id = mode.workspaceId;
    const action = mode.kind === 'replace' ? 'updated' : 'created';
    const entry = importEntry(ctx, now, workspace, backup.exportedAt, action);
    return { workspace, copy, entry: auditEntrySchema.parse(entry), put: drawnAtRandom(copy) };
  });
}

/** The records of a part as they are written: as in the file, or copied (and moved). */
function recordsToWrite(part: BackupRecords, plan: Plan, mode: BackupImport): unknown[] {
  if (!plan.copy) return part.records;
  const copied = copyRecordsOf(part.list, part.records as RecordOf<typeof part.list>[], plan.copy);
  return mode.kind === 'replace' ? ownedBy(part.list, copied, mode.workspaceId) : copied;
}

/**
 * Imports a backup read in parts (backup-parts.ts) in one transaction, all or nothing, writing
 * each checked part while the next ones are checked; a refusal of a later part (thrown by the
 * source) aborts the transaction, so nothing is written:
 * - asNew: every workspace as a new one (fresh ids, a name that is not taken);
 * - restore: the workspaces as they were, same ids (refused when one exists);
 * - replace: the one workspace of the file replaces an existing one (delete then insert).
 * Records are not checked a second time: they passed their schemas when read; a copy changes
 * only ids, workspace ids and times (checked as made), the name and the import's own audit
 * entry (the workspace and that entry are checked when written). Returns the workspaces' ids.
 */
export async function importBackupParts(
  db: ClarteDatabase,
  ctx: ChangeContext,
  source: BackupSource,
  mode: BackupImport,
  /** Told how many records are written out of how many, as the import goes. */
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  ctx = checkedContext(ctx);
  const now = ctx.now();
  const names = (await db.workspaces.toArray()).map((w) => w.name);
  const plans = plansOf(ctx, now, source, mode, names);
  const entries = plans.flatMap((p) => (p.entry ? [p.entry] : []));
  const total = source.frame.recordCounts.reduce((n, count) => n + count, entries.length);
  // The transaction opens with the first checked part at hand (else it would wait with it open).
  await source.ready();
  return db.transaction('rw', [...allBackupTables(db), db.meta], async () => {
    if (mode.kind === 'replace') {
      if (!(await db.workspaces.get(mode.workspaceId)))
        throw new Error(`Workspace ${mode.workspaceId} not found`);
      for (const table of WORKSPACE_TABLES)
        await db[table].where('workspaceId').equals(mode.workspaceId).delete();
      await db.workspaces.delete(mode.workspaceId);
    }
    // No catch here: a refused part, a failed write or an id that exists aborts it all.
    const trans = Dexie.currentTransaction.idbtrans;
    for (const plan of plans) await db.workspaces.add(workspaceSchema.parse(plan.workspace));
    let stored = plans.length;
    const told = new Set<BundleRecordList>();
    const ahead: { writing: Promise<unknown>; count: number }[] = [];
    const settleOldest = async () => {
      const oldest = ahead.shift();
      if (!oldest) return;
      await oldest.writing;
      stored += oldest.count;
      onProgress?.(stored, total);
    };
    for (;;) {
      const part = source.take();
      if (part === 'end') break;
      if (part === null) {
        // Waiting for the worker: on a write of ours if one is pending (its end keeps the
        // transaction open), else on the next part with Dexie keeping the transaction alive.
        if (ahead.length > 0) await settleOldest();
        else await Dexie.waitFor(source.ready(), PART_WAIT_MS);
        continue;
      }
      const plan = plans[part.workspace];
      if (!plan) throw new Error(`Records of workspace ${part.workspace}, not in the file`);
      const records = recordsToWrite(part, plan, mode);
      // One table per list, named alike: a Table of that record.
      const table = db[part.list] as unknown as Record<
        'bulkAdd' | 'bulkPut',
        (r: unknown[]) => Promise<unknown>
      >;
      for (let start = 0; start < records.length; start += WRITE_CHUNK) {
        const chunk = records.slice(start, start + WRITE_CHUNK);
        // Through Dexie until one write of WHOLE_TABLE records has told the live queries that
        // the list's whole table changed; the rest straight to IndexedDB.
        const toDexie = told.has(part.list) ? 0 : Math.min(chunk.length, WHOLE_TABLE);
        if (toDexie === WHOLE_TABLE) told.add(part.list);
        const write = (writing: Promise<unknown>, count: number) => {
          // A failure is thrown where it is awaited; this only keeps it from being reported twice.
          writing.catch(() => undefined);
          ahead.push({ writing, count });
        };
        const head = chunk.slice(0, toDexie);
        if (toDexie > 0) write(plan.put ? table.bulkPut(head) : table.bulkAdd(head), toDexie);
        if (chunk.length > toDexie)
          write(writeAll(trans, part.list, chunk.slice(toDexie), plan.put), chunk.length - toDexie);
        while (ahead.length > WRITES_AHEAD) await settleOldest();
      }
    }
    while (ahead.length > 0) await settleOldest();
    if (entries.length > 0) {
      await db.audit.bulkAdd(entries);
      onProgress?.(total, total);
    }
    const ids = plans.map((p) => p.workspace.id);
    // Most records went to IndexedDB without Dexie, whose layer renews the ranking stamps.
    await db.meta.bulkPut(renewedRankingStamps(ids));
    // What was just read from a file is backed up in that file: the header says so (as of now,
    // with no change since) rather than "no backup yet".
    await recordRestoredFromFile(db, ids, now);
    return ids;
  });
}

/** Imports a backup held whole in memory (parseBackupText, checkBackup): see importBackupParts. */
export async function importBackup(
  db: ClarteDatabase,
  ctx: ChangeContext,
  backup: CheckedBackup,
  mode: BackupImport,
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  return importBackupParts(db, ctx, sourceOfBackup(backup), mode, onProgress);
}
