import type { Language } from '../schema/common';

/** A cell of an exported table: text, a number, or empty. */
export type ExportCell = string | number | null;

/** The separator and decimal mark a spreadsheet of each locale expects. */
const CSV_DIALECT = {
  fr: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
} as const satisfies Record<Language, { delimiter: string; decimal: string }>;

/** The UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * Control characters a reader cannot see: C0 controls but tab, LF and CR, DEL, C1 controls, and
 * the bidirectional overrides and isolates that reorder what is shown (Trojan Source).
 */
/* eslint-disable no-control-regex -- these control characters are what is matched */
const INVISIBLE_CONTROLS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** A text without the control characters a reader cannot see (removed). */
export function stripControlCharacters(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/**
 * OWASP "CSV injection": a text cell starting with = + - @, tab, CR or LF is prefixed with a
 * single quote so that a spreadsheet shows it as text instead of running it as a formula.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number as a spreadsheet of the locale reads it: no grouping, the locale's decimal mark. */
function formatCsvNumber(n: number, language: Language): string {
  const text = String(n);
  return language === 'fr' ? text.replace('.', ',') : text;
}

/**
 * One cell as RFC 4180 writes it: quoted when it holds the separator, a quote, a line end or a
 * byte order mark, or starts or ends with a space (kept by a reader); quotes inside doubled.
 */
function quoteCell(text: string, delimiter: string): string {
  const needsQuotes =
    /["\r\n\uFEFF]/.test(text) ||
    text.includes(delimiter) ||
    text.startsWith(' ') ||
    text.endsWith(' ');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file's text (RFC 4180 quoting, CRLF line ends, UTF-8 BOM): numbers written as numbers,
 * text cells without invisible control characters and neutralised.
 */
export function toCsv(rows: readonly (readonly ExportCell[])[], language: Language): string {
  const { delimiter } = CSV_DIALECT[language];
  const lines = rows.map((row) =>
    row
      .map((cell) => {
        if (cell === null) return '';
        if (typeof cell === 'number') return formatCsvNumber(cell, language);
        return quoteCell(neutraliseCell(stripControlCharacters(cell)), delimiter);
      })
      .join(delimiter),
  );
  return BOM + lines.join('\r\n');
}

/** The largest list file (CSV or XLSX) read at all. */
export const MAX_LIST_MEGABYTES = 50;
export const MAX_LIST_BYTES = MAX_LIST_MEGABYTES * 1024 * 1024;

/**
 * An XLSX list is refused before it is decompressed when its entries declare more than this
 * (its central directory), and while decompressing if they hold more than they declared.
 */
export const MAX_XLSX_MEGABYTES = 100;
export const MAX_XLSX_BYTES = MAX_XLSX_MEGABYTES * 1024 * 1024;
/** The most cells the worksheets of an XLSX list may hold (counted as they are decompressed). */
export const MAX_XLSX_CELLS = 1_000_000;

/** The most columns and rows an imported list may have. */
export const MAX_IMPORT_COLUMNS = 100;
export const MAX_IMPORT_ROWS = 20_000;
