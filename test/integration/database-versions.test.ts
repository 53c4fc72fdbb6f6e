import { Dexie } from 'dexie';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClarteDatabase } from '../../src/db/database';
import { openDatabase, readWholeDatabase } from '../../src/db/open-database';
import { recordBackup } from '../../src/db/repositories/backup';
import { importBackup } from '../../src/db/repositories/backup-import';
import { readWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import { VERSIONS } from '../../src/db/versions';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import { parseBackupText } from '../../src/domain/exchange/parse-backup';
import {
  DATA_VERSION,
  MIGRATIONS,
  upgradeTables,
  type Migration,
} from '../../src/domain/migrations/migrations';
import { BUNDLE_RECORD_LISTS } from '../../src/domain/schema/bundle-lists';
import { workspaceBundleSchema } from '../../src/domain/schema/workspace-bundle';
import { contextOf } from '../fixtures/builders';

type Stores = Record<string, string | null>;
const ROOT = join(__dirname, '../..');
const released = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/databases/released-versions.json'), 'utf8'),
) as Record<string, Stores>;
const RELEASED = Object.keys(released).map(Number);
/** Tables declared before their records exist (portfolios: the portfolio solver is not built). */
const WITHOUT_RECORDS = ['portfolios'];

function frozen(version: number): { tables: Record<string, unknown[]> } {
  return JSON.parse(
    readFileSync(join(ROOT, `test/fixtures/databases/v${version}.json`), 'utf8'),
  ) as { tables: Record<string, unknown[]> };
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database written exactly as version `version` of the app created it, with these records. */
async function oldDatabase(version: number, tables: Record<string, unknown[]>): Promise<string> {
  const name = `versions-${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  for (const v of VERSIONS.filter((x) => x.version <= version))
    old.version(v.version).stores(v.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

describe('database versions (guards)', () => {
  it('never edits a released version: each one is exactly as it was released', () => {
    for (const [version, stores] of Object.entries(released)) {
      const current = VERSIONS.find((v) => v.version === Number(version));
      expect(current?.stores, `version ${version}`).toEqual(stores);
    }
  });

  it('numbers versions in order, each after the first with its migration entry', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(VERSIONS.slice(1).map((v) => v.version));
    expect(DATA_VERSION).toBe(VERSIONS.at(-1)?.version);
  });

  it('has a frozen database with data for every released version', () => {
    for (const version of RELEASED) {
      const file = join(ROOT, `test/fixtures/databases/v${version}.json`);
      expect(existsSync(file), `test/fixtures/databases/v${version}.json`).toBe(true);
      const { tables } = frozen(version);
      for (const table of ['workspaces', 'useCases', 'scorecards', 'steps', 'frictions'])
        expect(tables[table]?.length, `v${version} ${table}`).toBeGreaterThan(0);
      // The tables a version adds hold records in its frozen database (the upgrade test then
      // carries them), but for those with no record kind yet.
      const added = Object.keys(released[String(version)] ?? {}).filter(
        (table) => version > 1 && !WITHOUT_RECORDS.includes(table),
      );
      for (const table of added)
        expect(tables[table]?.length, `v${version} ${table}`).toBeGreaterThan(0);
    }
  });

  it('has, for every migration that transforms records, its function and its before/after test', () => {
    for (const migration of MIGRATIONS) {
      if (!migration.upgrade) {
        expect(migration.transforms, `version ${migration.version}`).toEqual([]);
        continue;
      }
      for (const file of [`v${migration.version}.ts`, `v${migration.version}.test.ts`]) {
        const path = join(ROOT, 'src/domain/migrations', file);
        expect(existsSync(path), `src/domain/migrations/${file}`).toBe(true);
      }
    }
  });
});

describe('the upgrade ladder', () => {
  it.each(RELEASED)(
    'opens a version %i database full of records, upgrades it, and every record is as the migrations make it',
    async (version) => {
      const { tables } = frozen(version);
      const name = await oldDatabase(version, tables);
      const db = new ClarteDatabase(name);
      expect(await openDatabase(db)).toEqual({ kind: 'ready' });
      expect(db.verno).toBe(DATA_VERSION);
      const expected = upgradeTables(tables, version);
      for (const [table, rows] of Object.entries(expected)) {
        const stored = await db.table(table).toArray();
        const key = table === 'meta' ? 'key' : 'id';
        const byKey = (a: unknown, b: unknown) =>
          String((a as Record<string, unknown>)[key]).localeCompare(
            String((b as Record<string, unknown>)[key]),
          );
        expect(stored.sort(byKey), table).toEqual([...rows].sort(byKey));
      }
      for (const workspace of tables.workspaces as { id: string }[]) {
        const bundle = await readWorkspaceBundle(db, workspace.id);
        expect(() => workspaceBundleSchema.parse(bundle)).not.toThrow();
      }
      db.close();
    },
  );

  it.each(RELEASED)(
    'imports a backup file of version %i through the same migrations, every record kept',
    async (version) => {
      const { tables } = frozen(version);
      const workspaces = (tables.workspaces as { id: string }[]).map((workspace) => {
        const bundle: Record<string, unknown> = { workspace };
        for (const list of BUNDLE_RECORD_LISTS)
          bundle[list] = (tables[list] ?? []).filter(
            (r) => (r as { workspaceId: string }).workspaceId === workspace.id,
          );
        return bundle;
      });
      const file = { ...makeBackup([], '2026-11-23T10:00:00.000Z', '0.1.0'), version, workspaces };
      const parsed = parseBackupText(JSON.stringify(file));
      if (!parsed.ok) throw new Error(`${parsed.problem.key} at ${parsed.problem.path}`);
      expect(parsed.value.version).toBe(DATA_VERSION);
      const name = `backup-v${version}-${crypto.randomUUID()}`;
      names.push(name);
      const db = new ClarteDatabase(name);
      await importBackup(db, contextOf('Eve'), parsed.value, { kind: 'restore' });
      for (const list of BUNDLE_RECORD_LISTS.filter((l) => l !== 'audit'))
        expect(await db.table(list).count(), list).toBe(tables[list]?.length ?? 0);
      db.close();
    },
  );
});

// A future version that transforms stored records: use cases' `owner` upper-cased.
const future: Migration = {
  version: DATA_VERSION + 1,
  transforms: ['useCases'],
  upgrade: (t) => ({
    useCases: (t.useCases ?? []).map((u) => {
      const record = u as { owner?: string };
      return { ...record, owner: (record.owner ?? '').toUpperCase() };
    }),
  }),
};
const FUTURE_VERSIONS = [...VERSIONS, { version: future.version, stores: {} }];

describe('an upgrade that transforms records', () => {
  it('keeps a JSON snapshot of the data before it, until the next backup', async () => {
    const { tables } = frozen(1);
    const name = await oldDatabase(DATA_VERSION, tables);
    const db = new ClarteDatabase(name, FUTURE_VERSIONS, [...MIGRATIONS, future]);
    await db.open();
    const owners = (await db.useCases.toArray()).map((u) => u.owner);
    expect(owners.every((o) => o === o.toUpperCase())).toBe(true);
    expect(owners.some((o) => o.length > 0)).toBe(true);
    const [snapshot, ...more] = await db.snapshots.toArray();
    expect(more).toHaveLength(0);
    expect(snapshot?.fromVersion).toBe(DATA_VERSION);
    const kept = JSON.parse(snapshot?.json ?? '{}') as Record<string, unknown[]>;
    expect(kept.useCases).toHaveLength(tables.useCases?.length ?? -1);
    expect(kept.useCases).toEqual(expect.arrayContaining(tables.useCases ?? []));
    const backup = makeBackup([], '2026-11-24T10:00:00.000Z', '0.1.0');
    await recordBackup(db, { ...backup, workspaces: [] }, true);
    expect(await db.snapshots.count()).toBe(0);
    db.close();
  });

  it('opens a database of a newer release read-only: not opened for writing, readable whole', async () => {
    const { tables } = frozen(1);
    const name = await oldDatabase(DATA_VERSION, tables);
    const newer = new ClarteDatabase(name, FUTURE_VERSIONS, [...MIGRATIONS, future]);
    await newer.open();
    newer.close();
    const db = new ClarteDatabase(name);
    expect(await openDatabase(db)).toEqual({ kind: 'newer', storedVersion: DATA_VERSION + 1 });
    const dump = await readWholeDatabase(name);
    expect(dump.version).toBe(DATA_VERSION + 1);
    expect(dump.tables.useCases).toHaveLength(tables.useCases?.length ?? -1);
  });
});
