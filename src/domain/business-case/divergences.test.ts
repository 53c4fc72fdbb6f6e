import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import type { CriterionScores } from '../schema/scorecard';
import { divergencesOf } from './divergences';

function scores(row: readonly (number | null)[], rationale = ''): CriterionScores {
  return Object.fromEntries(
    CRITERION_IDS.map((id, i) => [id, { score: row[i] ?? null, rationale }]),
  ) as CriterionScores;
}

function resolution(
  id: string,
  criterion: 'customerImpact' | 'financialPotential',
  withdrawn = false,
) {
  return {
    id,
    workspaceId: 'ws',
    kind: 'divergenceResolution',
    author: 'Ada',
    at: '2025-03-01T10:00:00.000Z',
    reason: 'Agreed',
    owner: '',
    reviewDate: null,
    withdrawnAt: withdrawn ? '2025-03-02T10:00:00.000Z' : null,
    withdrawnBy: withdrawn ? 'Ada' : '',
    withdrawReason: withdrawn ? 'Scores changed' : '',
    useCaseId: 'uc',
    criterion,
    agreedScore: 3,
  } satisfies Decision;
}

describe('divergencesOf', () => {
  // The demo's service chatbot:      SV CI FP DM TC BI CR SA
  const cards = [
    { participantId: 'fac', scores: scores([3, 4, 4, 3, 3, 3, 4, 3], 'why') },
    { participantId: 'cfo', scores: scores([3, 3, 5, 3, 3, 2, 3, 3], 'why') },
    { participantId: 'csh', scores: scores([3, 2, 4, 3, 3, 2, 4, 3], 'why') },
  ];

  it('flags the criteria whose spread is 2 or more, most divergent first', () => {
    // CI: 4, 3, 2 -> 4 − 2 = 2 ; FP: 4, 5, 4 -> 1 ; BI: 3, 2, 2 -> 1 ; CR: 4, 3, 4 -> 1
    const found = divergencesOf(cards, []);
    expect(found.map((d) => [d.criterion, d.spread])).toEqual([['customerImpact', 2]]);
    expect(found[0]?.scores).toEqual([
      { participantId: 'fac', score: 4, rationale: 'why' },
      { participantId: 'cfo', score: 3, rationale: 'why' },
      { participantId: 'csh', score: 2, rationale: 'why' },
    ]);
    expect(found[0]?.resolutions).toEqual([]);
  });

  it('sorts by spread, then canonical order, and skips unset scores', () => {
    // SV: 1, 5 -> 4 ; CI: 2, 4 -> 2 ; DM: 1, 3 -> 2 ; TC unset for b -> 0
    const found = divergencesOf(
      [
        { participantId: 'a', scores: scores([1, 2, 3, 1, 5, 3, 3, 3]) },
        { participantId: 'b', scores: scores([5, 4, 3, 3, null, 3, 3, 3]) },
      ],
      [],
    );
    expect(found.map((d) => [d.criterion, d.spread])).toEqual([
      ['strategicValue', 4],
      ['customerImpact', 2],
      ['dataMaturity', 2],
    ]);
  });

  it('attaches the resolutions in force, not the withdrawn ones nor other criteria', () => {
    const found = divergencesOf(cards, [
      resolution('r1', 'customerImpact'),
      resolution('r2', 'customerImpact', true),
      resolution('r3', 'financialPotential'),
    ]);
    expect(found[0]?.resolutions.map((r) => r.id)).toEqual(['r1']);
  });

  it('finds nothing with fewer than two participants', () => {
    expect(divergencesOf([cards[0] as (typeof cards)[number]], [])).toEqual([]);
  });
});
