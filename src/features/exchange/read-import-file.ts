import { MAX_BACKUP_BYTES, type CheckedBackup } from '../../domain/exchange/backup-format';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import { parseBackupText } from '../../domain/exchange/parse-backup';
import { decodeUtf8, parseCsvText, type ImportedTable } from '../../domain/exchange/parse-csv';
import { readSpreadsheet } from './spreadsheet-file';

export type ImportFile =
  { kind: 'backup'; backup: CheckedBackup } | { kind: 'table'; table: ImportedTable };

export type FileKind = 'backup' | 'table';

/** What a file's name says it is: .json a backup, .csv or .xlsx a list of use cases. */
export function kindOfFile(name: string): 'json' | 'csv' | 'xlsx' | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === 'json' || extension === 'csv' || extension === 'xlsx' ? extension : null;
}

/** Reads an imported file's bytes (the size was checked before reading them). */
export async function readImportFile(
  name: string,
  bytes: ArrayBuffer,
): Promise<Parsed<ImportFile>> {
  if (bytes.byteLength > MAX_BACKUP_BYTES)
    return refuse('exchange.problem.fileTooLarge', '', { megabytes: 50 });
  const kind = kindOfFile(name);
  if (kind === 'xlsx') {
    const table = await readSpreadsheet(bytes);
    return table.ok ? { ok: true, value: { kind: 'table', table: table.value } } : table;
  }
  if (!kind) return refuse('exchange.problem.unknownFileType');
  const text = decodeUtf8(new Uint8Array(bytes));
  if (!text.ok) return text;
  if (kind === 'json') {
    const backup = parseBackupText(text.value);
    return backup.ok ? { ok: true, value: { kind: 'backup', backup: backup.value } } : backup;
  }
  const table = parseCsvText(text.value);
  return table.ok ? { ok: true, value: { kind: 'table', table: table.value } } : table;
}

/** Refuses a file over 50 MB before reading it (File.size is known without reading). */
export function isFileTooLarge(file: { size: number }): boolean {
  return file.size > MAX_BACKUP_BYTES;
}
