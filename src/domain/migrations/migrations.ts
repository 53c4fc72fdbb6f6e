/**
 * The data versions of Clarté and how stored records move from one to the next. The same pure
 * functions upgrade a database (src/db/versions.ts runs them in Dexie's upgrade transaction) and
 * a backup file of an older format (upgrade-backup.ts), so that both end in the same records.
 */

/** Plain records by table name (a database's tables, or one workspace bundle's lists). */
export type RecordTables = Record<string, unknown[]>;

export interface Migration {
  /** The version this migration brings the data to. */
  version: number;
  /** The tables it reads and rewrites; an additive version (new tables only) names none. */
  transforms: readonly string[];
  /**
   * A pure transform of plain records: given the named tables as they were at version - 1,
   * returns them as version `version` stores them. Absent: the version transforms nothing.
   */
  upgrade?: (tables: Readonly<RecordTables>) => RecordTables;
}

/**
 * One entry per database version after the first, in order. A released entry is never edited;
 * a change to stored data is a new entry with its function in v<N>.ts and a before/after test in
 * v<N>.test.ts (the guard test in test/integration/database-versions.test.ts checks both).
 */
export const MIGRATIONS: readonly Migration[] = [
  // Version 2 adds tables (workshops, parking lot, decision snapshots, reviews, portfolios, live
  // sessions) and optional fields with defaults: no stored record changes.
  { version: 2, transforms: [] },
];

/** The data version this code writes: the database's last version and a backup's `version`. */
export const DATA_VERSION = MIGRATIONS.at(-1)?.version ?? 1;

/**
 * Applies every migration above `fromVersion` in order to a copy of the tables; tables no
 * migration names come back as they were. Never mutates its input.
 */
export function upgradeTables(
  tables: Readonly<RecordTables>,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): RecordTables {
  let current: RecordTables = { ...tables };
  for (const migration of migrations) {
    if (migration.version <= fromVersion || !migration.upgrade) continue;
    current = applyMigration(current, migration);
  }
  return current;
}

/** One migration on a copy of the tables: the tables it transforms replaced by its result. */
export function applyMigration(tables: Readonly<RecordTables>, migration: Migration): RecordTables {
  if (!migration.upgrade) return { ...tables };
  const input: RecordTables = {};
  for (const name of migration.transforms) input[name] = structuredClone(tables[name] ?? []);
  const output = migration.upgrade(input);
  const next: RecordTables = { ...tables };
  for (const name of migration.transforms) next[name] = output[name] ?? [];
  return next;
}
