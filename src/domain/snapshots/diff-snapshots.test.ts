import { describe, expect, it } from 'vitest';
import { defaultWeights } from '../schema/criterion';
import {
  aFrozenOverride,
  aFrozenScorecard,
  aFrozenUseCase,
  aSnapshot,
  rankedUseCases,
} from '../../../test/fixtures/snapshot-builders';
import { applyRankMoves, diffSnapshots, isEmptyDiff, rankingOf } from './diff-snapshots';

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and an identical one', () => {
    const s = aSnapshot({ useCases: rankedUseCases(['a', 'b', 'c']) });
    const diff = diffSnapshots(s, structuredClone(s));
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists the rank moves: a and c swap, b stays', () => {
    const before = aSnapshot({ useCases: rankedUseCases(['a', 'b', 'c']) });
    const after = aSnapshot({ useCases: rankedUseCases(['c', 'b', 'a']) });
    const diff = diffSnapshots(before, after);
    expect(diff.rankMoves.map((m) => [m.useCaseId, m.from, m.to])).toEqual([
      ['c', 3, 1],
      ['a', 1, 3],
    ]);
    expect(diff.rankMoves[0]?.auditIds).toEqual(['c']);
    expect(applyRankMoves(rankingOf(before), diff)).toEqual(['c', 'b', 'a']);
  });

  it('lists use cases added (new, or newly ranked) and dropped (deleted, or no longer ranked)', () => {
    const before = aSnapshot({
      useCases: [
        ...rankedUseCases(['a', 'b', 'c']),
        aFrozenUseCase('d', { standing: 'toScore', rank: null, decidedRank: null }),
      ],
    });
    const after = aSnapshot({
      useCases: [
        aFrozenUseCase('d', { rank: 1, decidedRank: 1 }),
        aFrozenUseCase('a', { rank: 2, decidedRank: 2 }),
        aFrozenUseCase('e', { rank: 3, decidedRank: 3 }),
        aFrozenUseCase('c', { standing: 'toScore', rank: null, decidedRank: null }),
        aFrozenUseCase('f', { standing: 'toScore', rank: null, decidedRank: null }),
      ],
    });
    const diff = diffSnapshots(before, after);
    expect(diff.added.map((a) => [a.useCaseId, a.kind, a.to])).toEqual([
      ['d', 'ranked', 1],
      ['e', 'new', 3],
      ['f', 'new', null],
    ]);
    expect(diff.dropped.map((d) => [d.useCaseId, d.kind, d.from])).toEqual([
      ['b', 'deleted', 2],
      ['c', 'unranked', 3],
    ]);
    expect(diff.rankMoves.map((m) => [m.useCaseId, m.from, m.to])).toEqual([['a', 1, 2]]);
    expect(applyRankMoves(rankingOf(before), diff)).toEqual(['d', 'a', 'e']);
  });

  it('says who changed a score, when and why, and the agreement that replaced the mean', () => {
    const cards = [
      aFrozenScorecard('card-ada', 'a', 'Ada', { strategicValue: 2 }),
      aFrozenScorecard('card-bob', 'a', 'Bob', { strategicValue: 4 }),
    ];
    const before = aSnapshot({
      useCases: [aFrozenUseCase('a', { scores: { strategicValue: 3 } })],
      scorecards: cards,
    });
    const after = aSnapshot({
      useCases: [aFrozenUseCase('a', { scores: { strategicValue: 4 } })],
      scorecards: [
        aFrozenScorecard(
          'card-ada',
          'a',
          'Ada',
          { strategicValue: 4 },
          { strategicValue: 'The board made it a priority' },
          '2026-04-02T08:30:00.000Z',
        ),
        cards[1]!,
      ],
    });
    const diff = diffSnapshots(before, after);
    expect(diff.scoreChanges).toEqual([
      {
        useCaseId: 'a',
        title: 'Use case a',
        criterion: 'strategicValue',
        from: 3,
        to: 4,
        contributions: [
          {
            scorecardId: 'card-ada',
            participantId: 'p-Ada',
            participantName: 'Ada',
            from: 2,
            to: 4,
            rationale: 'The board made it a priority',
            at: '2026-04-02T08:30:00.000Z',
          },
        ],
        agreement: null,
        agreementEnded: null,
        auditIds: ['a', 'card-ada', 'card-bob'],
      },
    ]);

    // The group then agrees on 5: the change names the agreement and its note.
    const agreed = aFrozenUseCase('a', { scores: { strategicValue: 5 } });
    agreed.scores.strategicValue = {
      value: 5,
      source: 'agreed',
      raters: 2,
      agreement: {
        useCaseId: 'a',
        criterion: 'strategicValue',
        agreedScore: 5,
        note: 'Regulation makes it strategic',
        decisionId: 'dec-1',
        author: 'Chloé',
        at: '2026-04-03T09:00:00.000Z',
      },
    };
    const third = aSnapshot({ useCases: [agreed], scorecards: after.scorecards });
    const [change] = diffSnapshots(after, third).scoreChanges;
    expect(change?.from).toBe(4);
    expect(change?.to).toBe(5);
    expect(change?.contributions).toEqual([]);
    expect(change?.agreement).toEqual({
      decisionId: 'dec-1',
      author: 'Chloé',
      at: '2026-04-03T09:00:00.000Z',
      note: 'Regulation makes it strategic',
      agreedScore: 5,
    });
    expect(change?.auditIds).toContain('dec-1');
    // Withdrawn: the agreement ended, the mean is back.
    const [back] = diffSnapshots(third, after).scoreChanges;
    expect(back?.agreementEnded?.decisionId).toBe('dec-1');
    expect(back?.agreement).toBeNull();
  });

  it('compares scores in full precision: 3.5 to 3.4999 is a change', () => {
    const before = aSnapshot({ useCases: [aFrozenUseCase('a', { scores: { brandImpact: 3.5 } })] });
    const after = aSnapshot({
      useCases: [aFrozenUseCase('a', { scores: { brandImpact: 3.4999 } })],
    });
    expect(diffSnapshots(before, after).scoreChanges.map((c) => [c.from, c.to])).toEqual([
      [3.5, 3.4999],
    ]);
  });

  it('lists weight and setting changes, traced to the workspace', () => {
    const before = aSnapshot();
    const after = aSnapshot({
      weights: { ...defaultWeights(), financialPotential: 2 },
      thresholds: { value: 60, feasibility: 50 },
      aggregation: 'median',
      topK: 3,
    });
    const diff = diffSnapshots(before, after);
    expect(diff.weightChanges).toEqual([
      { criterion: 'financialPotential', from: 1, to: 2, auditIds: ['ws-1'] },
    ]);
    expect(diff.settingChanges.map((s) => [s.setting, s.from, s.to])).toEqual([
      ['thresholdValue', 50, 60],
      ['aggregation', 'mean', 'median'],
      ['topK', 5, 3],
    ]);
  });

  it('lists overrides added and ended, and quadrant changes', () => {
    const before = aSnapshot({
      useCases: [aFrozenUseCase('a', { quadrant: 'quickWin' })],
      overrides: [aFrozenOverride('ov-old', 'a')],
    });
    const after = aSnapshot({
      useCases: [aFrozenUseCase('a', { quadrant: 'strategicBet' })],
      overrides: [aFrozenOverride('ov-new', 'a')],
    });
    const diff = diffSnapshots(before, after);
    expect(diff.overridesAdded.map((o) => [o.overrideId, o.useCaseId, o.title])).toEqual([
      ['ov-new', 'a', 'Use case a'],
    ]);
    expect(diff.overridesEnded.map((o) => o.overrideId)).toEqual(['ov-old']);
    expect(diff.quadrantChanges.map((q) => [q.useCaseId, q.from, q.to])).toEqual([
      ['a', 'quickWin', 'strategicBet'],
    ]);
    expect(diff.quadrantChanges[0]?.auditIds).toEqual(['a', 'ov-old', 'ov-new']);
  });
});
