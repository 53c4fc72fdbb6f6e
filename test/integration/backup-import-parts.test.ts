import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../src/db/repositories/backup';
import { importBackupParts } from '../../src/db/repositories/backup-import';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import { BackupRefused, type BackupStep } from '../../src/domain/exchange/backup-parts';
import { checkBackupInParts, parseBackupText } from '../../src/domain/exchange/parse-backup';
import { BackupStream } from '../../src/features/exchange/backup-stream';
import {
  contextOf,
  hashOfDatabase,
  rejectionOf,
  sampleWorkspaceBundle,
  sequence,
} from '../fixtures/builders';
import {
  BACKUP_NOW as NOW,
  backupFileOf,
  dbWithAWorkspace,
  expectSameAsWholeImport,
  largeBundle,
} from '../fixtures/large-backup';
import { deleteTestDatabases } from '../fixtures/test-database';

// Issue 15 point 6: a backup's records are written while the next ones are checked, in one
// transaction; a part refused after others were written aborts it, and nothing is stored.

afterEach(deleteTestDatabases);

/**
 * The file's steps handed to a stream as the import worker does, one every few milliseconds
 * (each a task of its own): the import waits for parts with its transaction open. A refusal is
 * held back until `refuseWhen` says so (a worker slower than the writes).
 */
function streamOf(text: string, refuseWhen: () => boolean = () => true): BackupStream {
  const steps: BackupStep[] = [...checkBackupInParts(text)];
  const first = steps.shift();
  if (first?.kind !== 'backupFrame') throw new Error('The file was refused before its frame');
  const stream = new BackupStream(first.frame);
  const feed = () => {
    const step = steps[0];
    if (!step) return;
    if (step.kind !== 'backupRefused' || refuseWhen()) {
      steps.shift();
      stream.add(structuredClone(step));
    }
    setTimeout(feed, 3);
  };
  setTimeout(feed, 3);
  return stream;
}

describe('a backup imported as its parts are checked', () => {
  it('stores what the import of the whole checked file stores, with the same new ids', async () => {
    const text = backupFileOf(largeBundle());
    const inParts = await dbWithAWorkspace();
    const progress: number[] = [];
    const [id] = await importBackupParts(
      inParts,
      contextOf('Eve', sequence()),
      streamOf(text).source(),
      { kind: 'asNew' },
      (done) => progress.push(done),
    );
    expect(id).toBe(await expectSameAsWholeImport(inParts, text, progress));
  });

  it('writes nothing when a record of a later part is refused, after earlier parts were written', async () => {
    const bundle = largeBundle();
    (bundle.useCases[1100] as { title: string }).title = '';
    const text = backupFileOf(bundle);
    const whole = parseBackupText(text);
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);
    const progress: number[] = [];

    const refused = await rejectionOf(
      importBackupParts(
        db,
        contextOf('Eve'),
        streamOf(text, () => (progress.at(-1) ?? 0) > 700).source(),
        { kind: 'asNew' },
        (d) => progress.push(d),
      ),
    );

    // Written in its transaction before the refusal came: the participants, workflows, steps and
    // frictions, then the first three parts of use cases (100 + 200 + 400: more than 700
    // records); use case 1,100 is in the fourth part (700 to 1,199).
    expect(progress.at(-1)).toBeGreaterThan(700);
    expect(refused).toBeInstanceOf(BackupRefused);
    expect((refused as BackupRefused).problem).toEqual(whole.ok ? null : whole.problem);
    expect((refused as BackupRefused).problem.path).toBe('workspaces[0].useCases[1100].title');
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('writes nothing when the file is refused at its end (a broken reference)', async () => {
    const bundle = largeBundle();
    const card = bundle.scorecards[5]!;
    bundle.scorecards[5] = { ...card, participantId: 'someone-else' };
    const text = backupFileOf(bundle);
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);

    const refused = await rejectionOf(
      importBackupParts(db, contextOf('Eve'), streamOf(text).source(), { kind: 'asNew' }),
    );

    expect((refused as BackupRefused).problem).toEqual({
      key: 'exchange.problem.missingReference',
      path: 'workspaces[0].scorecards[5].participantId',
      params: { id: 'someone-else', list: 'participants' },
    });
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('can be tried again from the first part after a failed import (restore of a workspace that exists)', async () => {
    const kept = sampleWorkspaceBundle('kept');
    const stream = streamOf(backupFileOf(kept));
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);

    await rejectionOf(
      importBackupParts(db, contextOf('Eve'), stream.source(), { kind: 'restore' }),
    );
    expect(await hashOfDatabase(db)).toBe(before);

    const [id] = await importBackupParts(db, contextOf('Eve'), stream.source(), { kind: 'asNew' });
    const imported = (await exportBackup(db, [id!], NOW, 'test')).workspaces[0];
    expect(imported?.useCases).toHaveLength(kept.useCases.length);
  });

  it('writes nothing when a record far into a list has an id already stored (a failed write aborts it all)', async () => {
    const kept = sampleWorkspaceBundle('kept');
    const bundle = largeBundle();
    // Use case 801 of the file takes the id of a use case already stored (references follow it):
    // the file is good, its write fails in its fourth part of use cases (700 to 1,199), written
    // straight to IndexedDB.
    const taken = kept.useCases[0]!.id;
    const text = backupFileOf(bundle).split(bundle.useCases[800]!.id).join(taken);
    expect(parseBackupText(text).ok).toBe(true);
    const db = await dbWithAWorkspace();
    const before = await hashOfDatabase(db);
    const progress: number[] = [];

    const failed = await rejectionOf(
      importBackupParts(db, contextOf('Eve'), streamOf(text).source(), { kind: 'restore' }, (d) =>
        progress.push(d),
      ),
    );

    expect((failed as Error).name).toBe('ConstraintError');
    expect(progress.at(-1)).toBeGreaterThan(500);
    expect(await hashOfDatabase(db)).toBe(before);
    expect(await db.workspaces.get(bundle.workspace.id)).toBeUndefined();
  });

  it('tells the live queries of every workspace it writes, also after a small list of the same kind', async () => {
    // Two workspaces: a small one (3 use cases, told to the live queries one by one), then one of
    // 1,200 use cases, whose records go mostly straight to IndexedDB.
    const small = sampleWorkspaceBundle('small');
    const bundle = largeBundle();
    const text = JSON.stringify(makeBackup([small, bundle], NOW, '0.1.0'));
    const db = await dbWithAWorkspace();
    const seen: number[] = [];
    const subscription = liveQuery(() =>
      db.useCases
        .where('workspaceId')
        .equals(bundle.workspace.id)
        .toArray()
        .then((list) => list.length),
    ).subscribe((count) => seen.push(count));
    try {
      await vi.waitFor(() => expect(seen).toEqual([0]));
      await importBackupParts(db, contextOf('Eve'), streamOf(text).source(), { kind: 'restore' });
      // The screen that lists the large workspace's use cases reads them again, all of them (a
      // list read, which Dexie follows by its keys: a count would be told of any change).
      await vi.waitFor(() => expect(seen.at(-1)).toBe(1200));
    } finally {
      subscription.unsubscribe();
    }
  });
});
