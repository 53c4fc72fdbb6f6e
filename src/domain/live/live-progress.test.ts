import { describe, expect, it } from 'vitest';
import { emptyCriterionScores, type CriterionScores } from '../schema/scorecard';
import { divergencesOf, progressOf } from './live-progress';

function card(values: Partial<Record<keyof CriterionScores, number>>): CriterionScores {
  const out = emptyCriterionScores();
  for (const [k, v] of Object.entries(values))
    out[k as keyof CriterionScores] = { score: v, rationale: '' };
  return out;
}

const all = (n: number) =>
  card({
    strategicValue: n,
    customerImpact: n,
    financialPotential: n,
    dataMaturity: n,
    technicalComplexity: n,
    brandImpact: n,
    complianceRisk: n,
    strategicAlignment: n,
  });

describe('progress of a participant', () => {
  it('counts only the use cases scored on all eight criteria', () => {
    // a: complete; b: seven of eight; c: not started; d is not in the session.
    const entries = {
      a: all(3),
      b: { ...all(2), brandImpact: { score: null, rationale: '' } },
      d: all(1),
    };
    expect(progressOf(entries, ['a', 'b', 'c'])).toEqual({ scored: 1, total: 3 });
  });
});

describe('divergences shown after the reveal', () => {
  it('gives min and max per criterion scored by two participants or more', () => {
    const p1 = { a: card({ strategicValue: 1, dataMaturity: 4 }) };
    const p2 = { a: card({ strategicValue: 4 }) };
    const p3 = { a: card({ strategicValue: 2 }) };
    expect(divergencesOf([p1, p2, p3], ['a'])).toEqual([
      // 1, 4 and 2: divergence 4 - 1 = 3; dataMaturity has a single rater: not listed.
      { useCaseId: 'a', criterion: 'strategicValue', min: 1, max: 4, raters: 3 },
    ]);
  });
});
