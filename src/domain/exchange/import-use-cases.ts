import type * as z from 'zod';
import { CRITERION_IDS, rawScoreSchema, type CriterionId } from '../schema/criterion';
import { useCaseFormSchema, type UseCaseForm } from '../schema/use-case';
import {
  IMPORT_FIELDS,
  normaliseHeader,
  type ColumnMapping,
  type ImportField,
} from './import-fields';
import { HEADER_NAMES } from './import-synonyms';
import { EMPTY_VALUE_MAPPING, scopeOfCell, statusOfCell, type ValueMapping } from './import-values';
import type { ImportedTable } from './imported-table';

export { IMPORT_FIELDS, type ColumnMapping, type ImportField };

/** The field each header names (first match wins; a field is never taken twice). */
export function recogniseHeaders(headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const name = normaliseHeader(header);
    const field = IMPORT_FIELDS.find(
      (f) =>
        !taken.has(f) &&
        (normaliseHeader(f) === name ||
          f.toLowerCase() === name.replace(/ /g, '') ||
          HEADER_NAMES[f].includes(name)),
    );
    if (!field) return null;
    taken.add(field);
    return field;
  });
}

export interface ImportedUseCase {
  /** The row in the file as a spreadsheet numbers it (the header is row 1). */
  row: number;
  form: UseCaseForm;
  /** The scores given in the file; null when it gives none for this row. */
  scores: Record<CriterionId, number | null> | null;
}

export interface RowError {
  row: number;
  /** The header of the column, as written in the file. */
  column: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A row that is not imported: its number, its cells as in the file, and every error it has. */
export interface RefusedRow {
  row: number;
  cells: string[];
  errors: RowError[];
}

export interface RowValidation {
  useCases: ImportedUseCase[];
  /** Every error of every row, in the file's order. */
  errors: RowError[];
  /** The rows not imported, each with all its errors. */
  refused: RefusedRow[];
  /** A problem of the mapping itself (no title column, a field mapped twice). */
  mappingProblem: string | null;
}

/** A score cell: empty -> null, "4" or "4,0" -> 4, anything else is an error key. */
export function parseScoreCell(text: string): { score: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { score: null };
  if (!/^[+-]?\d+([.,]\d+)?$/.test(trimmed)) return { error: 'exchange.problem.notANumber' };
  const parsed = rawScoreSchema.safeParse(Number(trimmed.replace(',', '.')));
  return parsed.success
    ? { score: parsed.data }
    : { error: parsed.error.issues[0]?.message ?? 'errors.scoreRange' };
}

/** The row number a spreadsheet shows for the i-th data row (header = row 1). */
function rowNumberOf(table: ImportedTable, index: number): number {
  return table.rowNumbers?.[index] ?? index + 2;
}

/** What a schema issue on an imported cell says, with the limit when it is one. */
function issueError(issue: z.core.$ZodIssue, cellText: string): Pick<RowError, 'key' | 'params'> {
  const inTag = issue.path.length > 1;
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (inTag) return { key: 'listImport.problem.tagTooLong', params: { max } };
    if (issue.origin === 'array') return { key: 'listImport.problem.tooManyTags', params: { max } };
    return { key: 'listImport.problem.tooLong', params: { max, length: cellText.length } };
  }
  return { key: issue.message.startsWith('errors.') ? issue.message : 'errors.invalid' };
}

/**
 * Checks every row against the use case schema with the chosen mapping (and the mapping of the
 * file's own words to our scopes and statuses), before anything is written: returns the use
 * cases to create and, for each refused row, EVERY error (row, column as written, what, the
 * limit). Valid rows do not depend on refused ones.
 */
export function validateImportRows(
  table: ImportedTable,
  mapping: ColumnMapping,
  values: ValueMapping = EMPTY_VALUE_MAPPING,
): RowValidation {
  const fields = mapping.filter((f): f is ImportField => f !== null);
  const mappingProblem = !fields.includes('title')
    ? 'exchange.problem.noTitleColumn'
    : new Set(fields).size !== fields.length
      ? 'exchange.problem.fieldMappedTwice'
      : null;
  if (mappingProblem) return { useCases: [], errors: [], refused: [], mappingProblem };
  const columnOf = (field: ImportField) => mapping.indexOf(field);
  const headerOf = (field: ImportField) => table.headers[columnOf(field)] ?? field;
  const useCases: ImportedUseCase[] = [];
  const errors: RowError[] = [];
  const refused: RefusedRow[] = [];
  for (const [i, cells] of table.rows.entries()) {
    const row = rowNumberOf(table, i);
    const cell = (field: ImportField) => {
      const at = columnOf(field);
      return at < 0 ? '' : (cells[at] ?? '');
    };
    const rowErrors: RowError[] = [];
    /** The cell of `field` cannot be read: the message names its column and quotes it. */
    const refuseCell = (field: ImportField, key: string) =>
      rowErrors.push({ row, column: headerOf(field), key, params: { value: cell(field) } });
    const scope = scopeOfCell(cell('scope'), values);
    if (!scope) refuseCell('scope', 'exchange.problem.unknownScope');
    const status = statusOfCell(cell('status'), values);
    if (!status) refuseCell('status', 'exchange.problem.unknownStatus');
    const parsed = useCaseFormSchema.safeParse({
      title: cell('title'),
      description: cell('description'),
      scope: scope ?? 'internal',
      owner: cell('owner'),
      status: status ?? 'idea',
      tags: cell('tags').replace(/;/g, ','),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const known = IMPORT_FIELDS.find((f) => f === issue.path[0]) ?? 'title';
        rowErrors.push({ row, column: headerOf(known), ...issueError(issue, cell(known)) });
      }
    }
    let scores: Record<CriterionId, number | null> | null = null;
    for (const id of CRITERION_IDS) {
      if (columnOf(id) < 0) continue;
      const result = parseScoreCell(cell(id));
      if ('error' in result) {
        refuseCell(id, result.error);
      } else if (result.score !== null) {
        scores ??= Object.fromEntries(CRITERION_IDS.map((c) => [c, null])) as Record<
          CriterionId,
          number | null
        >;
        scores[id] = result.score;
      }
    }
    if (rowErrors.length) {
      errors.push(...rowErrors);
      refused.push({ row, cells, errors: rowErrors });
    } else if (parsed.success) useCases.push({ row, form: parsed.data, scores });
  }
  return { useCases, errors, refused, mappingProblem: null };
}
