import '../../domain/schema/zod-without-jit';
import { validateImportRows } from '../../domain/exchange/import-use-cases';
import { partsOfBackup } from './backup-transfer';
import type { ImportJob, ImportJobResult } from './off-thread';
import { readImportFile } from './read-import-file';

/**
 * Reading a file (JSON, CSV, XLSX) and checking 10,000 rows against the schemas take longer
 * than a frame: they run here, off the page's thread, and send back plain data (a backup in
 * parts, see backup-transfer.ts).
 */
self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const job = event.data;
  if (job.kind === 'check') {
    const result: ImportJobResult = {
      kind: 'check',
      checked: validateImportRows(job.table, job.mapping, job.values),
    };
    self.postMessage(result);
    return;
  }
  const file = await readImportFile(job.name, job.bytes);
  if (file.ok && file.value.kind === 'backup') {
    for (const part of partsOfBackup(file.value.backup)) self.postMessage(part);
    return;
  }
  const result: ImportJobResult = { kind: 'read', file };
  self.postMessage(result);
};
