import {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MEGABYTES,
  type CheckedBackup,
} from '../../domain/exchange/backup-format';
import { MAX_LIST_BYTES, MAX_LIST_MEGABYTES } from '../../domain/exchange/csv';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import { parseBackupText } from '../../domain/exchange/parse-backup';
import { decodeUtf8, type ImportedTable } from '../../domain/exchange/imported-table';
import { parseCsvText } from './csv-file';
import { gunzipWithin, isGzip } from './compression';
import { readSpreadsheet } from './spreadsheet-file';

export type ImportFile =
  { kind: 'backup'; backup: CheckedBackup } | { kind: 'table'; table: ImportedTable };

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

/** Reads an imported file's bytes (the size was checked before reading them). */
export async function readImportFile(
  name: string,
  buffer: ArrayBuffer,
): Promise<Parsed<ImportFile>> {
  const kind = kindOfFile(name);
  if (!kind) return refuse('exchange.problem.unknownFileType');
  const limit = sizeLimitOf(name);
  if (buffer.byteLength > limit.bytes)
    return refuse('exchange.problem.fileTooLarge', '', { megabytes: limit.megabytes });
  if (kind === 'xlsx') {
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
  if (kind === 'json') {
    const backup = parseBackupText(text.value);
    return backup.ok ? { ok: true, value: { kind: 'backup', backup: backup.value } } : backup;
  }
  const table = parseCsvText(text.value);
  return table.ok ? { ok: true, value: { kind: 'table', table: table.value } } : table;
}
