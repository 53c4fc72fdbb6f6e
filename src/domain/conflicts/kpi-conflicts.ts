import type { UseCase } from '../schema/use-case';
import type { Kpi } from '../schema/workspace';

export interface ConflictSide {
  useCaseId: string;
  kpiId: string;
  departmentId: string | null;
  effect: 'increase' | 'decrease';
  /** The effect moves the KPI in its good direction. */
  improves: boolean;
}

export interface KpiConflict {
  /** Stable: the kind and the sorted sides, e.g. "opposingPush|uc1:kpi1:increase|uc2:kpi1:decrease". */
  key: string;
  kind: 'crossDepartment' | 'opposingPush';
  /** Sorted by use case id, then KPI id, then effect. */
  sides: ConflictSide[];
}

type Effects = Pick<UseCase, 'id' | 'kpiEffects'>;

function sideKey(side: ConflictSide): string {
  return `${side.useCaseId}:${side.kpiId}:${side.effect}`;
}

/**
 * A conflict's key with its use case and KPI ids renamed by `ids` (a workspace copied with fresh
 * ids): its sides re-sorted as conflictOf sorts them, so that it is the copy's conflict's key.
 * Ids may hold ':', so a side is cut where a renamed use case id ends; a side of ids that are
 * not renamed is kept as it was.
 */
export function remapConflictKey(key: string, ids: ReadonlyMap<string, string>): string {
  const [kind = '', ...sides] = key.split('|');
  const renamed = sides.map((side) => {
    const cut = side.lastIndexOf(':');
    if (cut < 0) return side;
    const pair = side.slice(0, cut);
    for (const [from, to] of ids) {
      if (!pair.startsWith(`${from}:`)) continue;
      const kpiId = ids.get(pair.slice(from.length + 1));
      if (kpiId !== undefined) return `${to}:${kpiId}${side.slice(cut)}`;
    }
    return side;
  });
  return [kind, ...renamed.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))].join('|');
}

function conflictOf(kind: KpiConflict['kind'], sides: ConflictSide[]): KpiConflict {
  const sorted = [...sides].sort((a, b) =>
    sideKey(a) < sideKey(b) ? -1 : sideKey(a) > sideKey(b) ? 1 : 0,
  );
  return { key: [kind, ...sorted.map(sideKey)].join('|'), kind, sides: sorted };
}

const NO_SIDES: readonly ConflictSide[] = [];

/** The sides of a use case's effects on known KPIs, without duplicates. */
function sidesOf(useCase: Effects, kpis: ReadonlyMap<string, Kpi>): readonly ConflictSide[] {
  // Most use cases of a large inventory name no KPI: nothing to build for them.
  if (useCase.kpiEffects.length === 0) return NO_SIDES;
  const seen = new Set<string>();
  const sides: ConflictSide[] = [];
  for (const { kpiId, effect } of useCase.kpiEffects) {
    const kpi = kpis.get(kpiId);
    if (!kpi) continue;
    const side: ConflictSide = {
      useCaseId: useCase.id,
      kpiId,
      departmentId: kpi.departmentId,
      effect,
      improves: (effect === 'increase') === (kpi.direction === 'up'),
    };
    const key = sideKey(side);
    if (seen.has(key)) continue;
    seen.add(key);
    sides.push(side);
  }
  return sides;
}

/**
 * The pairs of sides of one group (use case ids) that push a KPI in opposite directions, each
 * pair of two different use cases once: the sides are bucketed by KPI and effect, so that a
 * wave of thousands costs its sides and the pairs found, not every pair of its members.
 */
function opposingPairs(
  group: readonly string[],
  sidesById: ReadonlyMap<string, readonly ConflictSide[]>,
  add: (conflict: KpiConflict) => void,
): void {
  const byKpi = new Map<string, { increase: ConflictSide[]; decrease: ConflictSide[] }>();
  for (const id of new Set(group)) {
    for (const side of sidesById.get(id) ?? NO_SIDES) {
      let pushes = byKpi.get(side.kpiId);
      if (!pushes) byKpi.set(side.kpiId, (pushes = { increase: [], decrease: [] }));
      pushes[side.effect].push(side);
    }
  }
  for (const { increase, decrease } of byKpi.values()) {
    for (const up of increase) {
      for (const down of decrease) {
        if (up.useCaseId !== down.useCaseId) add(conflictOf('opposingPush', [up, down]));
      }
    }
  }
}

/**
 * PRODUCT.md idea 6. (a) crossDepartment: one use case improves a KPI of one department and
 * degrades a KPI of another (both KPIs with a department): one conflict per such pair of effects.
 * (b) opposingPush: two use cases of the same group (the top K; each roadmap wave) push the same
 * KPI in opposite directions: one conflict per pair and KPI, however many groups hold them.
 * Effects on unknown KPIs are ignored. Sorted by key.
 */
export function detectKpiConflicts(input: {
  kpis: readonly Kpi[];
  useCases: readonly Effects[];
  groups: readonly (readonly string[])[];
}): KpiConflict[] {
  const kpis = new Map(input.kpis.map((k) => [k.id, k]));
  const sidesById = new Map(input.useCases.map((u) => [u.id, sidesOf(u, kpis)]));
  const found = new Map<string, KpiConflict>();
  const add = (conflict: KpiConflict) => {
    if (!found.has(conflict.key)) found.set(conflict.key, conflict);
  };

  for (const sides of sidesById.values()) {
    for (const good of sides) {
      if (!good.improves || good.departmentId === null) continue;
      for (const bad of sides) {
        if (bad.improves || bad.departmentId === null) continue;
        if (bad.departmentId !== good.departmentId) add(conflictOf('crossDepartment', [good, bad]));
      }
    }
  }

  for (const group of input.groups) opposingPairs(group, sidesById, add);
  return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The conflicts that no arbitration (kpiArbitration.conflictKey) has closed yet. */
export function openConflicts(
  conflicts: readonly KpiConflict[],
  arbitratedKeys: ReadonlySet<string>,
): KpiConflict[] {
  return conflicts.filter((c) => !arbitratedKeys.has(c.key));
}
