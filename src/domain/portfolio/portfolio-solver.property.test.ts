/**
 * The solver's portfolio against brute force: on random instances of up to 18 use cases (one
 * wave: every subset, 2^n) and of up to 7 use cases over 2 or 3 waves (every assignment,
 * (waves + 1)^n), HiGHS's optimum equals the best feasible plan found by enumeration, its plan
 * respects every constraint, and the greedy pick is feasible and never better.
 */
import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyPortfolio } from './greedy-portfolio';
import type { PortfolioInstance } from './portfolio-instance';
import {
  HIGHS_OPTIONS,
  answerOfHighs,
  totalOf,
  violationsOf,
  type SolveLp,
} from './portfolio-model';
import { optimumOf } from './solve-portfolio';

let solve: SolveLp;
beforeAll(async () => {
  const highs = await loadHighs();
  solve = (lp) => answerOfHighs(highs.solve(lp, HIGHS_OPTIONS));
});

/** -1: left out; otherwise the wave. Written from the constraints' definitions, not the code's. */
function feasible(instance: PortfolioInstance, wave: readonly number[]): boolean {
  const { items } = instance;
  let oneOff = 0;
  let yearly = 0;
  const people = instance.wavePeople.map(() => 0);
  items.forEach((item, i) => {
    const w = wave[i] ?? -1;
    if (w < 0) return;
    oneOff += item.oneOff;
    yearly += item.yearly;
    people[w] = (people[w] ?? 0) + item.people;
  });
  if (instance.oneOffBudget !== null && oneOff > instance.oneOffBudget) return false;
  if (instance.yearlyBudget !== null && yearly > instance.yearlyBudget) return false;
  if (instance.wavePeople.some((limit, w) => limit !== null && (people[w] ?? 0) > limit))
    return false;
  const at = (id: string) => wave[items.findIndex((i) => i.id === id)] ?? -1;
  if (instance.mustIn.some((id) => at(id) < 0)) return false;
  return instance.dependencies.every((d) => {
    const b = at(d.useCaseId);
    const a = at(d.needsId);
    return b < 0 || (a >= 0 && a <= b);
  });
}

/** The best total over every assignment of each use case to "out" or a wave; null: none fits. */
function bruteForce(instance: PortfolioInstance): number | null {
  const n = instance.items.length;
  const choices = instance.wavePeople.length + 1;
  let best: number | null = null;
  const wave = new Array<number>(n).fill(-1);
  for (let code = 0; code < choices ** n; code++) {
    let rest = code;
    let total = 0;
    for (let i = 0; i < n; i++) {
      wave[i] = (rest % choices) - 1;
      rest = Math.floor(rest / choices);
      if ((wave[i] ?? -1) >= 0) total += instance.items[i]?.value ?? 0;
    }
    if ((best === null || total > best) && feasible(instance, wave)) best = total;
  }
  return best;
}

function instances(maxItems: number, waves: { min: number; max: number }, minItems = 1) {
  return fc
    .record({
      items: fc.array(
        fc.record({
          value: fc.integer({ min: 0, max: 100 }),
          oneOff: fc.integer({ min: 0, max: 100 }),
          yearly: fc.integer({ min: 0, max: 40 }),
          people: fc.integer({ min: 1, max: 4 }),
        }),
        { minLength: minItems, maxLength: maxItems },
      ),
      oneOffBudget: fc.option(fc.integer({ min: 0, max: 600 })),
      yearlyBudget: fc.option(fc.integer({ min: 0, max: 200 })),
      wavePeople: fc.array(fc.option(fc.integer({ min: 0, max: 12 })), {
        minLength: waves.min,
        maxLength: waves.max,
      }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
      must: fc.array(fc.nat(), { maxLength: 2 }),
    })
    .map(({ items, pairs, must, ...rest }): PortfolioInstance => {
      const n = items.length;
      const id = (k: number) => `u${k % n}`;
      return {
        ...rest,
        items: items.map((item, k) => ({ id: `u${k}`, ...item })),
        dependencies: pairs
          .filter(([b, a]) => b % n !== a % n)
          .map(([b, a]) => ({ useCaseId: id(b), needsId: id(a) })),
        mustIn: [...new Set(must.map(id))],
        ineligible: [],
      };
    });
}

function checkAgainstBruteForce(instance: PortfolioInstance): void {
  const best = bruteForce(instance);
  const chosen = optimumOf(instance, solve);
  const greedy = greedyPortfolio(instance);
  if (best === null) {
    expect(chosen).toBeNull();
    expect(greedy.feasible).toBe(false);
    return;
  }
  expect(chosen).not.toBeNull();
  if (!chosen) return;
  expect(totalOf(instance, chosen)).toBe(best);
  expect(violationsOf(instance, chosen)).toEqual([]);
  const wave = instance.items.map((i) => chosen.find((c) => c.useCaseId === i.id)?.wave ?? -1);
  expect(feasible(instance, wave)).toBe(true);
  if (greedy.feasible) {
    expect(violationsOf(instance, greedy.chosen)).toEqual([]);
    expect(totalOf(instance, greedy.chosen)).toBeLessThanOrEqual(best);
  }
}

describe('the portfolio solver against brute force', () => {
  it('finds the best subset of up to 18 use cases in one wave', () => {
    fc.assert(fc.property(instances(18, { min: 1, max: 1 }), checkAgainstBruteForce), {
      numRuns: 40,
    });
  });

  it('finds the best subset at full size (14 to 18 use cases)', () => {
    fc.assert(fc.property(instances(18, { min: 1, max: 1 }, 14), checkAgainstBruteForce), {
      numRuns: 5,
    });
  });

  it('finds the best assignment of up to 7 use cases to 2 or 3 waves', () => {
    fc.assert(fc.property(instances(7, { min: 2, max: 3 }), checkAgainstBruteForce), {
      numRuns: 60,
    });
  });
});
