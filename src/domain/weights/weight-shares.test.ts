import { describe, expect, it } from 'vitest';
import { roundedShares } from './weight-shares';

const sum = (shares: Record<string, number>) =>
  Math.round(Object.values(shares).reduce((s, n) => s + n, 0) * 10) / 10;

describe('weight shares shown to the tenth of a percent', () => {
  it('add up to 100 % where rounding each alone does not (three equal weights: 33.3 x 3 = 99.9)', () => {
    // 1/3 = 33.333...%: each rounds to 33.3, 99.9 in all; the first gets the lost tenth.
    expect(roundedShares({ a: 1, b: 1, c: 1 })).toEqual({ a: 33.4, b: 33.3, c: 33.3 });
  });

  it('give the lost tenths to the shares that lost most', () => {
    // Weights 3, 3, 1 of 7: 42.857..., 42.857..., 14.285...%. Floors 42.8 + 42.8 + 14.2 = 99.8;
    // remainders .057, .057, .085 (in tenths: .57, .57, .85): c first, then a.
    expect(roundedShares({ a: 3, b: 3, c: 1 })).toEqual({ a: 42.9, b: 42.8, c: 14.3 });
  });

  it('keep exact shares as they are, and show zeros when no weight is set', () => {
    expect(roundedShares({ a: 1, b: 3 })).toEqual({ a: 25, b: 75 });
    expect(roundedShares({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
  });

  it('always add up to 100 % for the eight criteria, whatever their weights from 0 to 10', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const weights: Record<string, number> = {};
      for (let i = 0; i < 8; i++) weights[`c${i}`] = (seed * (i + 3) * 7919) % 11;
      if (Object.values(weights).every((w) => w === 0)) continue;
      const shares = roundedShares(weights);
      expect(sum(shares)).toBe(100);
      for (const [key, share] of Object.entries(shares)) {
        const exact =
          ((weights[key] ?? 0) / Object.values(weights).reduce((s, w) => s + w, 0)) * 100;
        expect(Math.abs(share - exact)).toBeLessThan(0.1);
      }
    }
  });
});
