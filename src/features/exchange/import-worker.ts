import '../../domain/schema/zod-without-jit';
import { changeContext } from '../../db/change-context';
import { database } from '../../db/database';
import { validateImportRows } from '../../domain/exchange/import-use-cases';
import { BackupImportJob, frameOrRefusal } from './backup-import-job';
import type { ImportJob, ImportJobResult } from './off-thread';
import { openImportFile } from './read-import-file';

/**
 * Reading a file (JSON, CSV, XLSX) and checking 10,000 rows against the schemas take longer
 * than a frame: they run here, off the page's thread, and send back plain data. A backup's
 * frame is sent as soon as it is read; its records stay here, checked part by part, and are
 * written here into the database when the person chooses how to import them (BackupImportJob):
 * the page is told the progress and the result.
 */

/** The file being read here, if it is a backup. */
let backup: BackupImportJob | null = null;

/** Lets the messages waiting come in (an import asked), without a timer's delay. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

self.onmessage = async (event: MessageEvent<ImportJob>) => {
  const job = event.data;
  if (job.kind === 'prepare') {
    // The import panel is open: the connection to the database is ready when a file comes.
    void database()
      .open()
      .catch(() => undefined);
    return;
  }
  if (job.kind === 'importBackup') {
    if (backup) await backup.importInto(database(), changeContext(job.actor), job.mode);
    return;
  }
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
    const steps = file.value.steps;
    const first = frameOrRefusal(steps);
    if (first.kind !== 'backupFrame') {
      self.postMessage(first);
      return;
    }
    backup = new BackupImportJob(first, steps, (message) => self.postMessage(message));
    await backup.checkAll(pause);
    return;
  }
  let result: ImportJobResult;
  if (!file.ok) result = { kind: 'read', file };
  else if (file.value.kind === 'table')
    result = { kind: 'read', file: { ok: true, value: file.value } };
  else return;
  self.postMessage(result);
};
