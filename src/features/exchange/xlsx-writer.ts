import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { XlsxCell, XlsxSheet } from './xlsx-sheets';

/**
 * Writes an XLSX workbook (Office Open XML, ECMA-376 part 1) with fflate's synchronous streaming
 * zip: no worker of its own (the spreadsheet library's asynchronous zip starts blob: workers,
 * which our Content Security Policy refuses), so it runs wherever it is called, here in the
 * export worker, and reports its progress row by row.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 does not allow in text: removed (tab, LF and CR stay). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A column's letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Days since 1899-12-30 (the spreadsheet's date serial), in UTC. */
function dateSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

const STYLE = { bold: 1, date: 2 } as const;

function cellXml(cell: XlsxCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell.value === 'number')
    return Number.isFinite(cell.value) ? `<c r="${ref}"><v>${String(cell.value)}</v></c>` : '';
  if (cell.value instanceof Date)
    return `<c r="${ref}" s="${STYLE.date}"><v>${String(dateSerial(cell.value))}</v></c>`;
  const style = 'fontWeight' in cell && cell.fontWeight === 'bold' ? ` s="${STYLE.bold}"` : '';
  return `<c r="${ref}" t="inlineStr"${style}><is><t xml:space="preserve">${escapeXml(String(cell.value))}</t></is></c>`;
}

function rowXml(row: readonly XlsxCell[], index: number): string {
  const line = index + 1;
  return `<row r="${line}">${row.map((cell, c) => cellXml(cell, `${columnLetters(c)}${line}`)).join('')}</row>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function packageFiles(sheets: readonly XlsxSheet[]): Record<string, string> {
  const numbers = sheets.map((_, i) => i + 1);
  return {
    '[Content_Types].xml': `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${numbers.map((n) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.sheet)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${numbers.map((n) => `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
}

/** Rows of XML handed to the zip at a time (and between two progress reports). */
const ROWS_PER_PUSH = 500;

/**
 * The workbook's bytes. `onProgress(done, total)` is called after each batch of rows, the total
 * being the rows of every sheet.
 */
export function writeXlsx(
  sheets: readonly XlsxSheet[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(text), true);
  };
  for (const [name, text] of Object.entries(packageFiles(sheets))) add(name, text);
  const total = sheets.reduce((sum, s) => sum + s.data.length, 0);
  let done = 0;
  sheets.forEach((sheet, i) => {
    const file = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level: 6 });
    zip.add(file);
    file.push(strToU8(`${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>`));
    for (let start = 0; start < sheet.data.length; start += ROWS_PER_PUSH) {
      const rows = sheet.data.slice(start, start + ROWS_PER_PUSH);
      file.push(strToU8(rows.map((row, r) => rowXml(row, start + r)).join('')));
      done += rows.length;
      onProgress(done, total);
    }
    file.push(strToU8('</sheetData></worksheet>'), true);
  });
  zip.end();
  if (failures[0]) throw failures[0];
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
