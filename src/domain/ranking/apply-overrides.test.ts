import { describe, expect, it } from 'vitest';
import type { Override } from '../schema/decision';
import { CRITERION_IDS, defaultWeights } from '../schema/criterion';
import type { CriterionValues } from '../scoring/score-use-case';
import { applyOverrides } from './apply-overrides';
import type { RankedUseCase } from './rank-use-cases';

const NEUTRAL = Object.fromEntries(CRITERION_IDS.map((id) => [id, 3])) as CriterionValues;

function rankedOf(ids: string[]): RankedUseCase[] {
  return ids.map((id, i) => ({
    id,
    title: id.toUpperCase(),
    rank: i + 1,
    overall: 90 - i,
    value: 50,
    feasibility: 50,
    quadrant: 'quickWin',
    values: NEUTRAL,
    weights: defaultWeights(),
  }));
}

let counter = 0;
function override(
  useCaseId: string,
  action: Override['action'],
  extra: Partial<Override> = {},
): Override {
  counter += 1;
  return {
    id: `o${counter}`,
    workspaceId: 'w',
    kind: 'override',
    author: 'Ada',
    at: `2026-11-2${counter % 10}T10:00:00.000Z`,
    reason: 'Because',
    owner: '',
    reviewDate: null,
    withdrawnAt: null,
    withdrawnBy: '',
    withdrawReason: '',
    useCaseId,
    action,
    position: null,
    waveId: null,
    computedRank: null,
    ...extra,
  };
}

const ranked = rankedOf(['a', 'b', 'c', 'd', 'e', 'f']);
const order = (positions: { id: string }[]) => positions.map((p) => p.id).join('');

describe('applyOverrides', () => {
  it('leaves the computed order when nobody contests it', () => {
    const result = applyOverrides(ranked, [], 3);
    expect(order(result)).toBe('abcdef');
    expect(result.every((p) => p.computedRank === p.decidedRank && !p.overridden)).toBe(true);
  });

  it('forces a use case into the top K at position K', () => {
    // K = 3: e (5th) moves to 3rd; c and d slide down.
    const o = override('e', 'forceIntoTop');
    const result = applyOverrides(ranked, [o], 3);
    expect(order(result)).toBe('abecdf');
    expect(result[2]).toEqual({
      id: 'e',
      computedRank: 5,
      decidedRank: 3,
      overridden: true,
      overrideIds: [o.id],
    });
    expect(result.find((p) => p.id === 'c')).toMatchObject({
      computedRank: 3,
      decidedRank: 4,
      overridden: false,
    });
  });

  it('does not move a use case already where the override wants it', () => {
    const result = applyOverrides(
      ranked,
      [override('b', 'forceIntoTop'), override('f', 'forceOutOfTop')],
      3,
    );
    expect(order(result)).toBe('abcdef');
    expect(result.find((p) => p.id === 'b')?.overridden).toBe(true);
  });

  it('forces a use case out of the top K to position K + 1', () => {
    // K = 3: a leaves to 4th; b, c, d move up.
    expect(order(applyOverrides(ranked, [override('a', 'forceOutOfTop')], 3))).toBe('bcdaef');
  });

  it('sets a manual position, capped at the last one', () => {
    expect(order(applyOverrides(ranked, [override('f', 'setPosition', { position: 2 })], 3))).toBe(
      'afbcde',
    );
    expect(order(applyOverrides(ranked, [override('a', 'setPosition', { position: 99 })], 3))).toBe(
      'bcdefa',
    );
  });

  it('applies only the latest override of a use case, and later overrides win', () => {
    const early = override('f', 'setPosition', { position: 1, at: '2026-11-01T09:00:00.000Z' });
    const late = override('f', 'forceIntoTop', { at: '2026-11-02T09:00:00.000Z' });
    // Given out of order: the later one (forceIntoTop, K = 2) is the one applied.
    const result = applyOverrides(ranked, [late, early], 2);
    expect(order(result)).toBe('afbcde');
    expect(result[1]?.overrideIds).toEqual([early.id, late.id]);
    // Two use cases: d to 1st (dabcef), then e (later) to 1st pushes d to 2nd.
    const first = override('d', 'setPosition', { position: 1, at: '2026-11-03T09:00:00.000Z' });
    const second = override('e', 'setPosition', { position: 1, at: '2026-11-04T09:00:00.000Z' });
    expect(order(applyOverrides(ranked, [second, first], 3))).toBe('edabcf');
  });

  it('ignores withdrawn overrides, wave overrides and unknown use cases', () => {
    const result = applyOverrides(
      ranked,
      [
        override('f', 'forceIntoTop', { withdrawnAt: '2026-11-05T09:00:00.000Z' }),
        override('e', 'forceIntoWave', { waveId: 'now' }),
        override('ghost', 'setPosition', { position: 1 }),
      ],
      3,
    );
    expect(order(result)).toBe('abcdef');
    expect(result.some((p) => p.overridden)).toBe(false);
  });

  it('never changes the computed ranks', () => {
    const result = applyOverrides(ranked, [override('f', 'setPosition', { position: 1 })], 3);
    expect(result.map((p) => [p.id, p.computedRank])).toEqual([
      ['f', 6],
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5],
    ]);
  });
});
