import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

function take(next: () => number, count: number): number[] {
  return Array.from({ length: count }, () => next());
}

describe('seededRandom (mulberry32)', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(seededRandom(42), 50)).toEqual(take(seededRandom(42), 50));
  });

  it('gives another sequence for another seed', () => {
    expect(take(seededRandom(1), 10)).not.toEqual(take(seededRandom(2), 10));
  });

  it('stays in [0, 1) and spreads over it', () => {
    const values = take(seededRandom(7), 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    // Uniform: the mean of 10,000 draws is 0.5 give or take a few 1/sqrt(12 * 10,000) = 0.003.
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.015);
    // Each tenth of [0, 1) gets about 1,000 values.
    const deciles = Array.from({ length: 10 }, () => 0);
    for (const v of values) deciles[Math.floor(v * 10)] = (deciles[Math.floor(v * 10)] ?? 0) + 1;
    expect(deciles.every((count) => count > 850 && count < 1150)).toBe(true);
  });

  it('accepts any number as a seed (fractional and negative seeds are truncated to 32 bits)', () => {
    expect(take(seededRandom(-1), 3).every((v) => v >= 0 && v < 1)).toBe(true);
    expect(take(seededRandom(2 ** 32 + 5), 3)).toEqual(take(seededRandom(5), 3));
  });
});
