import {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MEGABYTES,
  type CheckedBackup,
} from '../../domain/exchange/backup-format';
import { MAX_LIST_BYTES, MAX_LIST_MEGABYTES } from '../../domain/exchange/csv';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import { checkBackupInParts } from '../../domain/exchange/parse-backup';
import { assembleBackup, type BackupStep } from '../../domain/exchange/backup-parts';
import { decodeUtf8, type ImportedTable } from '../../domain/exchange/imported-table';
import { parseCsvText } from './csv-file';
import { gunzipWithin, isGzip } from './compression';

export type ImportFile =
  { kind: 'backup'; backup: CheckedBackup } | { kind: 'table'; table: ImportedTable };

/** A file opened: a list read whole, or a backup whose checked steps are still to come. */
export type OpenedFile =
  { kind: 'backup'; steps: Generator<BackupStep> } | { kind: 'table'; table: ImportedTable };

/** What a file's name says it is: .json or .json.gz a backup, .csv or .xlsx a list. */
function kindOfFile(name: string): 'json' | 'csv' | 'xlsx' | null {
  if (/\.json\.gz$/i.test(name)) return 'json';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === 'json' || extension === 'csv' || extension === 'xlsx' ? extension : null;
}

const BACKUP_LIMIT = { bytes: MAX_BACKUP_BYTES, megabytes: MAX_BACKUP_MEGABYTES };
const LIST_LIMIT = { bytes: MAX_LIST_BYTES, megabytes: MAX_LIST_MEGABYTES };

/** The largest file of that name read at all: a backup's limit, or a list's. */
export function sizeLimitOf(name: string): { bytes: number; megabytes: number } {
  return kindOfFile(name) === 'json' ? BACKUP_LIMIT : LIST_LIMIT;
}

/**
 * Opens an imported file's bytes (the size was checked before reading them): a list is read and
 * checked whole; a backup is decoded, and its steps (checkBackupInParts) come as they are taken.
 */
export async function openImportFile(
  name: string,
  buffer: ArrayBuffer,
): Promise<Parsed<OpenedFile>> {
  const kind = kindOfFile(name);
  if (!kind) return refuse('exchange.problem.unknownFileType');
  const limit = sizeLimitOf(name);
  if (buffer.byteLength > limit.bytes)
    return refuse('exchange.problem.fileTooLarge', '', { megabytes: limit.megabytes });
  if (kind === 'xlsx') {
    // The spreadsheet reader (about 135 KB) loads with the first spreadsheet, not with a backup.
    const { readSpreadsheet } = await import('./spreadsheet-file');
    const table = await readSpreadsheet(buffer);
    return table.ok ? { ok: true, value: { kind: 'table', table: table.value } } : table;
  }
  let bytes = new Uint8Array(buffer);
  if (kind === 'json' && isGzip(bytes)) {
    const inflated = await gunzipWithin(bytes, limit);
    if (!inflated.ok) return inflated;
    bytes = inflated.value;
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) return text;
  if (kind === 'json')
    return { ok: true, value: { kind: 'backup', steps: checkBackupInParts(text.value) } };
  const table = parseCsvText(text.value);
  return table.ok ? { ok: true, value: { kind: 'table', table: table.value } } : table;
}

/** Reads an imported file's bytes whole: a list, or a backup checked to its end. */
export async function readImportFile(
  name: string,
  buffer: ArrayBuffer,
): Promise<Parsed<ImportFile>> {
  const file = await openImportFile(name, buffer);
  if (!file.ok) return file;
  if (file.value.kind === 'table') return { ok: true, value: file.value };
  const backup = assembleBackup(file.value.steps);
  return backup.ok ? { ok: true, value: { kind: 'backup', backup: backup.value } } : backup;
}
