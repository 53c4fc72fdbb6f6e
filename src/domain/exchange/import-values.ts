import { SCOPES, USE_CASE_STATUSES, type Scope, type UseCaseStatus } from '../schema/use-case';
import { normaliseHeader, type ColumnMapping } from './import-fields';
import { SCOPE_NAMES, STATUS_NAMES } from './import-synonyms';
import type { ImportedTable } from './imported-table';

/** The fields whose cells must be one of our values: the file's own words are mapped to them. */
export const ENUM_FIELDS = ['scope', 'status'] as const;
export type EnumField = (typeof ENUM_FIELDS)[number];

export const ENUM_VALUES = {
  scope: SCOPES,
  status: USE_CASE_STATUSES,
} as const satisfies Record<EnumField, readonly string[]>;

/**
 * For each enumerated field, the file's values (normalised with normaliseHeader) and the value
 * each becomes; null: rows with that value are refused. A value not listed is suggested.
 */
export interface ValueMapping {
  scope: Record<string, Scope | null>;
  status: Record<string, UseCaseStatus | null>;
}

export const EMPTY_VALUE_MAPPING: ValueMapping = { scope: {}, status: {} };

/** The value a file's word most likely means (our synonyms, FR and EN), or null. */
function suggestScope(text: string): Scope | null {
  const name = normaliseHeader(text);
  return SCOPES.find((id) => SCOPE_NAMES[id].includes(name)) ?? null;
}

function suggestStatus(text: string): UseCaseStatus | null {
  const name = normaliseHeader(text);
  return USE_CASE_STATUSES.find((id) => STATUS_NAMES[id].includes(name)) ?? null;
}

/** The scope a cell gives: empty -> internal; the mapping, else the suggestion; null: refused. */
export function scopeOfCell(text: string, values: ValueMapping): Scope | null {
  if (text.trim() === '') return 'internal';
  const key = normaliseHeader(text);
  return Object.hasOwn(values.scope, key) ? (values.scope[key] ?? null) : suggestScope(text);
}

/** The status a cell gives: empty -> idea; the mapping, else the suggestion; null: refused. */
export function statusOfCell(text: string, values: ValueMapping): UseCaseStatus | null {
  if (text.trim() === '') return 'idea';
  const key = normaliseHeader(text);
  return Object.hasOwn(values.status, key) ? (values.status[key] ?? null) : suggestStatus(text);
}

/** One distinct value of a column: its normalised key, as first written, and how many rows. */
export interface DistinctValue {
  key: string;
  text: string;
  count: number;
}

/** The most distinct values of one column offered for mapping (a list has a handful). */
export const MAX_DISTINCT_VALUES = 200;

/**
 * The distinct non-empty values of the column mapped to `field` (by normalised form, most
 * frequent first; at most MAX_DISTINCT_VALUES), or [] when no column is mapped to it.
 */
export function distinctValues(
  table: ImportedTable,
  mapping: ColumnMapping,
  field: EnumField,
): DistinctValue[] {
  const column = mapping.indexOf(field);
  if (column < 0) return [];
  const seen = new Map<string, DistinctValue>();
  for (const row of table.rows) {
    const text = (row[column] ?? '').trim();
    if (text === '') continue;
    const key = normaliseHeader(text);
    const known = seen.get(key);
    if (known) known.count++;
    else seen.set(key, { key, text, count: 1 });
  }
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, MAX_DISTINCT_VALUES);
}

/**
 * The value mapping proposed for a file: for every distinct value of each enumerated column,
 * what was chosen before for it (remembered), else our suggestion (null when we have none).
 */
export function proposeValueMapping(
  table: ImportedTable,
  mapping: ColumnMapping,
  remembered: ValueMapping = EMPTY_VALUE_MAPPING,
): ValueMapping {
  const of = <T extends string>(
    field: EnumField,
    before: Record<string, T | null>,
    suggest: (text: string) => T | null,
  ): Record<string, T | null> =>
    Object.fromEntries(
      distinctValues(table, mapping, field).map((v) => [
        v.key,
        Object.hasOwn(before, v.key) ? (before[v.key] ?? null) : suggest(v.text),
      ]),
    );
  return {
    scope: of('scope', remembered.scope, suggestScope),
    status: of('status', remembered.status, suggestStatus),
  };
}
