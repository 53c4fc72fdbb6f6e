import { describe, expect, it } from 'vitest';
import { emptyCriterionScores, type CriterionScores } from '../schema/scorecard';
import { aggregateScores, divergenceOf } from './aggregate-scores';

function card(scores: Partial<Record<keyof CriterionScores, number | null>>) {
  const s = emptyCriterionScores();
  for (const [k, v] of Object.entries(scores)) s[k as keyof CriterionScores].score = v ?? null;
  return { scores: s };
}

describe('aggregateScores (SCORING.md section 9)', () => {
  const cards = [
    card({ strategicValue: 4 }),
    card({ strategicValue: 2 }),
    card({ strategicValue: 5, brandImpact: 1 }),
  ];

  it('takes the mean of the participants who scored the criterion', () => {
    const v = aggregateScores(cards, 'mean');
    expect(v.strategicValue).toBeCloseTo(11 / 3, 12); // (4 + 2 + 5) / 3
    expect(v.brandImpact).toBe(1); // only one participant scored it
    expect(v.dataMaturity).toBeNull(); // nobody scored it
  });

  it('takes the median when the workspace chooses it', () => {
    expect(aggregateScores(cards, 'median').strategicValue).toBe(4); // 2, 4, 5
    const even = [
      card({ customerImpact: 1 }),
      card({ customerImpact: 5 }),
      card({ customerImpact: 2 }),
      card({ customerImpact: 4 }),
    ];
    expect(aggregateScores(even, 'median').customerImpact).toBe(3); // (2 + 4) / 2
  });
});

describe('divergenceOf', () => {
  it('is max - min, and 0 with fewer than two scores', () => {
    expect(divergenceOf([4, 2, 5])).toBe(3);
    expect(divergenceOf([3])).toBe(0);
    expect(divergenceOf([])).toBe(0);
  });
});
