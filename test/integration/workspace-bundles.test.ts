import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import {
  insertWorkspaceBundle,
  readWorkspaceBundle,
} from '../../src/db/repositories/workspace-bundles';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { importBackup } from '../../src/db/repositories/backup-import';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { contextOf, dumpDatabase, rejectionOf } from '../fixtures/builders';
import { checkBackup } from '../../src/domain/exchange/parse-backup';
import { newTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
beforeEach(() => {
  db = newTestDatabase();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

// 1,200 use cases: written in chunks of 500, so a fault in the third chunk comes after two
// chunks were already written inside the transaction.
const large = () =>
  buildLargeWorkspace({
    useCases: 1_200,
    steps: 20,
    seed: 7,
    now: '2026-11-23T00:00:00.000Z',
    language: 'fr',
  });

describe('writing a whole workspace in chunks', () => {
  it('stores every record of a large workspace and reads the same back', async () => {
    const bundle = large();
    await insertWorkspaceBundle(db, bundle);
    const back = await readWorkspaceBundle(db, bundle.workspace.id);
    expect(back?.useCases).toHaveLength(1_200);
    const byId = <T extends { id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(back?.useCases ?? [])).toEqual(byId(bundle.useCases));
    expect(byId(back?.scorecards ?? [])).toEqual(byId(bundle.scorecards));
  });

  it('stores nothing when the 1,101st use case is invalid, though earlier chunks were written', async () => {
    const bundle = large();
    const broken: WorkspaceBundle = {
      ...bundle,
      useCases: bundle.useCases.map((u, i) => (i === 1_100 ? { ...u, title: '' } : u)),
    };
    const before = await dumpDatabase(db);
    const error = await rejectionOf(insertWorkspaceBundle(db, broken));
    expect(String(error)).toMatch(/title/);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('stores nothing when an id already exists', async () => {
    const bundle = large();
    await insertWorkspaceBundle(db, bundle);
    const before = await dumpDatabase(db);
    const again = { ...bundle, workspace: { ...bundle.workspace, id: crypto.randomUUID() } };
    await rejectionOf(insertWorkspaceBundle(db, again));
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('importing a backup with progress', () => {
  it('tells how many records are written, chunk after chunk, up to all of them', async () => {
    const bundle = large();
    // Every record the backup holds: the workspace, then each list.
    const total =
      1 +
      bundle.participants.length +
      bundle.workflows.length +
      bundle.steps.length +
      bundle.frictions.length +
      bundle.useCases.length +
      bundle.scorecards.length +
      bundle.decisions.length +
      bundle.waves.length +
      bundle.weightSets.length +
      bundle.audit.length;
    const seen: [number, number][] = [];
    const backup = makeBackup([bundle], '2026-11-23T00:00:00.000Z', '0.1.0');
    await importBackup(db, contextOf('Eve'), checkBackup(backup), { kind: 'asNew' }, (done, all) =>
      seen.push([done, all]),
    );
    // As new, the import adds its own audit entry ("created from the backup"): one more record.
    expect(seen.every(([, all]) => all === total + 1)).toBe(true);
    expect(seen.at(-1)).toEqual([total + 1, total + 1]);
    // 1,200 use cases alone are three chunks of at most 500: at least three steps are told.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    const dones = seen.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });
});
