import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_A,
  decisionSettingsOf,
  everyCriterion,
} from '../../../test/fixtures/decision-builders';
import { rankUseCases } from '../ranking/rank-use-cases';
import { explainScore } from './explain-score';

const { weights, thresholds } = decisionSettingsOf();
const settings = { weights, thresholds, locale: 'en' };

// Example A of score-use-case.test.ts: overall 75; contributions fp 6.25, cr 6.25, then 3.125 x4, 0 x2.
const exampleA = EXAMPLE_A;
// Example W: everything 3 except technicalComplexity 5 (oriented 1: -6.25) and strategicValue 4 (+3.125)
// overall = 50 - 6.25 + 3.125 = 46.875
const exampleW = { ...everyCriterion(3), technicalComplexity: 5, strategicValue: 4 };

describe('explainScore (SCORING.md section 5 and 7)', () => {
  const ranking = rankUseCases(
    [
      { id: 'a', title: 'A', values: exampleA },
      { id: 'w', title: 'W', values: exampleW },
      { id: 'm', title: 'M', values: { ...exampleA, financialPotential: 3, complianceRisk: 3 } }, // 75 - 12.5 = 62.5
    ],
    settings,
  );

  it('names the rank, the neighbours and the largest contributions', () => {
    const e = explainScore(ranking, 'm');
    expect(e).not.toBeNull();
    expect(e?.rank).toBe(2);
    expect(e?.rankedCount).toBe(3);
    expect(e?.overall).toBeCloseTo(62.5, 10);
    expect(e?.above?.id).toBe('a');
    expect(e?.below?.id).toBe('w');
    // m: sv +3.125, dm +3.125, tc +3.125, sa +3.125; nothing negative
    expect(e?.strengths).toEqual(['strategicValue', 'dataMaturity', 'technicalComplexity']);
    expect(e?.weaknesses).toEqual([]);
  });

  it('lists what holds a use case back', () => {
    const e = explainScore(ranking, 'w');
    expect(e?.overall).toBeCloseTo(46.875, 10);
    expect(e?.weaknesses).toEqual(['technicalComplexity']);
    expect(e?.strengths).toEqual(['strategicValue']);
    expect(e?.contributions[0]).toMatchObject({
      criterion: 'technicalComplexity',
      raw: 5,
      oriented: 1,
      points: -6.25,
    });
    expect(e?.below).toBeNull();
  });

  it('returns null for a use case that is not ranked', () => {
    expect(explainScore(ranking, 'nope')).toBeNull();
  });
});
