import Papa from 'papaparse';
import { MAX_IMPORT_ROWS, MAX_LIST_BYTES, MAX_LIST_MEGABYTES } from '../../domain/exchange/csv';
import { refuse, type Parsed } from '../../domain/exchange/import-problem';
import { tableOfRows, type ImportedTable } from '../../domain/exchange/imported-table';

/**
 * Reads a CSV list (comma, semicolon or tab separated; a UTF-8 BOM is dropped) with papaparse,
 * then checks it as a table (tableOfRows). Refuses an empty file, malformed quoting, too many
 * columns or rows, and rows whose length differs from the header's (the sign of a wrong
 * separator or a broken line).
 */
export function parseCsvText(input: string): Parsed<ImportedTable> {
  if (input.length > MAX_LIST_BYTES)
    return refuse('exchange.problem.fileTooLarge', '', { megabytes: MAX_LIST_MEGABYTES });
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return refuse('exchange.problem.empty');
  if (text.includes('\uFEFF')) return refuse('exchange.problem.strayBom');
  // The separator is guessed on the first lines without the empty ones; the file is then read
  // with its empty lines, so that every row keeps the number a spreadsheet shows.
  const { delimiter } = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    preview: 100,
  }).meta;
  const result = Papa.parse<string[]>(text, {
    delimiter,
    // Parsing stops one row past the limit: a file of a million rows is not read to its end.
    preview: MAX_IMPORT_ROWS + 2,
  });
  if (result.data.length > MAX_IMPORT_ROWS + 1)
    return refuse('scale.problem.tooManyRowsAtLeast', '', { max: MAX_IMPORT_ROWS });
  const error = result.errors.find((e) => e.type !== 'Delimiter');
  if (error) {
    return refuse('exchange.problem.csvMalformed', '', { row: (error.row ?? 0) + 1 });
  }
  return tableOfRows(result.data.map((row, i) => ({ cells: row, number: i + 1 })));
}
