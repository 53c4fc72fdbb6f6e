import { CRITERION_IDS } from '../schema/criterion';
import { USE_CASE_HEADLINE_FIELDS } from '../schema/use-case';
import { plainLowerCase } from './plain-lower-case';

export const IMPORT_FIELDS = [...USE_CASE_HEADLINE_FIELDS, ...CRITERION_IDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** For each column of the file, the field it fills, or null (ignored). */
export type ColumnMapping = (ImportField | null)[];

/** "Périmètre " -> "perimetre"; "Data & process maturity" -> "data process maturity". */
export function normaliseHeader(text: string): string {
  return plainLowerCase(text, ' ').trim();
}
