import type { BackupImport } from '../../db/repositories/backup-import';
import { BackupRefused, type BackupStep } from '../../domain/exchange/backup-parts';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import {
  validateImportRows,
  type ColumnMapping,
  type RowValidation,
} from '../../domain/exchange/import-use-cases';
import type { ValueMapping } from '../../domain/exchange/import-values';
import type { ImportedTable } from '../../domain/exchange/imported-table';
import type { BackupImportMessage } from './backup-import-job';
import {
  BackupStream,
  isBackupStep,
  type ImportProgressListener,
  type RemoteBackupImport,
} from './backup-stream';

/** A file opened for import: a list read and checked whole, or a backup being read. */
export type OpenedImport =
  { kind: 'backup'; stream: BackupStream } | { kind: 'table'; table: ImportedTable };

type TableRead = Parsed<{ kind: 'table'; table: ImportedTable }>;

export type ImportJob =
  | { kind: 'prepare' }
  | { kind: 'read'; name: string; file: Blob | ArrayBuffer }
  | { kind: 'importBackup'; mode: BackupImport; actor: string }
  | { kind: 'check'; table: ImportedTable; mapping: ColumnMapping; values: ValueMapping };

/** The worker's answer to a job; a backup is answered in steps instead (BackupStep). */
export type ImportJobResult =
  { kind: 'read'; file: TableRead } | { kind: 'check'; checked: RowValidation };

/** A backup's stream from its steps: refused before its frame, or its frame and what follows. */
function streamOf(steps: Iterable<BackupStep>): Parsed<OpenedImport> {
  let stream: BackupStream | null = null;
  for (const step of steps) {
    if (stream) stream.add(step);
    else if (step.kind === 'backupFrame') stream = new BackupStream(step.frame);
    else if (step.kind === 'backupRefused') return { ok: false, problem: step.problem };
  }
  return stream
    ? { ok: true, value: { kind: 'backup', stream } }
    : refuse('exchange.problem.invalid');
}

/** A chosen file's bytes: read where they are needed (a File crosses to a worker unread). */
async function bytesOf(file: Blob | ArrayBuffer): Promise<ArrayBuffer> {
  return file instanceof ArrayBuffer ? file : file.arrayBuffer();
}

/** Opens a file on the page's thread (no workers): a backup is checked to its end at once. */
async function openHere(name: string, chosen: Blob | ArrayBuffer): Promise<Parsed<OpenedImport>> {
  const { openImportFile } = await import('./read-import-file');
  const file = await openImportFile(name, await bytesOf(chosen));
  if (!file.ok) return file;
  return file.value.kind === 'table' ? { ok: true, value: file.value } : streamOf(file.value.steps);
}

const newWorker = () =>
  new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead (prepareImportWorker), its script loaded while a file is chosen. */
let spare: Worker | null = null;
/** Import panels open: while one is, a worker (and its database connection) waits for a file. */
let panelsOpen = 0;

function startSpare(): void {
  if (spare || panelsOpen === 0) return;
  spare = newWorker();
  // It opens its connection to the database now: it writes a backup's records itself.
  spare.postMessage({ kind: 'prepare' } satisfies ImportJob);
}

/**
 * Starts the import worker before a file is chosen (the Import panel is open): loading and
 * evaluating its script (the schemas) and opening the database then cost the person nothing
 * when the file comes, nor when the next one comes (see retire). Returns what stops it once
 * the panel closes.
 */
export function prepareImportWorker(): () => void {
  if (typeof Worker === 'undefined') return () => undefined;
  panelsOpen++;
  startSpare();
  let open = true;
  return () => {
    if (!open) return;
    open = false;
    panelsOpen--;
    if (panelsOpen > 0 || !spare) return;
    spare.terminate();
    spare = null;
  };
}

/** The worker started ahead if there is one, else a new one: each file has its own. */
function takeWorker(): Worker {
  const worker = spare ?? newWorker();
  if (!spare) worker.postMessage({ kind: 'prepare' } satisfies ImportJob);
  spare = null;
  return worker;
}

/**
 * Ends a file's worker. Once it is done (not while it reads or writes, not to take the processor
 * from it), the next worker starts if an import panel is still open: the next file finds it ready.
 */
function retire(worker: Worker): void {
  worker.terminate();
  startSpare();
}

/**
 * The page's side of an import run in the worker: the import is asked, its progress and result
 * come back (BackupImportMessage). The worker ends after the import, or once the file is no
 * longer wanted (after a running import has answered: its transaction is then aborted).
 */
function importIn(worker: Worker): {
  remote: RemoteBackupImport;
  answer: (message: BackupImportMessage) => void;
  fail: () => void;
} {
  let running: {
    resolve: (ids: string[]) => void;
    reject: (error: Error) => void;
    onProgress: ImportProgressListener;
  } | null = null;
  let stopping = false;
  let ended = false;
  const end = () => {
    ended = true;
    retire(worker);
  };
  const remote: RemoteBackupImport = {
    run: (mode, actor, onProgress) =>
      new Promise((resolve, reject) => {
        if (ended || running) return reject(new Error('exchange.importFailed'));
        running = { resolve, reject, onProgress };
        worker.postMessage({ kind: 'importBackup', mode, actor } satisfies ImportJob);
      }),
    stop: () => {
      if (running) stopping = true;
      else if (!ended) end();
    },
    abort: () => fail(),
  };
  const answer = (message: BackupImportMessage) => {
    const now = running;
    if (!now) return;
    if (message.kind === 'backupProgress') return now.onProgress(message.done, message.total);
    running = null;
    if (message.kind === 'backupImported') {
      now.resolve(message.ids);
      end();
      return;
    }
    now.reject(
      message.refused ? new BackupRefused(message.problem) : new Error(message.problem.key),
    );
    if (stopping) end();
  };
  function fail() {
    running?.reject(new Error('exchange.importFailed'));
    running = null;
    if (!ended) end();
  }
  return { remote, answer, fail };
}

const isImportMessage = (message: { kind: string }): message is BackupImportMessage =>
  message.kind === 'backupProgress' ||
  message.kind === 'backupImported' ||
  message.kind === 'backupNotImported';

/**
 * Opens an imported file in the import worker: a list is read whole; a backup answers with its
 * frame as soon as it is read (the person chooses how to import it meanwhile), then its end or
 * refusal; its checked records stay in the worker, which writes them when asked (importAs). The
 * chosen File goes to the worker unread (the worker reads it: the page neither reads nor copies
 * its bytes). On the page's thread where workers are missing or fail.
 */
export function openFileOffThread(
  name: string,
  file: Blob | ArrayBuffer,
): Promise<Parsed<OpenedImport>> {
  if (typeof Worker === 'undefined') return openHere(name, file);
  return new Promise((resolve) => {
    const worker = takeWorker();
    const job = importIn(worker);
    let stream: BackupStream | null = null;
    worker.onmessage = (
      event: MessageEvent<ImportJobResult | BackupStep | BackupImportMessage>,
    ) => {
      const message = event.data;
      if (isImportMessage(message)) job.answer(message);
      else if (stream && isBackupStep(message)) stream.add(message);
      else if (message.kind === 'backupFrame') {
        stream = new BackupStream(message.frame, job.remote);
        resolve({ ok: true, value: { kind: 'backup', stream } });
      } else {
        retire(worker);
        if (message.kind === 'backupRefused') resolve({ ok: false, problem: message.problem });
        else if (message.kind === 'read') resolve(message.file);
      }
    };
    worker.onerror = () => {
      job.fail();
      if (stream)
        stream.add({ kind: 'backupRefused', problem: { key: 'exchange.importFailed', path: '' } });
      else resolve(openHere(name, file));
    };
    worker.postMessage({ kind: 'read', name, file } satisfies ImportJob);
  });
}

/** Checks every row of an imported list against the mapping, off the page's thread. */
export async function checkRowsOffThread(
  table: ImportedTable,
  mapping: ColumnMapping,
  values: ValueMapping,
): Promise<RowValidation> {
  if (typeof Worker === 'undefined') return validateImportRows(table, mapping, values);
  return new Promise((resolve) => {
    const worker = newWorker();
    worker.onmessage = (event: MessageEvent<ImportJobResult>) => {
      worker.terminate();
      if (event.data.kind === 'check') resolve(event.data.checked);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(validateImportRows(table, mapping, values));
    };
    worker.postMessage({ kind: 'check', table, mapping, values } satisfies ImportJob);
  });
}
