import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChangeContext } from '../../src/db/change-context';
import type { ClarteDatabase } from '../../src/db/database';
import { exportBackup } from '../../src/db/repositories/backup';
import { importBackupParts } from '../../src/db/repositories/backup-import';
import type { BackupRefused } from '../../src/domain/exchange/backup-parts';
import { checkBackupInParts } from '../../src/domain/exchange/parse-backup';
import { BackupStream } from '../../src/features/exchange/backup-stream';
import { contextOf, hashOfDatabase, rejectionOf, sequence } from '../fixtures/builders';
import { backupFileOf, dbWithAWorkspace, largeBundle } from '../fixtures/large-backup';
import { deleteTestDatabases } from '../fixtures/test-database';

// Issue 15 point 6: IndexedDB looks up every added key before writing it. A copy whose ids are
// all random UUIDs (as the app draws them) cannot meet a stored id, so its records are put;
// ids drawn otherwise, and a restore's ids, are still added (an id stored aborts it all).

afterEach(() => {
  vi.restoreAllMocks();
  return deleteTestDatabases();
});

/** The k-th id of sequence() as a random UUID would be written (version 4, variant 8). */
const uuidOf = (k: number) => `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`;

/** Eve's context drawing the same ids as contextOf('Eve', sequence()), shaped as random UUIDs. */
function uuidContext(): ChangeContext {
  const seq = sequence();
  let k = 0;
  return { actor: 'Eve', now: seq.nextTime, newId: () => uuidOf(k++) };
}

/** The file's steps, all at once, in a stream (as the import worker holds them once checked). */
function sourceOf(text: string) {
  const [frame, ...rest] = [...checkBackupInParts(text)];
  if (frame?.kind !== 'backupFrame') throw new Error('The file was refused before its frame');
  const stream = new BackupStream(frame.frame);
  for (const step of rest) stream.add(step);
  return stream.source();
}

/** How many records were added and put through IndexedDB during `run`. */
async function requestsOf(run: () => Promise<unknown>): Promise<{ add: number; put: number }> {
  const add = vi.spyOn(IDBObjectStore.prototype, 'add');
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await run();
  const counts = { add: add.mock.calls.length, put: put.mock.calls.length };
  add.mockRestore();
  put.mockRestore();
  return counts;
}

/** Every workspace of `db` with its records, each list in the order of its ids. */
async function everything(db: ClarteDatabase, ids: (text: string) => string = (t) => t) {
  const read = await exportBackup(db, 'all', '2026-01-01T00:00:00.000Z', 't');
  const same = JSON.parse(ids(JSON.stringify(read))) as typeof read;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const bundle of same.workspaces)
    for (const list of Object.values(bundle))
      if (Array.isArray(list)) (list as { id: string }[]).sort(byId);
  return same.workspaces.sort((a, b) => byId(a.workspace, b.workspace));
}

describe('a copy imported with ids drawn at random', () => {
  it('puts its records, and stores what the same import with ids added stores', async () => {
    const bundle = largeBundle();
    const text = backupFileOf(bundle);
    // use cases, scorecards, steps...: every record of the file (the workspace excepted).
    const records = 1200 + 1200 + bundle.steps.length + bundle.frictions.length;
    const added = await dbWithAWorkspace();
    const put = await dbWithAWorkspace();

    const withSequence = await requestsOf(() =>
      importBackupParts(added, contextOf('Eve', sequence()), sourceOf(text), { kind: 'asNew' }),
    );
    const withUuids = await requestsOf(() =>
      importBackupParts(put, uuidContext(), sourceOf(text), { kind: 'asNew' }),
    );

    expect(withSequence.add).toBeGreaterThan(records);
    expect(withUuids.put).toBeGreaterThan(records);
    // The workspace record and the import's own audit entry are still added.
    expect(withUuids.add).toBeLessThan(10);
    const asSequence = (text: string) =>
      text.replace(/00000000-0000-4000-8000-(\d{12})/g, (_, k: string) => `id-${Number(k)}`);
    expect(await everything(put, asSequence)).toEqual(await everything(added));
  });

  it('writes nothing when a record of a later part is refused', async () => {
    const bundle = largeBundle();
    (bundle.useCases[1100] as { title: string }).title = '';
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);

    const refused = await rejectionOf(
      importBackupParts(db, uuidContext(), sourceOf(backupFileOf(bundle)), { kind: 'asNew' }),
    );

    expect((refused as BackupRefused).problem.path).toBe('workspaces[0].useCases[1100].title');
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('replaces a workspace with its records put, the replaced records gone', async () => {
    const bundle = largeBundle();
    const db = await dbWithAWorkspace();
    const [kept] = await db.workspaces.toArray();
    const keptUseCases = await db.useCases.where('workspaceId').equals(kept!.id).primaryKeys();

    const { put } = await requestsOf(() =>
      importBackupParts(db, uuidContext(), sourceOf(backupFileOf(bundle)), {
        kind: 'replace',
        workspaceId: kept!.id,
      }),
    );

    expect(put).toBeGreaterThan(2400);
    expect(await db.workspaces.count()).toBe(1);
    expect(await db.useCases.where('workspaceId').equals(kept!.id).count()).toBe(1200);
    expect(await db.useCases.bulkGet(keptUseCases)).toEqual(keptUseCases.map(() => undefined));
  });
});
