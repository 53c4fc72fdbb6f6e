import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './csv';
import { refuse, type Parsed } from './import-problem';

/** A table read from a file: the header row and the data rows, every cell as text. */
export interface ImportedTable {
  headers: string[];
  rows: string[][];
  /**
   * The number a spreadsheet shows for each data row (the header is row 1), when empty rows
   * were skipped; without it, row i is number i + 2.
   */
  rowNumbers?: number[];
}

/**
 * A table from the rows of a file with their numbers as the spreadsheet shows them (a parser in
 * src/features/exchange read the CSV or XLSX): empty rows are dropped, the first other row is the
 * header (its cells trimmed), every data row keeps its number; the limits of checkTable apply.
 */
export function tableOfRows(
  numbered: readonly { cells: string[]; number: number }[],
): Parsed<ImportedTable> {
  const filled = numbered.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...rows] = filled;
  if (!header) return refuse('exchange.problem.empty');
  return checkTable({
    headers: header.cells.map((h) => h.trim()),
    rows: rows.map((r) => r.cells),
    rowNumbers: rows.map((r) => r.number),
  });
}

/** The limits every imported table respects, whether read from CSV or XLSX. */
function checkTable(table: ImportedTable): Parsed<ImportedTable> {
  if (table.headers.length > MAX_IMPORT_COLUMNS) {
    return refuse('exchange.problem.tooManyColumns', '', {
      count: table.headers.length,
      max: MAX_IMPORT_COLUMNS,
    });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return refuse('exchange.problem.tooManyRows', '', {
      count: table.rows.length,
      max: MAX_IMPORT_ROWS,
    });
  }
  const only = table.headers.length === 1 ? (table.headers[0] ?? '') : '';
  if (/[,;|\t]/.test(only)) return refuse('exchange.problem.wrongSeparator');
  for (const [i, row] of table.rows.entries()) {
    if (row.length !== table.headers.length) {
      // Row numbers as a spreadsheet shows them: the header is row 1.
      return refuse('exchange.problem.rowLength', '', {
        row: table.rowNumbers?.[i] ?? i + 2,
        found: row.length,
        expected: table.headers.length,
      });
    }
  }
  return { ok: true, value: table };
}

/** The text of a file's bytes, which must be UTF-8 (a UTF-16 file or random bytes are refused). */
export function decodeUtf8(bytes: Uint8Array): Parsed<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse('exchange.problem.notUtf8');
  }
}
