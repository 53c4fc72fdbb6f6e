import { validateImportRows } from '../../domain/exchange/import-use-cases';
import type { ImportJob, ImportJobResult } from './off-thread';
import { readImportFile } from './read-import-file';

/**
 * Reading a file (JSON, CSV, XLSX) and checking 10,000 rows against the schemas take longer
 * than a frame: they run here, off the page's thread, and send back plain data.
 */
self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const job = event.data;
  const result: ImportJobResult =
    job.kind === 'read'
      ? { kind: 'read', file: await readImportFile(job.name, job.bytes) }
      : { kind: 'check', checked: validateImportRows(job.table, job.mapping) };
  self.postMessage(result);
};
