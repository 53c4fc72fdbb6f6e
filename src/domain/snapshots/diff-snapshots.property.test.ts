import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aFrozenUseCase, aSnapshot } from '../../../test/fixtures/snapshot-builders';
import { applyRankMoves, diffSnapshots, isEmptyDiff, rankingOf } from './diff-snapshots';
import type { DecisionSnapshot } from '../schema/decision-snapshot';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

/** A snapshot: some use cases, some of them ranked in a random order, random scores. */
const snapshotArb = fc
  .record({
    present: fc.subarray(IDS),
    order: fc.shuffledSubarray(IDS),
    scores: fc.array(fc.integer({ min: 1, max: 5 }), {
      minLength: IDS.length,
      maxLength: IDS.length,
    }),
  })
  .map(({ present, order, scores }): DecisionSnapshot => {
    const ranked = order.filter((id) => present.includes(id));
    return aSnapshot({
      useCases: present.map((id) => {
        const position = ranked.indexOf(id);
        const rank = position < 0 ? null : position + 1;
        return aFrozenUseCase(id, {
          standing: rank === null ? 'toScore' : 'ranked',
          rank,
          decidedRank: rank,
          scores: { strategicValue: scores[IDS.indexOf(id)] ?? 3 },
        });
      }),
    });
  });

describe('diffSnapshots (properties)', () => {
  it('finds nothing between a snapshot and itself', () => {
    fc.assert(
      fc.property(snapshotArb, (s) => {
        expect(isEmptyDiff(diffSnapshots(s, s))).toBe(true);
      }),
    );
  });

  it('gives the second ranking when its rank moves are applied to the first', () => {
    fc.assert(
      fc.property(snapshotArb, snapshotArb, (first, second) => {
        const diff = diffSnapshots(first, second);
        expect(applyRankMoves(rankingOf(first), diff)).toEqual(rankingOf(second));
      }),
    );
  });
});
