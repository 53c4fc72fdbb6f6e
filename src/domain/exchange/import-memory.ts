import * as z from 'zod';
import { SCOPES, USE_CASE_STATUSES } from '../schema/use-case';
import { DUPLICATE_CHOICES } from './import-duplicates';
import { IMPORT_FIELDS, normaliseHeader } from './import-fields';
import { MAX_IMPORT_COLUMNS } from './csv';
import { MAX_DISTINCT_VALUES } from './import-values';

/** 32-bit FNV-1a of a text, as 8 hex digits (a key, not a secret). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The key under which the choices made for a set of headers are remembered: the normalised
 * headers, in order (so "Titre" and " titre " are one set; another order is another set).
 */
export function headerSetKey(headers: readonly string[]): string {
  const names = headers.map(normaliseHeader);
  return `listImport:${String(names.length)}:${fnv1a(names.join('\u001f'))}`;
}

const valueKey = z.string().max(200);
const valuesOf = <T extends readonly [string, ...string[]]>(ids: T) =>
  z
    .record(valueKey, z.enum(ids).nullable())
    .refine((r) => Object.keys(r).length <= MAX_DISTINCT_VALUES);

/** The choices remembered for a set of headers: columns, values, duplicates. */
export const rememberedImportSchema = z.strictObject({
  headers: z.array(z.string().max(200)).max(MAX_IMPORT_COLUMNS),
  columns: z.array(z.enum(IMPORT_FIELDS).nullable()).max(MAX_IMPORT_COLUMNS),
  values: z.strictObject({ scope: valuesOf(SCOPES), status: valuesOf(USE_CASE_STATUSES) }),
  duplicates: z.enum(DUPLICATE_CHOICES),
});
export type RememberedImport = z.infer<typeof rememberedImportSchema>;

/** What was remembered, when it is for these headers and still reads; null otherwise. */
export function readRemembered(text: unknown, headers: readonly string[]): RememberedImport | null {
  if (typeof text !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = rememberedImportSchema.safeParse(json);
  if (!parsed.success) return null;
  const same =
    parsed.data.columns.length === headers.length &&
    parsed.data.headers.map(normaliseHeader).join('\u001f') ===
      headers.map(normaliseHeader).join('\u001f');
  return same ? parsed.data : null;
}
