import { describe, expect, it } from 'vitest';
import { compareScores, orderByScores, SCORE_TOLERANCE } from './rank-order';

function keysOf(rows: [number, number, number][], titleRank?: number[]) {
  return {
    scores: [0, 1, 2].map((k) => Float64Array.from(rows.map((r) => r[k] as number))) as [
      Float64Array,
      Float64Array,
      Float64Array,
    ],
    titleRank: Int32Array.from(titleRank ?? rows.map((_, i) => i)),
  };
}

describe('compareScores', () => {
  it('compares overall, then value, then feasibility, each within the tolerance', () => {
    const base = { overall: 60, value: 50, feasibility: 40 };
    expect(compareScores(base, { ...base, overall: 59 })).toBeLessThan(0);
    expect(
      compareScores(base, { ...base, overall: 60 + SCORE_TOLERANCE / 2, value: 49 }),
    ).toBeLessThan(0);
    expect(compareScores(base, { ...base, feasibility: 41 })).toBeGreaterThan(0);
    expect(compareScores(base, { ...base, value: 50 - SCORE_TOLERANCE / 2 })).toBe(0);
  });
});

describe('orderByScores', () => {
  it('sorts by overall descending, then value, feasibility, title rank', () => {
    const order = orderByScores(
      keysOf(
        [
          [50, 40, 60],
          [70, 10, 10],
          [50, 60, 40],
          [50, 40, 60],
        ],
        [3, 0, 2, 1],
      ),
    );
    expect([...order]).toEqual([1, 2, 3, 0]);
  });

  it('makes near-equality transitive: a chain of gaps under 1e-9 is one tie group', () => {
    // 50, 50 + 0.6e-9, 50 + 1.2e-9: each neighbour within the tolerance, the ends not. All three
    // tie on overall, so value decides, whatever the input order.
    const rows: [number, number, number][] = [
      [50 + 1.2e-9, 10, 50],
      [50, 30, 50],
      [50 + 0.6e-9, 20, 50],
    ];
    expect([...orderByScores(keysOf(rows))]).toEqual([1, 2, 0]);
    const reversed = [...rows].reverse();
    expect([...orderByScores(keysOf(reversed))]).toEqual([1, 0, 2]);
  });

  it('gives the same order without the packed fast path (scores outside 0..100)', () => {
    const rows: [number, number, number][] = [
      [-1, 0, 0],
      [150, 0, 0],
      [50, 1, 0],
      [50, 2, 0],
    ];
    expect([...orderByScores(keysOf(rows))]).toEqual([1, 3, 2, 0]);
  });

  it('falls back to the title rank when a score is NaN for everyone', () => {
    const rows: [number, number, number][] = [
      [Number.NaN, Number.NaN, 1],
      [Number.NaN, Number.NaN, 2],
      [Number.NaN, Number.NaN, 2],
    ];
    expect([...orderByScores(keysOf(rows, [2, 1, 0]))]).toEqual([2, 1, 0]);
  });
});
