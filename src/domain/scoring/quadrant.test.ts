import { describe, expect, it } from 'vitest';
import { quadrantOf } from './quadrant';

const t = { value: 50, feasibility: 50 };

describe('quadrantOf (SCORING.md section 6)', () => {
  it('maps value and feasibility to the four quadrants', () => {
    expect(quadrantOf(70, 83.3, t)).toBe('quickWin');
    expect(quadrantOf(59.4, 25, t)).toBe('strategicBet');
    expect(quadrantOf(40, 60, t)).toBe('fillIn');
    expect(quadrantOf(10, 10, t)).toBe('deprioritise');
  });

  it('counts a score equal to the threshold as reaching it', () => {
    expect(quadrantOf(50, 50, t)).toBe('quickWin');
    expect(quadrantOf(49.999, 50, t)).toBe('fillIn');
  });

  it('uses the workspace thresholds', () => {
    expect(quadrantOf(70, 65, { value: 60, feasibility: 70 })).toBe('strategicBet');
  });
});
