import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Aggregation } from '../schema/workspace';
import type { CriterionScores } from '../schema/scorecard';
import type { CriterionValues } from './score-use-case';

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The scores given to one criterion by the participants who scored it. */
export function scoresOf(
  scorecards: readonly { scores: CriterionScores }[],
  criterion: CriterionId,
): number[] {
  const out: number[] = [];
  for (const card of scorecards) {
    const s = card.scores[criterion].score;
    if (s !== null) out.push(s);
  }
  return out;
}

/**
 * SCORING.md section 9: per criterion, the mean (or median) of the participants who scored it;
 * null when nobody did.
 */
export function aggregateScores(
  scorecards: readonly { scores: CriterionScores }[],
  method: Aggregation,
): CriterionValues {
  const result = {} as CriterionValues;
  for (const id of CRITERION_IDS) {
    const given = scoresOf(scorecards, id);
    result[id] = given.length === 0 ? null : method === 'median' ? median(given) : mean(given);
  }
  return result;
}

/** SCORING.md section 9: divergence = max - min of the participants' scores (0 with fewer than two). */
export function divergenceOf(scores: readonly number[]): number {
  if (scores.length < 2) return 0;
  return Math.max(...scores) - Math.min(...scores);
}

export const DIVERGENCE_TO_DISCUSS = 2;
