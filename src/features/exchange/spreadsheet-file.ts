import readXlsxFile from 'read-excel-file/browser';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import { checkTable, type ImportedTable } from '../../domain/exchange/parse-csv';

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

async function inflate(data: Uint8Array): Promise<Uint8Array> {
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
    chunks.push(value);
    length += value.length;
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
 * The worksheets of an XLSX file (a ZIP), read through its central directory
 * (APPNOTE.TXT 4.3.12 and 4.3.16): name -> XML text.
 */
export async function readWorksheetsXml(bytes: Uint8Array): Promise<Map<string, string> | null> {
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
  const sheets = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (u32(bytes, at) !== 0x02014b50) return null;
    const method = u16(bytes, at + 10);
    const size = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extra = u16(bytes, at + 30);
    const comment = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + size);
    if (method === 0) sheets.set(name, decoder.decode(data));
    else if (method === 8) sheets.set(name, decoder.decode(await inflate(data)));
    else return null;
  }
  return sheets;
}

/** Whether any cell of the workbook holds a formula (an <f> element in a worksheet). */
export async function hasFormula(bytes: Uint8Array): Promise<boolean | null> {
  const sheets = await readWorksheetsXml(bytes);
  if (!sheets) return null;
  return [...sheets.values()].some((xml) => /<(\w+:)?f[\s>/]/.test(xml));
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
 * not an XLSX, when a cell holds a formula (nothing computed is imported), or too large.
 */
export async function readSpreadsheet(buffer: ArrayBuffer): Promise<Parsed<ImportedTable>> {
  const bytes = new Uint8Array(buffer);
  const formula = await hasFormula(bytes).catch(() => null);
  if (formula === null) return refuse('exchange.problem.notXlsx');
  if (formula) return refuse('exchange.problem.formula');
  let data: unknown[][];
  try {
    const sheets = await readXlsxFile(buffer);
    data = sheets[0]?.data ?? [];
  } catch {
    return refuse('exchange.problem.notXlsx');
  }
  const [header, ...rows] = data.filter((row) => row.some((c) => cellText(c).trim() !== ''));
  if (!header) return refuse('exchange.problem.empty');
  const width = header.length;
  const text = (row: unknown[]) =>
    Array.from({ length: Math.max(width, row.length) }, (_, i) => cellText(row[i]));
  return checkTable({ headers: text(header).map((h) => h.trim()), rows: rows.map(text) });
}
