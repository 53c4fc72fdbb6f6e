import { describe, expect, it } from 'vitest';
import { EXAMPLE_A, everyCriterion } from '../../../test/fixtures/decision-builders';
import { defaultWeights, type Weights } from '../schema/criterion';
import {
  contributionsOf,
  orientScore,
  scoreUseCase,
  sortContributions,
  type CriterionValues,
} from './score-use-case';

function values(v: Partial<CriterionValues>): CriterionValues {
  return {
    strategicValue: null,
    customerImpact: null,
    financialPotential: null,
    dataMaturity: null,
    technicalComplexity: null,
    brandImpact: null,
    complianceRisk: null,
    strategicAlignment: null,
    ...v,
  };
}

const all = everyCriterion;

// Example A: sv 4, ci 3, fp 5, dm 4, tc 2, bi 3, cr 1, sa 4, weights all 1.
const exampleA = values(EXAMPLE_A);

describe('orientScore (SCORING.md section 2)', () => {
  it('keeps a higher-is-better score and flips a higher-is-worse one', () => {
    expect(orientScore('strategicValue', 4)).toBe(4);
    expect(orientScore('technicalComplexity', 4)).toBe(2); // 6 - 4
    expect(orientScore('complianceRisk', 1)).toBe(5); // 6 - 1
  });
});

describe('scoreUseCase (SCORING.md sections 4 and 5)', () => {
  it('gives 0 when every oriented score is 1, 50 when all are 3, 100 when all are 5', () => {
    // oriented 1 everywhere: raw 1 on "better" criteria, raw 5 on the two "worse" ones
    const worst = {
      ...all(1),
      technicalComplexity: 5,
      complianceRisk: 5,
    };
    const best = { ...all(5), technicalComplexity: 1, complianceRisk: 1 };
    const w = defaultWeights();
    expect(scoreUseCase(worst, w)).toMatchObject({ overall: 0, value: 0, feasibility: 0 });
    expect(scoreUseCase(all(3), w)).toMatchObject({ overall: 50, value: 50, feasibility: 50 });
    expect(scoreUseCase(best, w)).toMatchObject({ overall: 100, value: 100, feasibility: 100 });
  });

  it('computes example A by hand with equal weights', () => {
    // oriented: 4, 3, 5, 4, 6-2=4, 3, 6-1=5, 4 -> sum 32, W = 8, mean 4
    // overall = 25 * (4 - 1) = 75
    // value (sv, ci, fp, bi, sa) = 4+3+5+3+4 = 19 / 5 = 3.8 -> 25 * 2.8 = 70
    // feasibility (dm, tc, cr) = 4+4+5 = 13 / 3 -> 25 * (13/3 - 1) = 83.333...
    const r = scoreUseCase(exampleA, defaultWeights());
    if (r.status !== 'scored') throw new Error('expected scored');
    expect(r.overall).toBeCloseTo(75, 10);
    expect(r.value).toBeCloseTo(70, 10);
    expect(r.feasibility).toBeCloseTo(250 / 3, 10);
    // contribution = 25 * (1/8) * (o - 3): o=4 -> 3.125, o=5 -> 6.25, o=3 -> 0
    const points = Object.fromEntries(r.contributions.map((c) => [c.criterion, c.points]));
    expect(points).toEqual({
      strategicValue: 3.125,
      customerImpact: 0,
      financialPotential: 6.25,
      dataMaturity: 3.125,
      technicalComplexity: 3.125,
      brandImpact: 0,
      complianceRisk: 6.25,
      strategicAlignment: 3.125,
    });
    const sum = r.contributions.reduce((s, c) => s + c.points, 0);
    expect(50 + sum).toBeCloseTo(r.overall, 10);
    // Per axis (W_value = 5, W_feasibility = 3): value sv 25/5*1 = 5, ci 0, fp 25/5*2 = 10, bi 0,
    // sa 5 -> 50 + 20 = 70 = value; feasibility dm 25/3, tc 25/3, cr 50/3 -> 50 + 100/3 = 83.33
    const axis = Object.fromEntries(r.contributions.map((c) => [c.criterion, c.axisPoints]));
    expect(axis.financialPotential).toBeCloseTo(10, 12);
    expect(axis.complianceRisk).toBeCloseTo(50 / 3, 12);
    const valueSum = r.contributions
      .filter((c) => c.axis === 'value')
      .reduce((s, c) => s + c.axisPoints, 0);
    expect(50 + valueSum).toBeCloseTo(r.value, 10);
  });

  it('computes example B by hand with unequal weights, one of them zero', () => {
    // weights sv 3, fp 2, tc 0, others 1 -> W = 3+1+2+1+0+1+1+1 = 10
    // raw sv 5, ci 2, fp 3, dm 2, tc 5, bi 1, cr 4, sa 3
    // oriented 5, 2, 3, 2, 1, 1, 2, 3
    // sum w*o = 15 + 2 + 6 + 2 + 0 + 1 + 2 + 3 = 31 -> 3.1 -> overall 25 * 2.1 = 52.5
    // value: W = 3+1+2+1+1 = 8, sum = 15+2+6+1+3 = 27 -> 3.375 -> 25 * 2.375 = 59.375
    // feasibility: W = 1+0+1 = 2, sum = 2+0+2 = 4 -> 2 -> 25 * 1 = 25
    const weights: Weights = {
      ...defaultWeights(),
      strategicValue: 3,
      financialPotential: 2,
      technicalComplexity: 0,
    };
    const r = scoreUseCase(
      values({
        strategicValue: 5,
        customerImpact: 2,
        financialPotential: 3,
        dataMaturity: 2,
        technicalComplexity: 5,
        brandImpact: 1,
        complianceRisk: 4,
        strategicAlignment: 3,
      }),
      weights,
    );
    if (r.status !== 'scored') throw new Error('expected scored');
    expect(r.overall).toBeCloseTo(52.5, 10);
    expect(r.value).toBeCloseTo(59.375, 10);
    expect(r.feasibility).toBeCloseTo(25, 10);
    // contributions 25 * w/10 * (o-3): sv 25*.3*2 = 15, ci -2.5, fp 0, dm -2.5, tc 0, bi 25*.1*-2 = -5,
    // cr -2.5, sa 0 ; 50 + 2.5 = 52.5
    const sorted = sortContributions(r.contributions).map((c) => [c.criterion, c.points]);
    expect(sorted.slice(0, 2)).toEqual([
      ['strategicValue', 15],
      ['brandImpact', -5],
    ]);
  });

  it('works with fractional (group mean) scores', () => {
    // every raw score 3.5 on better criteria, 2.5 on worse -> oriented 3.5 -> 25 * 2.5 = 62.5
    const r = scoreUseCase(
      { ...all(3.5), technicalComplexity: 2.5, complianceRisk: 2.5 },
      defaultWeights(),
    );
    expect(r).toMatchObject({ status: 'scored', overall: 62.5 });
  });

  it('lists a use case with any unset criterion as "to score", naming the missing criteria', () => {
    const r = scoreUseCase(
      { ...exampleA, brandImpact: null, dataMaturity: null },
      defaultWeights(),
    );
    expect(r).toEqual({ status: 'toScore', missing: ['dataMaturity', 'brandImpact'] });
  });

  it('gives the contributions on demand, the same as scoreUseCase', () => {
    const r = scoreUseCase(exampleA, defaultWeights());
    if (r.status !== 'scored') throw new Error('expected scored');
    expect(contributionsOf(exampleA, defaultWeights())).toEqual(r.contributions);
    expect(() => contributionsOf({ ...exampleA, brandImpact: null }, defaultWeights())).toThrow(
      /brandImpact/,
    );
  });
});
