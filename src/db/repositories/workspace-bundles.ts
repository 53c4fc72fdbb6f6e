import { forgetCachedRankingRecords } from '../ranking-cache';
import {
  BUNDLE_RECORD_LISTS,
  bundleRecordSchemas,
  workspaceBundleFrameSchema,
  type WorkspaceBundle,
} from '../../domain/schema/workspace-bundle';
import { WORKSPACE_TABLES, type ClarteDatabase } from '../database';

/**
 * Records checked and written per call. Checking and writing 10,000 use cases at once would hold
 * the page's thread for seconds; chunks keep each task short and let the progress and the page
 * paint in between (the transaction stays one: all or nothing).
 */
const WRITE_CHUNK = 500;

/**
 * Writes a bundle inside the caller's transaction, checking each record by its schema just before
 * it is written (together: what workspaceBundleSchema accepts). A record that fails throws, which
 * aborts the caller's transaction: nothing is stored.
 */
async function writeWorkspaceBundle(db: ClarteDatabase, input: unknown): Promise<string> {
  const frame = workspaceBundleFrameSchema.parse(input);
  await db.workspaces.add(frame.workspace);
  // Each chunk is checked while the database still writes the previous one, then handed over
  // once that one is done: the page's thread and the database work side by side, and the thread
  // is given back between chunks.
  let writing: Promise<unknown> = Promise.resolve();
  for (const list of BUNDLE_RECORD_LISTS) {
    const records = frame[list];
    const check = (r: unknown) => bundleRecordSchemas[list].parse(r);
    // One table per list, named alike: a Table of that record.
    const table = db[list] as unknown as { bulkAdd: (records: unknown[]) => Promise<unknown> };
    for (let start = 0; start < records.length; start += WRITE_CHUNK) {
      const chunk = records.slice(start, start + WRITE_CHUNK).map(check);
      await writing;
      writing = table.bulkAdd(chunk);
      // A failure is thrown where it is awaited; this only keeps it from being reported twice.
      writing.catch(() => undefined);
    }
  }
  await writing;
  return frame.workspace.id;
}

/** Every record of one workspace, or null when it does not exist. */
export async function readWorkspaceBundle(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<WorkspaceBundle | null> {
  return db.transaction('r', [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])], async () => {
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) return null;
    const lists = await Promise.all(
      BUNDLE_RECORD_LISTS.map(async (list) => {
        // One table per list, named alike, each indexed by workspaceId.
        const table = db[list] as unknown as {
          where: (index: 'workspaceId') => {
            equals: (id: string) => { toArray: () => Promise<unknown[]> };
          };
        };
        return [list, await table.where('workspaceId').equals(workspaceId).toArray()] as const;
      }),
    );
    // The records come from the tables of their lists, in the order of BUNDLE_RECORD_LISTS.
    return { workspace, ...Object.fromEntries(lists) } as WorkspaceBundle;
  });
}

/**
 * Writes a whole workspace in one transaction: all or nothing. Every record is checked by its
 * schema before it is written, so nothing invalid is ever stored. Refuses ids that already exist.
 */
export async function insertWorkspaceBundle(
  db: ClarteDatabase,
  input: WorkspaceBundle,
): Promise<string> {
  return db.transaction('rw', [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])], () =>
    writeWorkspaceBundle(db, input),
  );
}

/** Deletes a workspace and all its records in one transaction; returns them so it can be undone. */
export async function deleteWorkspaceBundle(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<WorkspaceBundle | null> {
  const tables = [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])];
  const deleted = await db.transaction('rw', tables, async () => {
    const bundle = await readWorkspaceBundle(db, workspaceId);
    if (!bundle) return null;
    for (const table of WORKSPACE_TABLES)
      await db[table].where('workspaceId').equals(workspaceId).delete();
    await db.workspaces.delete(workspaceId);
    return bundle;
  });
  // Its copy for cold loads goes too (the stamps already make it unusable).
  if (deleted) await forgetCachedRankingRecords(workspaceId);
  return deleted;
}
