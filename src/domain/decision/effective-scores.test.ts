import { describe, expect, it } from 'vitest';
import { aScorecard, anAgreement } from '../../../test/fixtures/builders';
import { agreedScoresOf } from '../scoring/group-scores';
import { effectiveScoresOf } from './effective-scores';

// strategicValue 5, 1, 3 -> mean 9 / 3 = 3, median 3; brandImpact 2, 5 -> mean 3.5, median 3.5
const cards = [
  aScorecard('u', 'p1', { strategicValue: 5, brandImpact: 2 }),
  aScorecard('u', 'p2', { strategicValue: 1, brandImpact: 5 }),
  aScorecard('u', 'p3', { strategicValue: 3, brandImpact: null }),
];
const agreed = (criterion: 'strategicValue' | 'dataMaturity', score: number) =>
  agreedScoresOf([anAgreement('u', criterion, score, 'We agreed')]).get('u');

describe('effective scores (SCORING.md section 9, with agreed scores)', () => {
  it('are the mean or median of the participants when nothing was agreed', () => {
    const mean = effectiveScoresOf(cards, 'mean', undefined, false);
    expect(mean.values.strategicValue).toBe(3);
    expect(mean.scores.brandImpact).toMatchObject({ value: 3.5, source: 'mean', raters: 2 });
    expect(mean.scores.dataMaturity).toMatchObject({ value: null, source: 'none' });
    expect(effectiveScoresOf(cards, 'median', new Map(), false).values.brandImpact).toBe(3.5);
  });

  it('take the agreed score in place of the mean, keep the mean beside it, leave the rest', () => {
    const { scores } = effectiveScoresOf(cards, 'mean', agreed('strategicValue', 4), false);
    expect(scores.strategicValue).toMatchObject({
      value: 4,
      source: 'agreed',
      aggregated: 3,
      agreement: { note: 'We agreed' },
    });
    expect(scores.brandImpact).toMatchObject({ value: 3.5, source: 'mean', aggregated: 3.5 });
    // the scorecards themselves are untouched
    expect(cards[0]?.scores.strategicValue.score).toBe(5);
  });

  it('count an agreement even where nobody scored (the group decided)', () => {
    const { scores } = effectiveScoresOf(cards, 'mean', agreed('dataMaturity', 2), false);
    expect(scores.dataMaturity).toMatchObject({ value: 2, source: 'agreed', aggregated: null });
  });

  it('show nothing of a blind round not revealed', () => {
    const { scores, raters } = effectiveScoresOf(cards, 'mean', agreed('strategicValue', 4), true);
    expect(raters).toBe(3);
    expect(Object.values(scores).every((s) => s.value === null && s.aggregated === null)).toBe(
      true,
    );
  });
});
