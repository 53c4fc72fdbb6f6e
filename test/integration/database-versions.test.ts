import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClarteDatabase } from '../../src/db/database';
import { VERSIONS } from '../../src/db/versions';
import { readWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import { workspaceBundleSchema } from '../../src/domain/schema/workspace-bundle';

type Stores = Record<string, string | null>;
const released = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/databases/released-versions.json'), 'utf8'),
) as Record<string, Stores>;

function frozen(version: number): { tables: Record<string, unknown[]> } {
  return JSON.parse(
    readFileSync(join(__dirname, `../fixtures/databases/v${version}.json`), 'utf8'),
  ) as { tables: Record<string, unknown[]> };
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database versions', () => {
  it('never edits a released version: each one is exactly as it was released', () => {
    for (const [version, stores] of Object.entries(released)) {
      const current = VERSIONS.find((v) => v.version === Number(version));
      expect(current?.stores, `version ${version}`).toEqual(stores);
    }
  });

  it('numbers versions in order, each released version having a frozen database', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
    for (const version of Object.keys(released))
      expect(Object.keys(frozen(Number(version)).tables)).toEqual(
        expect.arrayContaining(['workspaces', 'useCases', 'scorecards', 'audit']),
      );
  });

  it.each(Object.keys(released).map(Number))(
    'opens a frozen version %i database with data in it and reads every workspace whole',
    async (version) => {
      const name = `upgrade-from-v${version}-${crypto.randomUUID()}`;
      names.push(name);
      // Write the database exactly as version N created it.
      const old = new Dexie(name);
      for (const v of VERSIONS.filter((x) => x.version <= version))
        old.version(v.version).stores(v.stores);
      const { tables } = frozen(version);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
      });
      const workspaceIds = (tables.workspaces as { id: string }[]).map((w) => w.id);
      old.close();

      // The app's current database opens it (running every later upgrade) and nothing is lost.
      const db = new ClarteDatabase(name);
      await db.open();
      expect(db.verno).toBe(VERSIONS.at(-1)?.version);
      expect(workspaceIds).toHaveLength(2);
      for (const id of workspaceIds) {
        const bundle = await readWorkspaceBundle(db, id);
        expect(bundle).not.toBeNull();
        expect(() => workspaceBundleSchema.parse(bundle)).not.toThrow();
        expect(bundle?.useCases).toHaveLength(15);
      }
      db.close();
    },
  );
});
