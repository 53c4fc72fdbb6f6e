import { describe, expect, it } from 'vitest';
import { kendallTau } from './kendall-tau';

describe("kendallTau (Kendall's tau-a)", () => {
  it('is 1 for the same order and -1 for the reversed order', () => {
    expect(kendallTau(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(kendallTau(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(-1);
  });

  it('counts one swapped neighbour pair: 6 pairs, 5 concordant, 1 discordant', () => {
    // (5 - 1) / 6 = 0.667
    expect(kendallTau(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd'])).toBeCloseTo(4 / 6, 12);
  });

  it('works a five-item case by hand', () => {
    // A = a b c d e, B = c a b e d. Pairs in A's order and their order in B:
    // ab +, ac -, ad +, ae +, bc -, bd +, be +, cd +, ce +, de -  -> 7 concordant, 3 discordant
    // tau = (7 - 3) / 10 = 0.4
    expect(kendallTau(['a', 'b', 'c', 'd', 'e'], ['c', 'a', 'b', 'e', 'd'])).toBeCloseTo(0.4, 12);
  });

  it('only compares the ids present in both orders', () => {
    // Common ids a, b, c: A gives a b c, B gives b a c -> 3 pairs, 2 concordant, 1 discordant = 1/3.
    expect(kendallTau(['a', 'x', 'b', 'c'], ['b', 'a', 'y', 'c'])).toBeCloseTo(1 / 3, 12);
  });

  it('is symmetric', () => {
    const a = ['a', 'b', 'c', 'd', 'e'];
    const b = ['c', 'a', 'b', 'e', 'd'];
    expect(kendallTau(a, b)).toBe(kendallTau(b, a));
  });

  it('is 1 when fewer than two ids are shared', () => {
    expect(kendallTau(['a'], ['a'])).toBe(1);
    expect(kendallTau(['a', 'b'], ['c', 'd'])).toBe(1);
  });
});
