import type { Thresholds } from '../schema/workspace';

export const QUADRANTS = ['quickWin', 'strategicBet', 'fillIn', 'deprioritise'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** SCORING.md section 6: value >= tv and feasibility >= tf decide the quadrant. */
export function quadrantOf(value: number, feasibility: number, thresholds: Thresholds): Quadrant {
  const valuable = value >= thresholds.value;
  const feasible = feasibility >= thresholds.feasibility;
  if (valuable) return feasible ? 'quickWin' : 'strategicBet';
  return feasible ? 'fillIn' : 'deprioritise';
}
