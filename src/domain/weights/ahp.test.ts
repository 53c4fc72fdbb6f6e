import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../schema/criterion';
import {
  SAATY_RANDOM_INDEX,
  buildPairwiseMatrix,
  deriveAhpWeights,
  mostInconsistentJudgments,
  weightsFromJudgments,
  workspaceWeightsFromJudgments,
} from './ahp';

const r = (x: number) => 1 / x;

describe('deriveAhpWeights against published worked examples', () => {
  it("Saaty (1990), 'How to make a decision: the Analytic Hierarchy Process', EJOR 48, 9-26, table 2 (house)", () => {
    // Criteria: size, transportation, neighbourhood, age, yard, modern facilities, condition,
    // financing. Matrix as published (a_37 = 6 is the paper's own inconsistent judgment).
    const house = [
      [1, 5, 3, 7, 6, 6, r(3), r(4)],
      [r(5), 1, r(3), 5, 3, 3, r(5), r(7)],
      [r(3), 3, 1, 6, 3, 4, 6, r(5)],
      [r(7), r(5), r(6), 1, r(3), r(4), r(7), r(8)],
      [r(6), r(3), r(3), 3, 1, r(2), r(5), r(6)],
      [r(6), r(3), r(4), 4, 2, 1, r(5), r(6)],
      [3, 5, r(6), 7, 5, 5, 1, r(2)],
      [4, 7, 5, 8, 6, 6, 2, 1],
    ];
    const result = deriveAhpWeights(house);
    // Published: priorities .173 .054 .188 .018 .031 .036 .167 .333;
    // lambda_max = 9.669, C.I. = .238, C.R. = .169 (three decimals: tolerance 0.0005).
    const published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
    published.forEach((p, i) => expect(result.weights[i]).toBeCloseTo(p, 3));
    expect(result.lambdaMax).toBeCloseTo(9.669, 3);
    expect(result.ci).toBeCloseTo(0.238, 3);
    expect(result.cr).toBeCloseTo(0.169, 3);
    expect(result.randomIndex).toBe(1.41);
    expect(result.consistent).toBe(false);
  });

  it("Saaty (2008), 'Decision making with the analytic hierarchy process', Int. J. Services Sciences 1(1), 83-98 (drinks)", () => {
    const ids = ['coffee', 'wine', 'tea', 'beer', 'soda', 'milk', 'water'];
    const judgments = [
      { a: 'coffee', b: 'wine', value: 9 },
      { a: 'coffee', b: 'tea', value: 5 },
      { a: 'coffee', b: 'beer', value: 2 },
      { a: 'coffee', b: 'soda', value: 1 },
      { a: 'coffee', b: 'milk', value: 1 },
      { a: 'water', b: 'coffee', value: 2 },
      { a: 'tea', b: 'wine', value: 3 },
      { a: 'beer', b: 'wine', value: 9 },
      { a: 'beer', b: 'tea', value: 3 },
      { a: 'beer', b: 'milk', value: 1 },
      { a: 'soda', b: 'wine', value: 9 },
      { a: 'soda', b: 'tea', value: 4 },
      { a: 'soda', b: 'beer', value: 2 },
      { a: 'soda', b: 'milk', value: 2 },
      { a: 'milk', b: 'wine', value: 9 },
      { a: 'milk', b: 'tea', value: 3 },
      { a: 'water', b: 'wine', value: 9 },
      { a: 'water', b: 'tea', value: 9 },
      { a: 'water', b: 'beer', value: 3 },
      { a: 'water', b: 'soda', value: 2 },
      { a: 'water', b: 'milk', value: 3 },
    ];
    const result = deriveAhpWeights(buildPairwiseMatrix(ids, judgments));
    // Published derived priorities: coffee .177, wine .019, tea .042, beer .116, sodas .190,
    // milk .129, water .327.
    const published = [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327];
    published.forEach((p, i) => expect(result.weights[i]).toBeCloseTo(p, 3));
    expect(result.consistent).toBe(true);
  });
});

describe('deriveAhpWeights by hand', () => {
  it('gives back w from a perfectly consistent matrix, with lambda = n and CI = CR = 0', () => {
    // w = (0.4, 0.3, 0.2, 0.1): a_ij = w_i / w_j, e.g. a_12 = 4/3, a_14 = 4, a_34 = 2.
    const w = [0.4, 0.3, 0.2, 0.1];
    const matrix = w.map((wi) => w.map((wj) => wi / wj));
    const result = deriveAhpWeights(matrix);
    w.forEach((x, i) => expect(result.weights[i]).toBeCloseTo(x, 12));
    expect(result.lambdaMax).toBeCloseTo(4, 10);
    expect(result.ci).toBe(0);
    expect(result.cr).toBe(0);
    expect(result.consistent).toBe(true);
  });

  it('has CI = CR = 0 for n <= 2 whatever the judgment', () => {
    // [[1, 9], [1/9, 1]] is always consistent: w = (9/10, 1/10).
    const result = deriveAhpWeights([
      [1, 9],
      [r(9), 1],
    ]);
    expect(result.weights[0]).toBeCloseTo(0.9, 12);
    expect(result.ci).toBe(0);
    expect(result.cr).toBe(0);
    expect(result.randomIndex).toBe(0);
  });

  it('flags a planted reversed judgment: CR >= 0.1 and that pair listed first', () => {
    // Consistent base w = (8, 4, 2, 1)/15, except a vs d typed the wrong way round: 1/8 instead of 8.
    const ids = ['a', 'b', 'c', 'd'];
    const matrix = buildPairwiseMatrix(ids, [
      { a: 'a', b: 'b', value: 2 },
      { a: 'a', b: 'c', value: 4 },
      { a: 'a', b: 'd', value: r(8) },
      { a: 'b', b: 'c', value: 2 },
      { a: 'b', b: 'd', value: 4 },
      { a: 'c', b: 'd', value: 2 },
    ]);
    const result = deriveAhpWeights(matrix);
    expect(result.cr).toBeGreaterThanOrEqual(0.1);
    expect(result.consistent).toBe(false);
    const worst = mostInconsistentJudgments(ids, matrix, result.weights, 3);
    expect(worst).toHaveLength(3);
    expect(worst[0]).toMatchObject({ a: 'a', b: 'd', value: r(8) });
    // deviation = |ln(value * w_b / w_a)| = |ln(value / implied)|
    const first = worst[0];
    expect(first?.deviation).toBeCloseTo(
      Math.abs(Math.log((first?.value ?? 1) / (first?.implied ?? 1))),
      12,
    );
    expect(worst[0]?.deviation).toBeGreaterThan(worst[1]?.deviation ?? Infinity);
  });
});

describe('buildPairwiseMatrix', () => {
  it('puts 1 on the diagonal, the reciprocal below, and 1 for missing pairs', () => {
    const m = buildPairwiseMatrix(
      ['x', 'y', 'z'],
      [
        { a: 'y', b: 'x', value: 5 },
        { a: 'x', b: 'unknown', value: 3 },
      ],
    );
    expect(m).toEqual([
      [1, 1 / 5, 1],
      [5, 1, 1],
      [1, 1, 1],
    ]);
  });
});

describe('weightsFromJudgments', () => {
  it('derives the eight criterion weights', () => {
    // strategicValue twice as important as every other criterion, the rest equal: consistent,
    // w = (2, 1, 1, 1, 1, 1, 1, 1) / 9.
    const judgments = CRITERION_IDS.filter((id) => id !== 'strategicValue').map((b) => ({
      a: 'strategicValue',
      b,
      value: 2,
    }));
    const { weights, result } = weightsFromJudgments(judgments);
    expect(weights.strategicValue).toBeCloseTo(2 / 9, 12);
    expect(weights.complianceRisk).toBeCloseTo(1 / 9, 12);
    expect(result.randomIndex).toBe(1.41);
    expect(result.cr).toBeCloseTo(0, 12);
  });

  it('gives the workspace weights at full precision: 16/9 and 8/9, not 1.7778 and 0.8889', () => {
    // Same answers: w = (2, 1, ..., 1) / 9, times 8 criteria = 16/9 = 1.777... and 8/9 = 0.888...
    const judgments = CRITERION_IDS.filter((id) => id !== 'strategicValue').map((b) => ({
      a: 'strategicValue',
      b,
      value: 2,
    }));
    const { weights } = workspaceWeightsFromJudgments(judgments);
    expect(weights.strategicValue).toBeCloseTo(16 / 9, 12);
    expect(weights.brandImpact).toBeCloseTo(8 / 9, 12);
    // Not cut to four decimals (what was stored before): 1.7778 is 2.2e-5 away.
    expect(Math.abs(weights.strategicValue - 1.7778)).toBeGreaterThan(1e-5);
  });

  it("exposes Saaty's RI table for n = 1..10", () => {
    expect(SAATY_RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });
});
