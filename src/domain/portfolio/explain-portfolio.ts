/**
 * Why each use case is in or out of a chosen portfolio: kept out before solving (not scored, no
 * cost, must be out...), in because it must be, because a chosen use case needs it, or for what it
 * adds; out because of the constraints it would break together with the prerequisites it lacks
 * (the binding constraints, and by how much), or because it adds nothing.
 */
import type { Ineligibility, PortfolioInstance } from './portfolio-instance';
import type { ChosenUseCase } from './portfolio-model';

export type Binding =
  { kind: 'oneOffBudget' | 'yearlyBudget'; shortBy: number } | { kind: 'people'; needed: number };

export type PortfolioReason =
  | {
      id: string;
      chosen: true;
      why: 'mustIn' | 'neededBy' | 'adds';
      wave: number;
      neededBy: string[];
    }
  | { id: string; chosen: false; why: Ineligibility }
  | { id: string; chosen: false; why: 'constraints'; binding: Binding[]; lacking: string[] }
  | { id: string; chosen: false; why: 'noValue' | 'outweighed' };

/** Totals a plan uses: budgets and people per wave. */
export interface PortfolioUse {
  oneOff: number;
  yearly: number;
  people: number[];
}

export function resourcesUsedBy(
  instance: PortfolioInstance,
  chosen: readonly ChosenUseCase[],
): PortfolioUse {
  const items = new Map(instance.items.map((i) => [i.id, i]));
  const use: PortfolioUse = { oneOff: 0, yearly: 0, people: instance.wavePeople.map(() => 0) };
  for (const c of chosen) {
    const item = items.get(c.useCaseId);
    if (!item) continue;
    use.oneOff += item.oneOff;
    use.yearly += item.yearly;
    use.people[c.wave] = (use.people[c.wave] ?? 0) + item.people;
  }
  return use;
}

export function explainPortfolio(
  instance: PortfolioInstance,
  chosen: readonly ChosenUseCase[],
): PortfolioReason[] {
  const wave = new Map(chosen.map((c) => [c.useCaseId, c.wave]));
  const items = new Map(instance.items.map((i) => [i.id, i]));
  const needs = new Map<string, string[]>();
  const neededBy = new Map<string, string[]>();
  for (const d of instance.dependencies) {
    needs.set(d.useCaseId, [...(needs.get(d.useCaseId) ?? []), d.needsId]);
    neededBy.set(d.needsId, [...(neededBy.get(d.needsId) ?? []), d.useCaseId]);
  }
  const mustIn = new Set(instance.mustIn);
  const use = resourcesUsedBy(instance, chosen);

  function lacking(id: string, seen = new Set<string>()): string[] {
    if (seen.has(id) || wave.has(id)) return [];
    seen.add(id);
    return [...(needs.get(id) ?? []).flatMap((n) => lacking(n, seen)), id];
  }

  const reasons = instance.items.map((item): PortfolioReason => {
    const w = wave.get(item.id);
    if (w !== undefined) {
      const by = (neededBy.get(item.id) ?? []).filter((id) => wave.has(id));
      const why = mustIn.has(item.id) ? 'mustIn' : by.length > 0 ? 'neededBy' : 'adds';
      return { id: item.id, chosen: true, why, wave: w, neededBy: by };
    }
    if (item.value <= 0) return { id: item.id, chosen: false, why: 'noValue' };
    const group = lacking(item.id);
    const extra = group.map((id) => items.get(id));
    const add = (pick: (i: NonNullable<(typeof extra)[number]>) => number) =>
      extra.reduce((s, i) => s + (i ? pick(i) : 0), 0);
    const binding: Binding[] = [];
    const budgets = [
      ['oneOffBudget', instance.oneOffBudget, use.oneOff + add((i) => i.oneOff)],
      ['yearlyBudget', instance.yearlyBudget, use.yearly + add((i) => i.yearly)],
    ] as const;
    for (const [kind, limit, total] of budgets)
      if (limit !== null && total > limit) binding.push({ kind, shortBy: total - limit });
    const earliest = Math.max(0, ...(needs.get(item.id) ?? []).map((n) => wave.get(n) ?? 0));
    const room = instance.wavePeople.some(
      (limit, k) =>
        k >= earliest && (limit === null || (use.people[k] ?? 0) + item.people <= limit),
    );
    if (!room) binding.push({ kind: 'people', needed: item.people });
    if (binding.length === 0) return { id: item.id, chosen: false, why: 'outweighed' };
    return { id: item.id, chosen: false, why: 'constraints', binding, lacking: group.slice(0, -1) };
  });
  return [
    ...reasons,
    ...instance.ineligible.map((x): PortfolioReason => ({
      id: x.id,
      chosen: false,
      why: x.reason,
    })),
  ];
}
