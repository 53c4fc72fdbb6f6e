import '../../domain/schema/zod-without-jit';
import { validateImportRows } from '../../domain/exchange/import-use-cases';
import type { ImportJob, ImportJobResult } from './off-thread';
import { openImportFile } from './read-import-file';

/**
 * Reading a file (JSON, CSV, XLSX) and checking 10,000 rows against the schemas take longer
 * than a frame: they run here, off the page's thread, and send back plain data. A backup is sent
 * in steps (backup-parts.ts): its frame as soon as it is read, then its records part by part as
 * they pass their schemas, so that the page writes them while the next ones are checked.
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
  // The chosen File is read here, off the page's thread.
  const bytes = job.file instanceof ArrayBuffer ? job.file : await job.file.arrayBuffer();
  const file = await openImportFile(job.name, bytes);
  if (file.ok && file.value.kind === 'backup') {
    for (const step of file.value.steps) self.postMessage(step);
    return;
  }
  let result: ImportJobResult;
  if (!file.ok) result = { kind: 'read', file };
  else if (file.value.kind === 'table')
    result = { kind: 'read', file: { ok: true, value: file.value } };
  else return;
  self.postMessage(result);
};
