import { describe, expect, it } from 'vitest';
import type { CriterionId } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import { agreedScoresOf } from './group-scores';

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
