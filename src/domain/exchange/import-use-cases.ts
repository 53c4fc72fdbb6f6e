import { CRITERION_IDS, rawScoreSchema, type CriterionId } from '../schema/criterion';
import {
  SCOPES,
  USE_CASE_STATUSES,
  useCaseFormSchema,
  type Scope,
  type UseCaseForm,
  type UseCaseStatus,
} from '../schema/use-case';
import type { ImportedTable } from './parse-csv';

export const IMPORT_FIELDS = [
  'title',
  'description',
  'scope',
  'owner',
  'status',
  'tags',
  ...CRITERION_IDS,
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** For each column of the file, the field it fills, or null (ignored). */
export type ColumnMapping = (ImportField | null)[];

/** "Périmètre " -> "perimetre"; "Data & process maturity" -> "data process maturity". */
function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Headers recognised for each field, in French and English (normalised), with the ids. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  title: [
    'titre',
    'title',
    'nom',
    'name',
    'cas d usage',
    'use case',
    'use case name',
    'use case title',
    'nom du cas',
    'nom du cas d usage',
    'intitule',
    'libelle',
    'initiative',
    'project name',
    'nom du projet',
  ],
  description: ['description', 'summary', 'resume', 'details', 'detail', 'description du cas'],
  scope: ['perimetre', 'scope', 'portee', 'internal external', 'interne externe'],
  owner: [
    'responsable',
    'owner',
    'proprietaire',
    'porteur',
    'business owner',
    'sponsor',
    'pilote',
    'contact',
    'responsable metier',
  ],
  status: [
    'statut',
    'status',
    'etat',
    'stage',
    'stage of development',
    'development stage',
    'phase',
    'etape',
    'avancement',
    'stade',
  ],
  tags: [
    'etiquettes',
    'etiquette',
    'tags',
    'tag',
    'mots cles',
    'keywords',
    'labels',
    'categorie',
    'category',
  ],
  strategicValue: [
    'strategic business value',
    'valeur commerciale strategique',
    'strategic value',
    'valeur strategique',
  ],
  customerImpact: [
    'customer experience impact',
    'impact sur l experience client',
    'customer impact',
    'impact client',
  ],
  financialPotential: ['financial potential', 'potentiel financier'],
  dataMaturity: [
    'data process maturity',
    'maturite des donnees et des processus',
    'data maturity',
    'maturite des donnees',
  ],
  technicalComplexity: ['technical complexity', 'complexite technique'],
  brandImpact: ['brand impact', 'impact sur la marque', 'impact marque'],
  complianceRisk: [
    'compliance operational risk',
    'conformite et risques operationnels',
    'compliance risk',
    'risque de conformite',
  ],
  strategicAlignment: [
    'alignment with key initiatives',
    'alignement sur les initiatives cles',
    'strategic alignment',
    'alignement strategique',
  ],
};

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

const SCOPE_NAMES: Record<Scope, readonly string[]> = {
  internal: ['internal', 'interne', 'int'],
  external: [
    'external',
    'externe',
    'external customer',
    'externe client',
    'client',
    'customer',
    'ext',
  ],
};
const STATUS_NAMES: Record<UseCaseStatus, readonly string[]> = {
  idea: ['idea', 'idee'],
  qualified: ['qualified', 'qualifie'],
  scored: ['scored', 'evalue'],
  planned: ['planned', 'planifie'],
  inProgress: ['in progress', 'inprogress', 'en cours'],
  done: ['done', 'termine'],
  abandoned: ['abandoned', 'abandonne'],
};

function pick<T extends string>(
  text: string,
  names: Record<T, readonly string[]>,
  all: readonly T[],
): T | null {
  const name = normaliseHeader(text);
  return all.find((id) => names[id].includes(name)) ?? null;
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

export interface RowValidation {
  useCases: ImportedUseCase[];
  errors: RowError[];
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

/**
 * Checks every row against the use case schema with the chosen mapping, before anything is
 * written: returns the use cases to create and, for each wrong cell, its row, column and why.
 */
export function validateImportRows(table: ImportedTable, mapping: ColumnMapping): RowValidation {
  const fields = mapping.filter((f): f is ImportField => f !== null);
  const mappingProblem = !fields.includes('title')
    ? 'exchange.problem.noTitleColumn'
    : new Set(fields).size !== fields.length
      ? 'exchange.problem.fieldMappedTwice'
      : null;
  if (mappingProblem) return { useCases: [], errors: [], mappingProblem };
  const columnOf = (field: ImportField) => mapping.indexOf(field);
  const headerOf = (field: ImportField) => table.headers[columnOf(field)] ?? field;
  const useCases: ImportedUseCase[] = [];
  const errors: RowError[] = [];
  for (const [i, cells] of table.rows.entries()) {
    const row = i + 2;
    const cell = (field: ImportField) => {
      const at = columnOf(field);
      return at < 0 ? '' : (cells[at] ?? '');
    };
    const rowErrors: RowError[] = [];
    const scopeText = cell('scope');
    const scope = scopeText.trim() === '' ? 'internal' : pick(scopeText, SCOPE_NAMES, SCOPES);
    if (!scope)
      rowErrors.push({
        row,
        column: headerOf('scope'),
        key: 'exchange.problem.unknownScope',
        params: { value: scopeText },
      });
    const statusText = cell('status');
    const status =
      statusText.trim() === '' ? 'idea' : pick(statusText, STATUS_NAMES, USE_CASE_STATUSES);
    if (!status)
      rowErrors.push({
        row,
        column: headerOf('status'),
        key: 'exchange.problem.unknownStatus',
        params: { value: statusText },
      });
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
        const field = issue.path[0];
        const known = IMPORT_FIELDS.find((f) => f === field) ?? 'title';
        const key = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
        rowErrors.push({ row, column: headerOf(known), key });
      }
    }
    let scores: Record<CriterionId, number | null> | null = null;
    for (const id of CRITERION_IDS) {
      if (columnOf(id) < 0) continue;
      const result = parseScoreCell(cell(id));
      if ('error' in result) {
        rowErrors.push({
          row,
          column: headerOf(id),
          key: result.error,
          params: { value: cell(id) },
        });
      } else if (result.score !== null) {
        scores ??= Object.fromEntries(CRITERION_IDS.map((c) => [c, null])) as Record<
          CriterionId,
          number | null
        >;
        scores[id] = result.score;
      }
    }
    if (rowErrors.length) errors.push(...rowErrors);
    else if (parsed.success) useCases.push({ row, form: parsed.data, scores });
  }
  return { useCases, errors, mappingProblem: null };
}
