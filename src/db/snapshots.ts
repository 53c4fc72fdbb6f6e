/** A JSON copy of the data as it was before an upgrade that transformed it. */
export interface SnapshotRecord {
  id: string;
  createdAt: string;
  fromVersion: number;
  /** The whole database as JSON text (tables by name). */
  json: string;
}

/** The part of a Dexie database or upgrade transaction this needs: its tables by name. */
type TableSource =
  | {
      tables: readonly { name: string }[];
      storeNames?: never;
      table: (name: string) => SourceTable;
    }
  | { storeNames: readonly string[]; table: (name: string) => SourceTable };
interface SourceTable {
  toArray: () => PromiseLike<unknown[]>;
  add: (record: SnapshotRecord) => PromiseLike<unknown>;
}

/**
 * Keeps a JSON copy of every table (except older snapshots) before an upgrade transforms the
 * data: src/db/upgrade.ts calls it first in the upgrade transaction of such a version.
 * The snapshot stays in the database until the next successful backup (clearSnapshots).
 */
export async function keepSnapshot(
  source: TableSource,
  fromVersion: number,
  createdAt: string,
  id: string,
): Promise<SnapshotRecord> {
  const data: Record<string, unknown[]> = {};
  const names = source.storeNames ?? source.tables.map((t) => t.name);
  for (const name of names) {
    if (name === 'snapshots') continue;
    data[name] = await source.table(name).toArray();
  }
  const snapshot: SnapshotRecord = { id, createdAt, fromVersion, json: JSON.stringify(data) };
  await source.table('snapshots').add(snapshot);
  return snapshot;
}
