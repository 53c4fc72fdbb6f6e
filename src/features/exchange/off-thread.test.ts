import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeContext } from '../../db/change-context';
import { BackupRefused, type BackupFrame } from '../../domain/exchange/backup-parts';
import { openFileOffThread, prepareImportWorker, type ImportJob } from './off-thread';

// The page's side of a backup imported by the import worker: the worker is a stand-in that
// records what the page asks and answers as the real one does (import-worker.ts).

class StandInWorker {
  static last: StandInWorker | null = null;
  static started: StandInWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  asked: ImportJob[] = [];
  terminated = false;
  constructor() {
    StandInWorker.last = this;
    StandInWorker.started.push(this);
  }
  postMessage(job: ImportJob) {
    this.asked.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  /** A message from the worker to the page. */
  tell(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const FRAME = { backup: {}, recordCounts: [3], recordIds: [[]] } as unknown as BackupFrame;
const PROBLEM = { key: 'exchange.problem.tooBig', path: 'workspaces[0].useCases[7].title' };

async function openedBackup() {
  vi.stubGlobal('Worker', StandInWorker);
  const opening = openFileOffThread('backup.json', new ArrayBuffer(0));
  const worker = StandInWorker.last!;
  worker.tell({ kind: 'backupFrame', frame: FRAME });
  const opened = await opening;
  if (!opened.ok || opened.value.kind !== 'backup') throw new Error('Not opened as a backup');
  return { worker, stream: opened.value.stream };
}

afterEach(() => {
  vi.unstubAllGlobals();
  StandInWorker.started = [];
});

describe('a backup imported by the import worker, seen from the page', () => {
  it('asks the worker to import, is told the progress and the ids, then stops the worker', async () => {
    const { worker, stream } = await openedBackup();
    worker.tell({ kind: 'backupEnd' });
    const progress: number[] = [];
    const importing = stream.importAs({ kind: 'asNew' }, changeContext('Ada'), (done) =>
      progress.push(done),
    );
    expect(worker.asked.at(-1)).toEqual({
      kind: 'importBackup',
      mode: { kind: 'asNew' },
      actor: 'Ada',
    });
    // The checked file stays in the worker until it is imported.
    expect(worker.terminated).toBe(false);
    worker.tell({ kind: 'backupProgress', done: 2, total: 4 });
    worker.tell({ kind: 'backupImported', ids: ['new-ws'] });
    expect(await importing).toEqual(['new-ws']);
    expect(progress).toEqual([2]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the refusal the worker found during the import, once the worker answers', async () => {
    const { worker, stream } = await openedBackup();
    const importing = stream.importAs({ kind: 'asNew' }, changeContext('Ada'));
    // The refusal reaches the page before the import's answer: the worker is not stopped before
    // it has aborted its transaction and said so.
    worker.tell({ kind: 'backupRefused', problem: PROBLEM });
    expect(worker.terminated).toBe(false);
    worker.tell({ kind: 'backupNotImported', problem: PROBLEM, refused: true });
    const error = await importing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupRefused);
    expect((error as BackupRefused).problem).toEqual(PROBLEM);
    expect(worker.terminated).toBe(true);
  });

  it('keeps the worker for another try after an import that failed (not a refusal)', async () => {
    const { worker, stream } = await openedBackup();
    worker.tell({ kind: 'backupEnd' });
    const first = stream.importAs({ kind: 'restore' }, changeContext('Ada'));
    worker.tell({
      kind: 'backupNotImported',
      problem: { key: 'exchange.importFailed', path: '' },
      refused: false,
    });
    await expect(first).rejects.toThrow('exchange.importFailed');
    expect(worker.terminated).toBe(false);
    const second = stream.importAs({ kind: 'asNew' }, changeContext('Ada'));
    worker.tell({ kind: 'backupImported', ids: ['again'] });
    expect(await second).toEqual(['again']);
  });

  it('stops the worker at once when the file is no longer wanted, the import rejected', async () => {
    const { worker, stream } = await openedBackup();
    const importing = stream.importAs({ kind: 'asNew' }, changeContext('Ada'));
    stream.close();
    expect(worker.terminated).toBe(true);
    await expect(importing).rejects.toThrow('exchange.importFailed');
  });
});

describe('a worker ready for each file while an import panel is open', () => {
  /** Opens a backup and imports it to its end: the worker that read it, the workers started. */
  async function importOne() {
    const before = StandInWorker.started.length;
    const opening = openFileOffThread('backup.json', new ArrayBuffer(0));
    const startedToOpen = StandInWorker.started.length - before;
    // The worker asked to read this file (the last asked to read one) answers for it.
    const reader = StandInWorker.started
      .filter((w) => w.asked.some((j) => j.kind === 'read'))
      .at(-1)!;
    reader.tell({ kind: 'backupFrame', frame: FRAME });
    const opened = await opening;
    if (!opened.ok || opened.value.kind !== 'backup') throw new Error('Not opened as a backup');
    reader.tell({ kind: 'backupEnd' });
    const importing = opened.value.stream.importAs({ kind: 'asNew' }, changeContext('Ada'));
    // While the file is read and written, no other worker takes the processor from it.
    expect(StandInWorker.started.length - before).toBe(startedToOpen);
    reader.tell({ kind: 'backupImported', ids: ['ws'] });
    await importing;
    return { reader, startedToOpen };
  }

  it('reads the first file in the worker started with the panel, the next in one started after it', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const stop = prepareImportWorker();
    const [first] = StandInWorker.started;
    expect(first?.asked).toEqual([{ kind: 'prepare' }]);

    const one = await importOne();
    expect(one.startedToOpen).toBe(0);
    expect(one.reader).toBe(first);
    expect(first?.terminated).toBe(true);
    // Started once the first file's worker ended, its database opened before the next file.
    const second = StandInWorker.started[1];
    expect(second?.asked).toEqual([{ kind: 'prepare' }]);

    const two = await importOne();
    expect(two.startedToOpen).toBe(0);
    expect(two.reader).toBe(second);
    stop();
    expect(StandInWorker.started.every((w) => w.terminated)).toBe(true);
  });

  it('keeps no worker once the panel is closed, and starts none after', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    prepareImportWorker()();
    expect(StandInWorker.started.map((w) => w.terminated)).toEqual([true]);

    const one = await importOne();
    expect(one.startedToOpen).toBe(1);
    expect(StandInWorker.started).toHaveLength(2);
    expect(StandInWorker.started.every((w) => w.terminated)).toBe(true);
  });

  it('stops the ready worker only when the last of two open panels closes', () => {
    vi.stubGlobal('Worker', StandInWorker);
    const stopFirst = prepareImportWorker();
    const stopSecond = prepareImportWorker();
    expect(StandInWorker.started).toHaveLength(1);
    stopFirst();
    stopFirst();
    expect(StandInWorker.started[0]?.terminated).toBe(false);
    stopSecond();
    expect(StandInWorker.started[0]?.terminated).toBe(true);
  });
});
