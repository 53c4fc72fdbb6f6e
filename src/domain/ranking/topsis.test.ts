import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, type CriterionId, type Weights } from '../schema/criterion';
import { kendallTau } from './kendall-tau';
import { secondOpinion, topsis, type RankedDecision } from './topsis';

/**
 * Published worked example: B. Sennaroğlu, "TOPSIS Example", Decision Analysis course (Fall 2009,
 * Marmara University), after K. P. Yoon and C.-L. Hwang, "Multiple Attribute Decision Making: An
 * Introduction", Sage, 1995. Three alternatives, two benefit criteria P and L with weights
 * k_P = 0.714 and k_L = 0.286, scores (17, 12), (10, 9), (8, 6). Its weighted normalised matrix
 * V (four decimals, as published): (0.5703, 0.2124), (0.3355, 0.1593), (0.2684, 0.1062).
 */
const EXAMPLE = [
  { id: 'A1', values: [17, 12] },
  { id: 'A2', values: [10, 9] },
  { id: 'A3', values: [8, 6] },
];
const PUBLISHED_V = [
  [0.5703, 0.2124],
  [0.3355, 0.1593],
  [0.2684, 0.1062],
];

describe('TOPSIS against a published worked example', () => {
  it('finds the published weighted normalised matrix', () => {
    const { weighted } = topsis(EXAMPLE, [0.714, 0.286]);
    weighted.forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(PUBLISHED_V[i]![j]!, 4)),
    );
  });

  it('takes the best and worst of each column as ideal and anti-ideal, and the closeness', () => {
    const result = topsis(EXAMPLE, [0.714, 0.286]);
    expect(result.ideal[0]).toBeCloseTo(0.5703, 4);
    expect(result.ideal[1]).toBeCloseTo(0.2124, 4);
    expect(result.antiIdeal[0]).toBeCloseTo(0.2684, 4);
    expect(result.antiIdeal[1]).toBeCloseTo(0.1062, 4);
    // By hand from the published V: A1 is the ideal (C = 1), A3 the anti-ideal (C = 0);
    // A2: D+ = sqrt(0.2348² + 0.0531²) = 0.24073, D- = sqrt(0.0671² + 0.0531²) = 0.08557,
    // C = 0.08557 / (0.24073 + 0.08557) = 0.2622.
    const [a1, a2, a3] = result.scores;
    expect(a1).toMatchObject({ id: 'A1', rank: 1, closeness: 1 });
    expect(a2!.toIdeal).toBeCloseTo(0.24073, 3);
    expect(a2!.toAntiIdeal).toBeCloseTo(0.08557, 3);
    expect(a2!.closeness).toBeCloseTo(0.2622, 3);
    expect(a2!.rank).toBe(2);
    expect(a3).toMatchObject({ id: 'A3', rank: 3, closeness: 0 });
  });

  it('takes the minimum as ideal for a criterion where less is better', () => {
    // The same V with L as a cost: A+ = (0.5703, 0.1062), A- = (0.2684, 0.2124).
    // A1: D+ = 0.1062, D- = 0.3019, C = 0.3019 / 0.4081 = 0.7398.
    // A2: D+ = sqrt(0.2348² + 0.0531²) = 0.24073, D- = sqrt(0.0671² + 0.0531²) = 0.08557, C = 0.2622.
    // A3: D+ = 0.3019, D- = 0.1062, C = 0.1062 / 0.4081 = 0.2602.
    const { scores } = topsis(EXAMPLE, [0.714, 0.286], [true, false]);
    expect(scores.map((s) => s.closeness)).toEqual([
      expect.closeTo(0.7398, 3),
      expect.closeTo(0.2622, 3),
      expect.closeTo(0.2602, 3),
    ]);
    expect(scores.map((s) => s.rank)).toEqual([1, 2, 3]);
  });

  it('uses only the ratios of the weights', () => {
    const a = topsis(EXAMPLE, [0.714, 0.286]).scores.map((s) => s.closeness);
    const b = topsis(EXAMPLE, [71.4, 28.6]).scores.map((s) => s.closeness);
    b.forEach((c, i) => expect(c).toBeCloseTo(a[i]!, 12));
  });

  it('calls every alternative ideal when all are alike', () => {
    const { scores } = topsis(
      [
        { id: 'x', values: [3, 3] },
        { id: 'y', values: [3, 3] },
      ],
      [1, 1],
    );
    expect(scores.map((s) => [s.closeness, s.rank])).toEqual([
      [1, 1],
      [1, 2],
    ]);
  });
});

function weightsOnly(ones: CriterionId[]): Weights {
  return Object.fromEntries(CRITERION_IDS.map((c) => [c, ones.includes(c) ? 1 : 0])) as Weights;
}

function valuesOf(fields: Partial<Record<CriterionId, number>>): Record<CriterionId, number> {
  return Object.fromEntries(CRITERION_IDS.map((c) => [c, fields[c] ?? 3])) as Record<
    CriterionId,
    number
  >;
}

describe('the second opinion on the weighted sum', () => {
  // Only strategic value and data maturity weigh (1 each). A = (5, 1), B = (3, 2.8).
  // Weighted sum: A = 25 * (3 - 1) = 50, B = 25 * (2.9 - 1) = 47.5: A first (ranks given below).
  // TOPSIS by hand: norms sqrt(34) = 5.8310 and sqrt(8.84) = 2.9732, w = 0.5 each;
  // vA = (0.42875, 0.16817), vB = (0.25725, 0.47087); A+ = (0.42875, 0.47087), A- = (0.25725, 0.16817);
  // A: D+ = 0.30270, D- = 0.17150, C = 0.3617; B: D+ = 0.17150, D- = 0.30270, C = 0.6383: B first.
  const decision: RankedDecision = {
    weights: weightsOnly(['strategicValue', 'dataMaturity']),
    ranked: [
      { id: 'a', title: 'A', rank: 1, values: valuesOf({ strategicValue: 5, dataMaturity: 1 }) },
      { id: 'b', title: 'B', rank: 2, values: valuesOf({ strategicValue: 3, dataMaturity: 2.8 }) },
    ],
  };

  it('ranks on the oriented scores with the same weights, and measures the agreement', () => {
    const opinion = secondOpinion(decision);
    expect(opinion.order.map((s) => [s.id, s.rank, s.weightedRank])).toEqual([
      ['b', 1, 2],
      ['a', 2, 1],
    ]);
    expect(opinion.order[0]!.closeness).toBeCloseTo(0.6383, 3);
    expect(opinion.order[1]!.closeness).toBeCloseTo(0.3617, 3);
    expect(opinion.tau).toBe(-1);
  });

  it('names the use cases that move and the criterion behind the move', () => {
    // A drops: it is farthest from the ideal on data maturity (0.30270, against 0 on value).
    // B rises: it is farthest from the anti-ideal on data maturity too.
    expect(secondOpinion(decision).movers).toEqual([
      { id: 'a', title: 'A', weightedRank: 1, topsisRank: 2, shift: -1, criterion: 'dataMaturity' },
      { id: 'b', title: 'B', weightedRank: 2, topsisRank: 1, shift: 1, criterion: 'dataMaturity' },
    ]);
  });

  it('orients a criterion where higher is worse before looking for the ideal', () => {
    // Complexity 1 (oriented 5) is the best: with only it and strategic value weighing,
    // A = (sv 4, complexity 1 -> 5) dominates B = (sv 3, complexity 5 -> 1).
    const oriented = secondOpinion({
      weights: weightsOnly(['strategicValue', 'technicalComplexity']),
      ranked: [
        {
          id: 'b',
          title: 'B',
          rank: 1,
          values: valuesOf({ strategicValue: 3, technicalComplexity: 5 }),
        },
        {
          id: 'a',
          title: 'A',
          rank: 2,
          values: valuesOf({ strategicValue: 4, technicalComplexity: 1 }),
        },
      ],
    });
    expect(oriented.order.map((s) => [s.id, s.closeness])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('agrees fully (tau = 1, no movers) when both orders are the same', () => {
    const same = secondOpinion({
      weights: weightsOnly([...CRITERION_IDS]),
      ranked: [
        { id: 'x', title: 'X', rank: 1, values: valuesOf({ strategicValue: 5 }) },
        { id: 'y', title: 'Y', rank: 2, values: valuesOf({}) },
        { id: 'z', title: 'Z', rank: 3, values: valuesOf({ strategicValue: 1 }) },
      ],
    });
    expect(same.tau).toBe(1);
    expect(same.movers).toEqual([]);
    expect(
      kendallTau(
        ['x', 'y', 'z'],
        same.order.map((s) => s.id),
      ),
    ).toBe(1);
  });
});
