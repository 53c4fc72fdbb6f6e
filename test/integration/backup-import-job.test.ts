import { afterEach, describe, expect, it } from 'vitest';
import { changeContext } from '../../src/db/change-context';
import type { BackupStep } from '../../src/domain/exchange/backup-parts';
import { checkBackupInParts, parseBackupText } from '../../src/domain/exchange/parse-backup';
import {
  BackupImportJob,
  frameOrRefusal,
  type BackupImportMessage,
} from '../../src/features/exchange/backup-import-job';
import { contextOf, hashOfDatabase, sampleWorkspaceBundle, sequence } from '../fixtures/builders';
import {
  backupFileOf,
  dbWithAWorkspace,
  expectSameAsWholeImport,
  largeBundle,
} from '../fixtures/large-backup';
import { deleteTestDatabases } from '../fixtures/test-database';

// Issue 15 point 6: the import worker checks a backup's records and writes them itself, in one
// transaction; the page is told the frame, the end or refusal, the progress and the result. A
// refusal found while the records are written aborts the transaction: nothing is stored.

afterEach(deleteTestDatabases);

type Told = BackupStep | BackupImportMessage;

/** A job as the worker makes one of a file's text, and what it tells the page. */
function jobOf(text: string): { job: BackupImportJob; told: Told[] } {
  const steps = checkBackupInParts(text);
  const first = frameOrRefusal(steps);
  if (first.kind !== 'backupFrame') throw new Error('The file was refused before its frame');
  const told: Told[] = [];
  return { job: new BackupImportJob(first, steps, (m) => told.push(m)), told };
}

/** A task's turn, as the worker pauses between two parts checked before an import is asked. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const progressOf = (told: Told[]) =>
  told.flatMap((m) => (m.kind === 'backupProgress' ? [m.done] : []));

describe('a backup imported by the import worker that checks it', () => {
  it('checks the parts as the import needs them and stores what the import of the whole file stores', async () => {
    const text = backupFileOf(largeBundle());
    const { job, told } = jobOf(text);
    const inWorker = await dbWithAWorkspace();

    // Asked at once: no part is checked yet, the import checks each when it needs it.
    await job.importInto(inWorker, contextOf('Eve', sequence()), { kind: 'asNew' });

    expect(told[0]?.kind).toBe('backupFrame');
    expect(told.filter((m) => m.kind === 'backupEnd')).toHaveLength(1);
    const sameId = await expectSameAsWholeImport(inWorker, text, progressOf(told));
    expect(told.at(-1)).toEqual({ kind: 'backupImported', ids: [sameId] });
  });

  it('writes nothing when a record of a later part is refused, after earlier parts were written', async () => {
    const bundle = largeBundle();
    (bundle.useCases[1100] as { title: string }).title = '';
    const text = backupFileOf(bundle);
    const whole = parseBackupText(text);
    const { job, told } = jobOf(text);
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);

    // Asked before any part is checked: the import checks each part as it needs it, and finds
    // the refused one after writing the earlier ones.
    await job.importInto(db, contextOf('Eve'), { kind: 'asNew' });

    const problem = whole.ok ? null : whole.problem;
    expect(problem?.path).toBe('workspaces[0].useCases[1100].title');
    // Stored in its transaction before the refusal (progress is told once a write is stored):
    // the workspace, the lists before the use cases and at least their first part (100 records);
    // use case 1,100 is in the fourth part (700 to 1,199).
    const beforeUseCases =
      1 + bundle.participants.length + bundle.workflows.length + bundle.steps.length;
    const stored = beforeUseCases + bundle.frictions.length + 100;
    expect(Math.max(...progressOf(told))).toBeGreaterThanOrEqual(stored);
    expect(told).toContainEqual({ kind: 'backupRefused', problem });
    expect(told.at(-1)).toEqual({ kind: 'backupNotImported', problem, refused: true });
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('writes nothing when the file is refused at its end (a broken reference)', async () => {
    const bundle = largeBundle();
    bundle.scorecards[5] = { ...bundle.scorecards[5]!, participantId: 'someone-else' };
    const { job, told } = jobOf(backupFileOf(bundle));
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);

    await job.importInto(db, contextOf('Eve'), { kind: 'asNew' });

    const problem = {
      key: 'exchange.problem.missingReference',
      path: 'workspaces[0].scorecards[5].participantId',
      params: { id: 'someone-else', list: 'participants' },
    };
    expect(told).toContainEqual({ kind: 'backupRefused', problem });
    expect(told.at(-1)).toEqual({ kind: 'backupNotImported', problem, refused: true });
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('keeps the checked records for another try after a failed import (restore of a workspace that exists)', async () => {
    const kept = sampleWorkspaceBundle('kept');
    const { job, told } = jobOf(backupFileOf(kept));
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);
    await job.checkAll(pause);

    await job.importInto(db, contextOf('Eve'), { kind: 'restore' });
    expect(told.at(-1)).toEqual({
      kind: 'backupNotImported',
      problem: { key: 'exchange.importFailed', path: '' },
      refused: false,
    });
    expect(await hashOfDatabase(db)).toBe(before);

    await job.importInto(db, contextOf('Eve'), { kind: 'asNew' });
    const last = told.at(-1);
    if (last?.kind !== 'backupImported') throw new Error(`Not imported: ${JSON.stringify(last)}`);
    const [id] = last.ids;
    expect(await db.useCases.where('workspaceId').equals(id!).count()).toBe(kept.useCases.length);
  });

  it('tells the other contexts (the page) which tables it wrote, on Dexie’s BroadcastChannel', async () => {
    const bundle = largeBundle();
    const { job } = jobOf(backupFileOf(bundle));
    const db = await dbWithAWorkspace();
    // What a page's Dexie listens to: a write in the worker reaches the page's live queries so.
    const channel = new BroadcastChannel('x-storagemutated-1');
    const heard: string[][] = [];
    channel.onmessage = (event: MessageEvent<Record<string, unknown>>) =>
      heard.push(Object.keys(event.data));
    try {
      await job.importInto(db, contextOf('Eve'), { kind: 'asNew' });
      await expect
        .poll(() => heard.flat())
        .toEqual(
          expect.arrayContaining([
            `idb://${db.name}/workspaces/`,
            `idb://${db.name}/useCases/`,
            `idb://${db.name}/scorecards/`,
            `idb://${db.name}/audit/`,
            `idb://${db.name}/meta/`,
          ]),
        );
    } finally {
      channel.close();
    }
  });

  it('writes nothing of a refused file that comes after an import, on the connection opened ahead', async () => {
    // As a worker ready before the file (and the next worker for the next file): its database
    // open, one file imported with the app's random ids (records put), then a refused one.
    const db = await dbWithAWorkspace();
    await db.open();
    const good = jobOf(backupFileOf(largeBundle()));
    await good.job.importInto(db, changeContext('Eve'), { kind: 'asNew' });
    expect(good.told.at(-1)?.kind).toBe('backupImported');
    const before = await hashOfDatabase(db);

    const bundle = largeBundle();
    (bundle.useCases[1100] as { title: string }).title = '';
    const refused = jobOf(backupFileOf(bundle));
    // Asked at once: the refused part is found after earlier parts were written.
    await refused.job.importInto(db, changeContext('Eve'), { kind: 'asNew' });

    expect(refused.told.at(-1)).toMatchObject({ kind: 'backupNotImported', refused: true });
    expect(await hashOfDatabase(db)).toBe(before);
    expect(await db.workspaces.count()).toBe(2);
  });
});
