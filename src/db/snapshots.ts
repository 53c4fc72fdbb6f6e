import type { SnapshotRecord } from './database';

/** The part of a Dexie database or upgrade transaction this needs: its tables by name. */
interface TableSource {
  tables: readonly { name: string; toArray: () => PromiseLike<unknown[]> }[];
  table: (name: string) => { add: (record: SnapshotRecord) => PromiseLike<unknown> };
}

/**
 * Keeps a JSON copy of every table (except older snapshots) before an upgrade transforms the
 * data. A future version's upgrade calls it first: `.upgrade((tx) => keepSnapshot(tx, 1, ...))`.
 * The snapshot stays in the database until the next successful backup (clearSnapshots).
 */
export async function keepSnapshot(
  source: TableSource,
  fromVersion: number,
  createdAt: string,
  id: string,
): Promise<SnapshotRecord> {
  const data: Record<string, unknown[]> = {};
  for (const table of source.tables) {
    if (table.name === 'snapshots') continue;
    data[table.name] = await table.toArray();
  }
  const snapshot: SnapshotRecord = { id, createdAt, fromVersion, json: JSON.stringify(data) };
  await source.table('snapshots').add(snapshot);
  return snapshot;
}
