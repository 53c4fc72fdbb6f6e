import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, defaultWeights, type CriterionId, type Weights } from '../schema/criterion';
import { decisionInputOf, type ScoredItem } from '../../../test/fixtures/builders';
import { orientedUseCases, rawFromOriented } from '../../../test/fixtures/decision-builders';
import { decideWorkspace } from '../decision/decide-workspace';
import { weightStabilityIntervals } from './weight-stability';

/** The use cases' decision with these weights (thresholds 50/50, English titles). */
function decisionWith(inputs: readonly ScoredItem[], weights: Weights) {
  return decideWorkspace(decisionInputOf(inputs, weights));
}

function topOrder(inputs: readonly ScoredItem[], weights: Weights, k: number): string {
  return decisionWith(inputs, weights)
    .ranked.slice(0, k)
    .map((r) => r.id)
    .join(',');
}

describe('weightStabilityIntervals by hand', () => {
  // Oriented scores, criteria in canonical order (strategicValue first, customerImpact second).
  // A: sv 1, others 4 -> sum 29; B: sv 5, others 3 -> 26; C: all 3 -> 24. Weights all 1: A, B, C.
  const inputs: ScoredItem[] = orientedUseCases({
    a: [1, 4, 4, 4, 4, 4, 4, 4],
    b: [5, 3, 3, 3, 3, 3, 3, 3],
    c: [3, 3, 3, 3, 3, 3, 3, 3],
  });

  it('bounds strategicValue where A and B cross', () => {
    // K = 2. A vs B: d = 1 - 5 = -4, S = 7 * (4 - 3) = 7 -> 7 - 4x >= 0 -> x <= 1.75.
    // B vs C (C must stay out): d = 5 - 3 = 2, S = 0 -> 2x >= 0 -> x >= 0.
    const [sv, ci] = weightStabilityIntervals(decisionWith(inputs, defaultWeights()), 2);
    expect(sv).toEqual({ criterion: 'strategicValue', current: 1, min: 0, max: 1.75 });
    // customerImpact: A vs B: d = 1, S = -4 + 6 = 2 -> x >= -2; B vs C: d = 0. -> [0, inf).
    expect(ci).toEqual({ criterion: 'customerImpact', current: 1, min: 0, max: Infinity });
    // Check: strategicValue at 2 gives A 2 + 28 = 30 < B 10 + 21 = 31.
    expect(topOrder(inputs, { ...defaultWeights(), strategicValue: 2 }, 2)).toBe('b,a');
    expect(topOrder(inputs, { ...defaultWeights(), strategicValue: 1.7 }, 2)).toBe('a,b');
  });

  it('with K = 1 keeps only the leader in front of everyone', () => {
    // A vs B: x <= 1.75; A vs C: d = 1 - 3 = -2, S = 7 -> x <= 3.5. So [0, 1.75].
    const [sv] = weightStabilityIntervals(decisionWith(inputs, defaultWeights()), 1);
    expect(sv).toMatchObject({ min: 0, max: 1.75 });
  });

  it('gives [0, inf) everywhere when fewer than two use cases are ranked', () => {
    const one = weightStabilityIntervals(decisionWith(inputs.slice(0, 1), defaultWeights()), 5);
    expect(one.every((i) => i.min === 0 && i.max === Infinity)).toBe(true);
    expect(one.map((i) => i.criterion)).toEqual([...CRITERION_IDS]);
  });
});

const scoreArb = fc.integer({ min: 2, max: 10 }).map((x) => x / 2); // 1, 1.5, ..., 5 (means)
const useCaseArb = fc.array(scoreArb, { minLength: 8, maxLength: 8 });
const weightsArb = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 8, maxLength: 8 })
  .map((ws) => {
    const w = Object.fromEntries(CRITERION_IDS.map((id, i) => [id, ws[i] as number])) as Weights;
    // Each axis needs a positive weight (SCORING.md section 3).
    if (
      w.strategicValue +
        w.customerImpact +
        w.financialPotential +
        w.brandImpact +
        w.strategicAlignment ===
      0
    )
      w.strategicValue = 1;
    if (w.dataMaturity + w.technicalComplexity + w.complianceRisk === 0) w.dataMaturity = 1;
    return w;
  });

describe('weightStabilityIntervals against brute force (fast-check)', () => {
  it('keeps the top-K order strictly inside the interval and changes it strictly outside', () => {
    fc.assert(
      fc.property(
        fc.array(useCaseArb, { minLength: 2, maxLength: 7 }),
        weightsArb,
        fc.integer({ min: 1, max: 4 }),
        (scores, weights, k) => {
          const inputs = scores.map((o, i) => ({
            id: `u${i}`,
            title: `T${i}`,
            values: rawFromOriented(o),
          }));
          // Exact ties (equal sum of w * o: exact here, halves times small integers) are decided
          // by rounding noise in the decision once a weight becomes fractional: leave them out.
          const sums = scores.map((o) =>
            CRITERION_IDS.reduce((s, id, i) => s + weights[id] * (o[i] as number), 0),
          );
          fc.pre(new Set(sums).size === sums.length);
          const expected = topOrder(inputs, weights, k);
          for (const interval of weightStabilityIntervals(decisionWith(inputs, weights), k)) {
            const criterion: CriterionId = interval.criterion;
            const { min, max } = interval;
            expect(min).toBeLessThanOrEqual(interval.current);
            expect(max).toBeGreaterThanOrEqual(interval.current);
            const end = Number.isFinite(max)
              ? max * 1.5 + 2
              : Math.max(min, interval.current) * 3 + 10;
            const margin = 1e-6 * (1 + end);
            // A coarse grid over [0, end] plus the points just inside and just outside each bound.
            const grid = Array.from({ length: 25 }, (_, step) => (end * step) / 24);
            const near = [min, max]
              .filter(Number.isFinite)
              .flatMap((b) => [b - 10 * margin, b + 10 * margin]);
            for (const x of [...grid, ...near]) {
              if (x < 0) continue;
              const inside = x > min + margin && x < max - margin;
              const outside = x < min - margin || x > max + margin;
              if (!inside && !outside) continue;
              const order = topOrder(inputs, { ...weights, [criterion]: x }, k);
              if (inside) expect(order).toBe(expected);
              else expect(order).not.toBe(expected);
            }
          }
        },
      ),
      { numRuns: 50 },
    );
  }, 60_000);
});
