/**
 * "Down the list until the money runs out", the way a portfolio is usually picked: the use cases
 * in the decided order (those that must be in first), each taken with the prerequisites it still
 * lacks when all of them fit the budgets and the people of a wave, in the earliest wave with room
 * (never before a prerequisite); one that does not fit is skipped and the list goes on.
 */
import type { PortfolioInstance } from './portfolio-instance';
import { violationsOf, type ChosenUseCase } from './portfolio-model';

export interface GreedyPortfolio {
  chosen: ChosenUseCase[];
  /** False when a use case that must be in could not be placed. */
  feasible: boolean;
}

export function greedyPortfolio(instance: PortfolioInstance): GreedyPortfolio {
  const items = new Map(instance.items.map((i) => [i.id, i]));
  const needs = new Map<string, string[]>();
  for (const d of instance.dependencies)
    needs.set(d.useCaseId, [...(needs.get(d.useCaseId) ?? []), d.needsId]);
  const wave = new Map<string, number>();
  const peopleUsed = instance.wavePeople.map(() => 0);

  /** The use case after the prerequisites it still lacks (depth first, each once). */
  function group(id: string, seen = new Set<string>()): string[] {
    if (seen.has(id) || wave.has(id)) return [];
    seen.add(id);
    return [...(needs.get(id) ?? []).flatMap((n) => group(n, seen)), id];
  }

  function tryAdd(id: string): boolean {
    const members = group(id);
    const placed = new Map(wave);
    const used = [...peopleUsed];
    for (const member of members) {
      const people = items.get(member)?.people ?? 0;
      const earliest = Math.max(0, ...(needs.get(member) ?? []).map((n) => placed.get(n) ?? 0));
      const w = instance.wavePeople.findIndex(
        (limit, k) => k >= earliest && (limit === null || (used[k] ?? 0) + people <= limit),
      );
      if (w < 0) return false;
      placed.set(member, w);
      used[w] = (used[w] ?? 0) + people;
    }
    const plan = [...placed].map(([useCaseId, w]) => ({ useCaseId, wave: w }));
    if (violationsOf(instance, plan).some((v) => v.kind !== 'mustIn')) return false;
    for (const [member, w] of placed) wave.set(member, w);
    used.forEach((u, k) => (peopleUsed[k] = u));
    return true;
  }

  let feasible = true;
  for (const id of instance.mustIn) if (!wave.has(id) && !tryAdd(id)) feasible = false;
  for (const item of instance.items) if (!wave.has(item.id)) tryAdd(item.id);
  const chosen = instance.items.flatMap((item) => {
    const w = wave.get(item.id);
    return w === undefined ? [] : [{ useCaseId: item.id, wave: w }];
  });
  return { chosen, feasible };
}
