import type { AuditEntry } from '../schema/audit-entry';
import { CRITERION_IDS } from '../schema/criterion';

/** The names of a workspace's records, to show names instead of ids in its audit trail. */
export interface AuditNames {
  useCases: ReadonlyMap<string, string>;
  participants: ReadonlyMap<string, string>;
  departments: ReadonlyMap<string, string>;
  kpis: ReadonlyMap<string, string>;
  workflows: ReadonlyMap<string, string>;
  steps: ReadonlyMap<string, string>;
  waves: ReadonlyMap<string, string>;
  /** The use case each decision is about. */
  decisionUseCase: ReadonlyMap<string, string>;
}

/** A value of an audit entry, as data; the UI phrases it (message keys, Intl). */
export type AuditValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'money'; value: number; currency: string }
  | { kind: 'percent'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'dateTime'; iso: string }
  | { kind: 'yesNo'; value: boolean }
  /** An enumerated value: its message key, and the raw value should the key be missing. */
  | { kind: 'key'; key: string; raw: string }
  /** A record that no longer exists (deleted since). */
  | { kind: 'removed' }
  | { kind: 'score'; score: number | null; rationale: string }
  | { kind: 'list'; items: AuditValue[] }
  | { kind: 'group'; fields: AuditField[] };

/** A field of an audit entry: its label's message key, and its value. */
export interface AuditField {
  label: string;
  value: AuditValue;
}

/** Technical fields a reader of the trail has no use for. */
const HIDDEN = new Set(['id', 'workspaceId', 'useCaseId', 'createdAt', 'updatedAt']);
const CRITERIA: ReadonlySet<string> = new Set(CRITERION_IDS);
const MONEY = new Set(['hourlyCost', 'yearlyRevenueUplift', 'oneOffCost', 'yearlyRunningCost']);
const DATES = new Set(['reviewDate', 'startDate', 'endDate']);
const DATE_TIMES = new Set(['scoresRevealedAt', 'importedFrom', 'at', 'revealedAt']);
/** Enumerated fields and the prefix of their values' message keys. */
const ENUMS: Record<string, string> = {
  status: 'status.',
  scope: 'scope.',
  action: 'audit.overrideAction.',
  automationLevel: 'qualification.level.',
  direction: 'auditTrail.value.direction.',
  aggregation: 'auditTrail.value.aggregation.',
  effect: 'auditTrail.value.effect.',
  kind: 'auditTrail.value.kind.',
  roadmapMode: 'auditTrail.value.roadmapMode.',
  language: 'auditTrail.value.language.',
};
/** Fields holding ids, and where their names are. */
const REFERENCES: Record<string, keyof AuditNames> = {
  participantId: 'participants',
  departmentId: 'departments',
  kpiId: 'kpis',
  kpiIds: 'kpis',
  workflowId: 'workflows',
  stepId: 'steps',
  stepIds: 'steps',
  waveId: 'waves',
  suggestedWaveId: 'waves',
};
/** Fields whose label is not in the shared fields.* catalogue. */
const OWN_LABELS = new Set(['participantId', 'importedFrom', 'revealedAt', 'language', 'at']);

/** The message key of a field's label. */
function auditFieldLabel(key: string): string {
  if (CRITERIA.has(key)) return `criteria.${key}.label`;
  return OWN_LABELS.has(key) ? `auditTrail.field.${key}` : `fields.${key}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeValue(
  key: string,
  v: unknown,
  names: AuditNames,
  context: { currency: string | null },
): AuditValue {
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  const reference = REFERENCES[key];
  if (reference) {
    const ids = Array.isArray(v) ? v : [v];
    if (ids.length === 0) return { kind: 'empty' };
    const items = ids.map((id): AuditValue => {
      const name = typeof id === 'string' ? names[reference].get(id) : undefined;
      return name === undefined ? { kind: 'removed' } : { kind: 'text', text: name };
    });
    return Array.isArray(v) ? { kind: 'list', items } : items[0]!;
  }
  if (typeof v === 'boolean') return { kind: 'yesNo', value: v };
  if (typeof v === 'number') {
    if (MONEY.has(key) && context.currency)
      return { kind: 'money', value: v, currency: context.currency };
    if (key === 'adoptionRate') return { kind: 'percent', value: v };
    return { kind: 'number', value: v };
  }
  if (typeof v === 'string') {
    if (DATES.has(key)) return { kind: 'date', iso: v };
    if (DATE_TIMES.has(key)) return { kind: 'dateTime', iso: v };
    const prefix = ENUMS[key];
    return prefix ? { kind: 'key', key: `${prefix}${v}`, raw: v } : { kind: 'text', text: v };
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return { kind: 'empty' };
    return { kind: 'list', items: v.map((x) => describeValue(key, x, names, context)) };
  }
  if (isRecord(v)) {
    if ('score' in v && (typeof v.score === 'number' || v.score === null)) {
      return {
        kind: 'score',
        score: v.score,
        rationale: typeof v.rationale === 'string' ? v.rationale : '',
      };
    }
    const fields = describeFields(v, names, context).filter((f) => f.value.kind !== 'empty');
    return fields.length ? { kind: 'group', fields } : { kind: 'empty' };
  }
  return { kind: 'text', text: JSON.stringify(v) };
}

function describeFields(
  record: Record<string, unknown>,
  names: AuditNames,
  outer: { currency: string | null },
): AuditField[] {
  // Amounts of a financial estimate are in its own currency.
  const context = {
    currency: typeof record.currency === 'string' ? record.currency : outer.currency,
  };
  return Object.entries(record)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => ({ label: auditFieldLabel(k), value: describeValue(k, v, names, context) }));
}

/** One side (before or after) of an audit entry, field by field, names instead of ids. */
export function describeAuditSide(value: AuditEntry['before'], names: AuditNames): AuditField[] {
  if (value === null) return [];
  if (!isRecord(value)) {
    return [
      {
        label: 'auditTrail.field.value',
        value: describeValue('', value, names, { currency: null }),
      },
    ];
  }
  return describeFields(value, names, { currency: null });
}

/** The use case an entry is about (its record, its scores, a decision about it), or null. */
export function useCaseOfEntry(entry: AuditEntry, names: AuditNames): string | null {
  return useCaseOfDecisionEntry(entry, names.decisionUseCase);
}

/** The same, knowing only the use case each decision is about (`AuditNames.decisionUseCase`). */
export function useCaseOfDecisionEntry(
  entry: AuditEntry,
  decisionUseCase: ReadonlyMap<string, string>,
): string | null {
  if (entry.entityType === 'useCase' || entry.entityType === 'scorecard') return entry.entityId;
  if (entry.entityType === 'decision') {
    const known = decisionUseCase.get(entry.entityId);
    if (known) return known;
    for (const side of [entry.after, entry.before]) {
      if (isRecord(side) && typeof side.useCaseId === 'string') return side.useCaseId;
    }
  }
  return null;
}

/** What the trail can be narrowed to; null: any. */
export interface AuditFilter {
  useCaseId: string | null;
  actor: string | null;
  entityType: AuditEntry['entityType'] | null;
}

/** The entries that match the filter, in their order. */
export function filterAuditEntries(
  entries: readonly AuditEntry[],
  filter: AuditFilter,
  names: AuditNames,
): AuditEntry[] {
  return entries.filter(
    (e) =>
      (filter.actor === null || e.actor === filter.actor) &&
      (filter.entityType === null || e.entityType === filter.entityType) &&
      (filter.useCaseId === null || useCaseOfEntry(e, names) === filter.useCaseId),
  );
}

/** The people who appear in the trail (each entry's actor, in any order), sorted by name. */
export function auditActors(actors: Iterable<string>, locale: string): string[] {
  return [...new Set(actors)].sort((a, b) => a.localeCompare(b, locale));
}
