import type { Parsed } from '../../domain/exchange/import-problem';
import {
  validateImportRows,
  type ColumnMapping,
  type RowValidation,
} from '../../domain/exchange/import-use-cases';
import type { ValueMapping } from '../../domain/exchange/import-values';
import type { ImportedTable } from '../../domain/exchange/imported-table';
import type { ImportFile } from './read-import-file';
import { BackupAssembly, isBackupPart, type BackupPart } from './backup-transfer';

export type ImportJob =
  | { kind: 'read'; name: string; bytes: ArrayBuffer }
  | { kind: 'check'; table: ImportedTable; mapping: ColumnMapping; values: ValueMapping };

export type ImportJobResult =
  { kind: 'read'; file: Parsed<ImportFile> } | { kind: 'check'; checked: RowValidation };

async function runHere(job: ImportJob): Promise<ImportJobResult> {
  if (job.kind === 'check')
    return { kind: 'check', checked: validateImportRows(job.table, job.mapping, job.values) };
  const { readImportFile } = await import('./read-import-file');
  return { kind: 'read', file: await readImportFile(job.name, job.bytes) };
}

/** Runs a job in a worker (one per job); on the page's thread where workers are missing or fail. */
function run(job: ImportJob): Promise<ImportJobResult> {
  if (typeof Worker === 'undefined') return runHere(job);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const backup = new BackupAssembly();
    worker.onmessage = (event: MessageEvent<ImportJobResult | BackupPart>) => {
      let result: ImportJobResult | null = null;
      if (isBackupPart(event.data)) {
        const whole = backup.add(event.data);
        if (whole)
          result = { kind: 'read', file: { ok: true, value: { kind: 'backup', backup: whole } } };
      } else result = event.data;
      if (!result) return;
      worker.terminate();
      resolve(result);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(runHere(job));
    };
    worker.postMessage(job);
  });
}

/** Reads and checks an imported file off the page's thread. */
export async function readFileOffThread(
  name: string,
  bytes: ArrayBuffer,
): Promise<Parsed<ImportFile>> {
  const result = await run({ kind: 'read', name, bytes });
  if (result.kind !== 'read') throw new Error('Unexpected worker answer');
  return result.file;
}

/** Checks every row of an imported list against the mapping, off the page's thread. */
export async function checkRowsOffThread(
  table: ImportedTable,
  mapping: ColumnMapping,
  values: ValueMapping,
): Promise<RowValidation> {
  const result = await run({ kind: 'check', table, mapping, values });
  if (result.kind !== 'check') throw new Error('Unexpected worker answer');
  return result.checked;
}
