import { describe, expect, it } from 'vitest';
import type { CriterionId } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import { emptyCriterionScores } from '../schema/scorecard';
import { agreedScoresOf, groupScoreSources, groupScores } from './group-scores';

function card(scores: Partial<Record<CriterionId, number>>) {
  const s = emptyCriterionScores();
  for (const [k, v] of Object.entries(scores)) s[k as CriterionId].score = v;
  return { scores: s };
}

function resolution(
  id: string,
  useCaseId: string,
  criterion: CriterionId,
  agreedScore: number,
  at: string,
  withdrawnAt: string | null = null,
): Decision {
  return {
    id,
    workspaceId: 'w',
    kind: 'divergenceResolution',
    author: 'Ada',
    at,
    reason: `note ${id}`,
    owner: '',
    reviewDate: null,
    withdrawnAt,
    withdrawnBy: '',
    withdrawReason: '',
    useCaseId,
    criterion,
    agreedScore,
  };
}

const T1 = '2025-03-01T09:00:00.000Z';
const T2 = '2025-03-01T10:00:00.000Z';

describe('groupScores (SCORING.md section 9, with agreed scores)', () => {
  // strategicValue 5, 1, 3 -> mean 9 / 3 = 3, median 3; brandImpact 2, 5 -> mean 3.5, median 3.5
  const cards = [
    card({ strategicValue: 5, brandImpact: 2 }),
    card({ strategicValue: 1, brandImpact: 5 }),
    card({ strategicValue: 3 }),
  ];

  it('is the mean or median of the participants when nothing was agreed', () => {
    const mean = groupScores(cards, 'mean', undefined);
    expect(mean.strategicValue).toBe(3);
    expect(mean.brandImpact).toBe(3.5);
    expect(mean.dataMaturity).toBeNull();
    expect(groupScores(cards, 'median', new Map()).brandImpact).toBe(3.5); // (2 + 5) / 2
  });

  it('takes the agreed score in place of the mean, and leaves the other criteria alone', () => {
    const agreed = agreedScoresOf([resolution('d1', 'u', 'strategicValue', 4, T1)]).get('u');
    const values = groupScores(cards, 'mean', agreed);
    expect(values.strategicValue).toBe(4); // agreed, not the mean 3
    expect(values.brandImpact).toBe(3.5);
    expect(groupScoreSources(values, agreed)).toMatchObject({
      strategicValue: 'agreed',
      brandImpact: 'aggregated',
      dataMaturity: 'none',
    });
    // the scorecards themselves are untouched
    expect(cards[0]?.scores.strategicValue.score).toBe(5);
  });

  it('an agreement counts even where nobody scored (the group decided)', () => {
    const agreed = agreedScoresOf([resolution('d1', 'u', 'dataMaturity', 2, T1)]).get('u');
    expect(groupScores(cards, 'mean', agreed).dataMaturity).toBe(2);
  });
});

describe('agreedScoresOf', () => {
  it('keeps the latest agreement per use case and criterion, and ignores withdrawn ones', () => {
    const map = agreedScoresOf([
      resolution('d2', 'u', 'strategicValue', 2, T2),
      resolution('d1', 'u', 'strategicValue', 4, T1),
      resolution('d3', 'u', 'brandImpact', 5, T2, T2), // withdrawn
      resolution('d4', 'v', 'brandImpact', 1, T1),
    ]);
    expect(map.get('u')?.get('strategicValue')).toMatchObject({
      agreedScore: 2,
      decisionId: 'd2',
      note: 'note d2',
    });
    expect(map.get('u')?.has('brandImpact')).toBe(false);
    expect(map.get('v')?.get('brandImpact')?.agreedScore).toBe(1);
  });

  it('breaks a tie in time by decision id', () => {
    const map = agreedScoresOf([
      resolution('d9', 'u', 'strategicValue', 2, T1),
      resolution('d10', 'u', 'strategicValue', 5, T1),
    ]);
    expect(map.get('u')?.get('strategicValue')?.decisionId).toBe('d9'); // 'd9' > 'd10'
  });
});
