import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClarteDatabase } from '../../src/db/database';
import { readBeforeDexie } from '../../src/db/read-before-dexie';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { listWorkspaces } from '../../src/db/repositories/workspace-reads';
import { createWorkspace } from '../../src/db/repositories/workspaces';
import { VERSIONS } from '../../src/db/versions';
import { contextOf, formOfUseCase, sequence } from '../fixtures/builders';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database created with these versions' tables (as the release that declared them did). */
async function databaseWith(
  versions: { version: number; stores: Record<string, string | null> }[],
) {
  const name = aName();
  const db = new Dexie(name);
  for (const v of versions) db.version(v.version).stores(v.stores);
  await db.open();
  db.close();
  return name;
}

function aName(): string {
  const name = `early-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

describe('the first screen reads the list of workspaces before Dexie is loaded', () => {
  it('finds no database on a first visit, shows an empty list and leaves it to Dexie to create', async () => {
    const name = aName();
    expect(await readBeforeDexie(true, name)).toEqual({ current: true, workspaces: [] });
    expect(await Dexie.exists(name)).toBe(false);
    // Dexie then creates it at the app's version, with its tables.
    const db = new ClarteDatabase(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('workspaces');
    db.close();
  });

  it('reads the workspaces most recently changed first, with their number of use cases, as the live list does', async () => {
    const name = aName();
    const db = new ClarteDatabase(name);
    const seq = sequence();
    const ctx = contextOf('Ada', seq);
    const gamma = await createWorkspace(db, ctx, { name: 'Gamma', description: '' }, 'en');
    await createUseCase(db, ctx, gamma, formOfUseCase({ title: 'G1' }));
    const alpha = await createWorkspace(db, ctx, { name: 'Alpha', description: '' }, 'en');
    await createUseCase(db, ctx, alpha, formOfUseCase({ title: 'A1' }));
    await createUseCase(db, ctx, alpha, formOfUseCase({ title: 'A2' }));
    await createWorkspace(db, ctx, { name: 'Beta', description: '' }, 'fr');
    const live = await listWorkspaces(db);
    db.close();

    const early = await readBeforeDexie(true, name);
    if (!early.current) throw new Error('expected the current version');
    // Beta was created last and has no use case; Alpha has two, Gamma one.
    expect(early.workspaces?.map((s) => [s.workspace.name, s.useCaseCount])).toEqual([
      ['Beta', 0],
      ['Alpha', 2],
      ['Gamma', 1],
    ]);
    expect(early.workspaces).toEqual(live);
  });

  it('reads only the version off the home page', async () => {
    const name = aName();
    const db = new ClarteDatabase(name);
    await db.open();
    db.close();
    expect(await readBeforeDexie(false, name)).toEqual({ current: true });
  });

  it('leaves a database of an older version to Dexie, which upgrades it before the first screen', async () => {
    const name = await databaseWith(VERSIONS.slice(0, 1));
    expect(await readBeforeDexie(true, name)).toEqual({ current: false });
  });

  it('leaves a database of a newer release to Dexie, which does not open it for writing', async () => {
    const name = await databaseWith([...VERSIONS, { version: 99, stores: { somethingNew: 'id' } }]);
    expect(await readBeforeDexie(true, name)).toEqual({ current: false });
  });
});
