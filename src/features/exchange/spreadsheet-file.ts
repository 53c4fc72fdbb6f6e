import readXlsxFile from 'read-excel-file/browser';
import { MAX_XLSX_BYTES, MAX_XLSX_CELLS, MAX_XLSX_MEGABYTES } from '../../domain/exchange/csv';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import { tableOfRows, type ImportedTable } from '../../domain/exchange/imported-table';

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** What an XLSX's central directory says of one entry (APPNOTE.TXT 4.3.12). */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  local: number;
}

/** The most entries an XLSX list may have (a list has about ten). */
const MAX_ZIP_ENTRIES = 1000;

/** The central directory's entries, or null when the file is not a ZIP we read. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    entries.push({
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      local: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

const tooLarge = () =>
  refuse<never>('scale.problem.xlsxTooLarge', '', { megabytes: MAX_XLSX_MEGABYTES });
const tooManyCells = () => refuse<never>('scale.problem.tooManyCells', '', { max: MAX_XLSX_CELLS });
const CELL = /<(?:\w+:)?c[\s>/]/g;

/**
 * An entry's bytes, inflated through DecompressionStream and counted as they come: 'over' once
 * more than `budget` bytes came out (a zip bomb stops there, memory stays bounded).
 */
async function inflateWithin(data: Uint8Array, budget: number): Promise<Uint8Array | 'over'> {
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(data.slice());
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > budget) {
      await reader.cancel();
      return 'over';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Checks an XLSX (a ZIP) before it is read: refused when its central directory declares more
 * than MAX_XLSX_BYTES uncompressed (nothing decompressed then), when an entry inflates to more
 * than its directory declared (counted as it inflates: stopped there), or when its worksheets hold more than
 * MAX_XLSX_CELLS cells. Gives the worksheets' XML text (name -> text).
 */
async function inspectWorkbook(bytes: Uint8Array): Promise<Parsed<Map<string, string>>> {
  const entries = zipEntries(bytes);
  if (!entries) return refuse('exchange.problem.notXlsx');
  if (entries.length > MAX_ZIP_ENTRIES) return tooLarge();
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_XLSX_BYTES || entries.some((e) => e.size === 0xffffffff)) return tooLarge();
  let budget = MAX_XLSX_BYTES;
  let cells = 0;
  const sheets = new Map<string, string>();
  const decoder = new TextDecoder();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const start = entry.local + 30 + u16(bytes, entry.local + 26) + u16(bytes, entry.local + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    let content: Uint8Array | 'over' | null;
    if (entry.method === 0) content = data.length <= entry.size ? data : 'over';
    else if (entry.method === 8)
      content = await inflateWithin(data, Math.min(budget, entry.size)).catch(() => null);
    else content = null;
    // More bytes than its directory declared: a damaged file, or a bomb that lies about its size.
    if (content === null || content === 'over') return refuse('exchange.problem.notXlsx');
    budget -= content.length;
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const xml = decoder.decode(content);
    cells += xml.match(CELL)?.length ?? 0;
    if (cells > MAX_XLSX_CELLS) return tooManyCells();
    sheets.set(entry.name, xml);
  }
  return { ok: true, value: sheets };
}

const FORMULA = /<(\w+:)?f[\s>/]/;

/** Whether any cell of the workbook holds a formula (an <f> element); null: not a readable XLSX. */
export async function hasFormula(bytes: Uint8Array): Promise<boolean | null> {
  const sheets = await inspectWorkbook(bytes);
  return sheets.ok ? [...sheets.value.values()].some((xml) => FORMULA.test(xml)) : null;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return String(value);
  return '';
}

/**
 * The first sheet of an XLSX list of use cases, every cell as text. Refused when the file is
 * not an XLSX, too large or with too many cells (checked before it is read, see
 * inspectWorkbook), or when a cell holds a formula (nothing computed is imported).
 */
export async function readSpreadsheet(buffer: ArrayBuffer): Promise<Parsed<ImportedTable>> {
  const sheets = await inspectWorkbook(new Uint8Array(buffer));
  if (!sheets.ok) return sheets;
  // Nothing computed is imported: a formula is an <f> element in a worksheet.
  if ([...sheets.value.values()].some((xml) => FORMULA.test(xml)))
    return refuse('exchange.problem.formula');
  let data: unknown[][];
  try {
    data = (await readXlsxFile(buffer))[0]?.data ?? [];
  } catch {
    return refuse('exchange.problem.notXlsx');
  }
  // Row numbers as the spreadsheet shows them: the first row read is row 1 (empty rows keep
  // their number and are skipped).
  return tableOfRows(
    data.map((row, i) => ({ cells: Array.from(row, (c) => cellText(c)), number: i + 1 })),
  );
}
