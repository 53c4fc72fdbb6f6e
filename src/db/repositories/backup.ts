import { makeBackup, type Backup } from '../../domain/exchange/backup-format';
import type { WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import { WORKSPACE_TABLES, type ClarteDatabase } from '../database';
import { readWorkspaceBundle } from './workspace-bundles';

const LAST_BACKUP_KEY = 'lastBackupAt';
const lastBackupKeyOf = (workspaceId: string) => `lastBackupAt:${workspaceId}`;

/** The workspaces table and every table of a workspace's records. */
export function allBackupTables(db: ClarteDatabase) {
  return [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])];
}

/** A backup of some workspaces (every record), or of all of them. */
export async function exportBackup(
  db: ClarteDatabase,
  workspaceIds: readonly string[] | 'all',
  exportedAt: string,
  appVersion: string,
): Promise<Backup> {
  return db.transaction('r', allBackupTables(db), async () => {
    const ids =
      workspaceIds === 'all' ? await db.workspaces.orderBy('id').primaryKeys() : workspaceIds;
    const bundles: WorkspaceBundle[] = [];
    for (const id of ids) {
      const bundle = await readWorkspaceBundle(db, id);
      if (!bundle) throw new Error(`Workspace ${id} not found`);
      bundles.push(bundle);
    }
    return makeBackup(bundles, exportedAt, appVersion);
  });
}

/** Notes that these workspaces were saved to a file, and drops the upgrade snapshots. */
export async function recordBackup(
  db: ClarteDatabase,
  backup: Backup,
  all: boolean,
): Promise<void> {
  await db.transaction('rw', db.meta, db.snapshots, async () => {
    if (all) await db.meta.put({ key: LAST_BACKUP_KEY, value: backup.exportedAt });
    for (const bundle of backup.workspaces) {
      await db.meta.put({ key: lastBackupKeyOf(bundle.workspace.id), value: backup.exportedAt });
    }
    await db.snapshots.clear();
  });
}

/** Notes that these workspaces, just read from a backup file, are saved in it as of `at`. */
export async function recordRestoredFromFile(
  db: ClarteDatabase,
  workspaceIds: readonly string[],
  at: string,
): Promise<void> {
  for (const id of workspaceIds) await db.meta.put({ key: lastBackupKeyOf(id), value: at });
}

export interface BackupStatus {
  /** When the data shown was last saved to a file; null: never. */
  lastBackupAt: string | null;
  /** Audit entries written since then (every change writes one). */
  changes: number;
}

async function lastBackupOf(db: ClarteDatabase, workspaceId: string): Promise<string | null> {
  const [all, one] = await Promise.all([
    db.meta.get(LAST_BACKUP_KEY),
    db.meta.get(lastBackupKeyOf(workspaceId)),
  ]);
  const dates = [all?.value, one?.value].filter((v): v is string => typeof v === 'string').sort();
  return dates.at(-1) ?? null;
}

/**
 * Of one workspace, or of all (null): the last backup (the oldest of the workspaces', for all)
 * and the number of changes since, counted on the audit index [workspaceId+at].
 */
export async function readBackupStatus(
  db: ClarteDatabase,
  workspaceId: string | null,
): Promise<BackupStatus> {
  return db.transaction('r', db.meta, db.audit, db.workspaces, async () => {
    const ids = workspaceId ? [workspaceId] : await db.workspaces.toCollection().primaryKeys();
    let changes = 0;
    let oldest: string | null | undefined;
    for (const id of ids) {
      const last = await lastBackupOf(db, id);
      changes += await db.audit
        .where('[workspaceId+at]')
        .between([id, last ?? ''], [id, '\uffff'], false, true)
        .count();
      if (oldest === undefined || last === null || (oldest !== null && last < oldest))
        oldest = last;
    }
    return { lastBackupAt: oldest ?? null, changes };
  });
}

/** Whether there is data worth keeping: a workspace of one's own, or a changed demo. */
export async function hasRealData(db: ClarteDatabase): Promise<boolean> {
  const workspaces = await db.workspaces.toArray();
  return workspaces.some((w) => !w.isDemo || w.updatedAt !== w.createdAt);
}
