import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeContext } from '../../db/change-context';
import { BackupRefused, type BackupFrame } from '../../domain/exchange/backup-parts';
import { openFileOffThread, type ImportJob } from './off-thread';

// The page's side of a backup imported by the import worker: the worker is a stand-in that
// records what the page asks and answers as the real one does (import-worker.ts).

class StandInWorker {
  static last: StandInWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  asked: ImportJob[] = [];
  terminated = false;
  constructor() {
    StandInWorker.last = this;
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
