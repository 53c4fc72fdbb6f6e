import { SCORE_TOLERANCE } from '../ranking/rank-order';
import type { Thresholds } from '../schema/workspace';

export const QUADRANTS = ['quickWin', 'strategicBet', 'fillIn', 'deprioritise'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * SCORING.md section 6: value >= tv and feasibility >= tf decide the quadrant, each within
 * SCORE_TOLERANCE (1e-9), so that floating point never moves a use case across a line: with
 * weights 0.15/0.35 a use case exactly at 50 computes as 49.99999999999999 and is still "at 50".
 */
export function quadrantOf(value: number, feasibility: number, thresholds: Thresholds): Quadrant {
  const valuable = value >= thresholds.value - SCORE_TOLERANCE;
  const feasible = feasibility >= thresholds.feasibility - SCORE_TOLERANCE;
  if (valuable) return feasible ? 'quickWin' : 'strategicBet';
  return feasible ? 'fillIn' : 'deprioritise';
}
