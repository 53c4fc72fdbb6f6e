import type { KpiConflict } from '../conflicts/kpi-conflicts';
import type { RankedUseCase } from '../ranking/rank-use-cases';
import type { CriterionId } from '../schema/criterion';
import type { Override } from '../schema/decision';
import type { Wave } from '../schema/roadmap';
import type { UseCase } from '../schema/use-case';
import type { Department, Kpi } from '../schema/workspace';

export type ExceptionKind =
  | 'kpiConflict'
  | 'unclearPlacedHigh'
  | 'unresolvedDivergence'
  | 'overrideWithoutReviewDate'
  | 'reviewDue';

export interface OpenException {
  /** `${kind}:${ref}`, unique in the list. */
  key: string;
  kind: ExceptionKind;
  /** A named human; '' if nobody (the UI then says "no owner"). */
  owner: string;
  useCaseIds: string[];
  /** kpiConflict: the conflict key; unclearPlacedHigh: the use case id;
   *  unresolvedDivergence: `${useCaseId}:${criterion}`; overrideWithoutReviewDate: the override id;
   *  reviewDue: `${useCaseId}:${reviewDate}`. */
  ref: string;
}

export interface DivergenceItem {
  useCaseId: string;
  criterion: CriterionId;
  spread: number;
  resolved: boolean;
}

/** The first wave: the lowest position (ties: the first listed). */
function firstWave(waves: readonly Wave[]): Wave | null {
  let first: Wave | null = null;
  for (const wave of waves) if (!first || wave.position < first.position) first = wave;
  return first;
}

function exception(
  kind: ExceptionKind,
  ref: string,
  owner: string,
  useCaseIds: string[],
): OpenException {
  return { key: `${kind}:${ref}`, kind, owner, useCaseIds, ref };
}

/**
 * Issue 5 item 7: every open item that needs a human, with its owner. Pass the open conflicts
 * (openConflicts) and the active overrides. Owners:
 * - KPI conflict: the owner of the first side's use case that has one (sides in key order),
 *   else the name of the department of the first side's KPI that has one, else '';
 * - unclear use case placed high (not clear, and in the top K or the first wave): its owner;
 * - unresolved divergence (spread >= 2, not resolved): the use case's owner;
 * - active override without a review date: the override's owner, else its author;
 * - hypothesis review due (issue 19): a use case neither done nor abandoned whose success
 *   measure's review date is `today` or earlier: its owner. `today` (YYYY-MM-DD) is the caller's
 *   clock; without it, no review is due.
 * Ordered by kind in that order, then in the order of the input.
 */
export function listOpenExceptions(input: {
  useCases: readonly UseCase[];
  ranked: readonly RankedUseCase[];
  k: number;
  /** The decision function's result per use case (WorkspaceDecision.byId): whether its clarity
   *  gate is met is read there, not worked out again. */
  decided: ReadonlyMap<string, { clarity: { clear: boolean } }>;
  conflicts: readonly KpiConflict[];
  divergences: readonly DivergenceItem[];
  overrides: readonly Override[];
  waves: readonly Wave[];
  kpis: readonly Kpi[];
  departments: readonly Department[];
  today?: string;
}): OpenException[] {
  const useCases = new Map(input.useCases.map((u) => [u.id, u]));
  const ownerOf = (id: string) => useCases.get(id)?.owner.trim() ?? '';
  const kpis = new Map(input.kpis.map((k) => [k.id, k]));
  const departments = new Map(input.departments.map((d) => [d.id, d.name]));
  const list: OpenException[] = [];

  for (const conflict of input.conflicts) {
    const ids = [...new Set(conflict.sides.map((s) => s.useCaseId))];
    const byUseCase = ids.map(ownerOf).find((owner) => owner !== '');
    const byDepartment = conflict.sides
      .map((s) => departments.get(kpis.get(s.kpiId)?.departmentId ?? s.departmentId ?? ''))
      .find((name) => name !== undefined);
    list.push(exception('kpiConflict', conflict.key, byUseCase ?? byDepartment ?? '', ids));
  }

  const high = new Set([
    ...input.ranked.slice(0, Math.max(0, input.k)).map((r) => r.id),
    ...(firstWave(input.waves)?.useCaseIds ?? []),
  ]);
  for (const useCase of input.useCases) {
    if (high.has(useCase.id) && input.decided.get(useCase.id)?.clarity.clear === false) {
      list.push(exception('unclearPlacedHigh', useCase.id, ownerOf(useCase.id), [useCase.id]));
    }
  }

  for (const d of input.divergences) {
    if (d.spread < 2 || d.resolved) continue;
    const ref = `${d.useCaseId}:${d.criterion}`;
    list.push(exception('unresolvedDivergence', ref, ownerOf(d.useCaseId), [d.useCaseId]));
  }

  for (const o of input.overrides) {
    if (o.withdrawnAt !== null || o.reviewDate !== null) continue;
    const owner = o.owner.trim() || o.author.trim();
    list.push(exception('overrideWithoutReviewDate', o.id, owner, [o.useCaseId]));
  }

  const today = input.today;
  if (today)
    for (const u of input.useCases) {
      const due = u.successMeasure.reviewDate;
      if (due === null || due > today || u.status === 'done' || u.status === 'abandoned') continue;
      list.push(exception('reviewDue', `${u.id}:${due}`, ownerOf(u.id), [u.id]));
    }
  return list;
}
