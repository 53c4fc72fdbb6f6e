import { describe, expect, it } from 'vitest';
import { roundForDisplay } from './round-for-display';

describe('roundForDisplay (SCORING.md section 4)', () => {
  it('rounds once to one decimal, half away from zero', () => {
    expect(roundForDisplay(43.75)).toBe(43.8);
    expect(roundForDisplay(43.74)).toBe(43.7);
    expect(roundForDisplay(-6.25)).toBe(-6.3);
    expect(roundForDisplay(125 / 3)).toBe(41.7);
    expect(roundForDisplay(0.04)).toBe(0);
    expect(Object.is(roundForDisplay(-0.04), -0)).toBe(false);
  });

  it('rounds from full precision, never twice (43.749 is 43.7, not 43.75 then 43.8)', () => {
    expect(roundForDisplay(43.749)).toBe(43.7);
  });

  it('reads a half that floating point put a hair below as the half (68.75 - 1e-14)', () => {
    expect(roundForDisplay(68.74999999999999)).toBe(68.8);
    expect(roundForDisplay(49.99999999999999)).toBe(50);
  });
});
