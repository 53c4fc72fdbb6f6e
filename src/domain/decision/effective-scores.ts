import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Scorecard } from '../schema/scorecard';
import type { Aggregation } from '../schema/workspace';
import type { AgreedScore } from '../scoring/group-scores';
import type { CriterionValues } from '../scoring/score-use-case';

/** Where a criterion's effective score comes from (SCORING.md sections 9 and 13). */
export type ScoreSource = 'single' | 'mean' | 'median' | 'agreed' | 'none';

export interface EffectiveScore {
  /** The score the model uses (full precision), or null when nobody scored it. */
  value: number | null;
  source: ScoreSource;
  /** How many participants scored this criterion. */
  raters: number;
  /** The agreement in force, when the group agreed on this criterion. */
  agreement: AgreedScore | null;
  /**
   * What the participants' scores give by themselves (their only score, mean or median), shown
   * next to an agreed score ("agreed 4, median 2"); null when nobody scored it.
   */
  aggregated: number | null;
}

export interface UseCaseScores {
  scores: Record<CriterionId, EffectiveScore>;
  values: CriterionValues;
  /** Participants who scored at least one criterion. */
  raters: number;
}

/** The median of a short list (sorted in place). */
function medianOf(given: number[]): number {
  given.sort((a, b) => a - b);
  const mid = given.length >> 1;
  return given.length % 2 === 1
    ? (given[mid] as number)
    : ((given[mid - 1] as number) + (given[mid] as number)) / 2;
}

const NO_SCORE: EffectiveScore = {
  value: null,
  source: 'none',
  raters: 0,
  agreement: null,
  aggregated: null,
};

/**
 * SCORING.md section 9 for one use case: per criterion, the score of its only rater, the mean
 * (or median) of the participants who scored it, or the group's agreed score when there is one.
 * `hidden` (blind round not revealed): nothing of the participants' scores comes out, not even
 * how many scored each criterion; only the number of participants who scored.
 */
export function effectiveScoresOf(
  cards: readonly Scorecard[],
  aggregation: Aggregation,
  agreed: ReadonlyMap<CriterionId, AgreedScore> | undefined,
  hidden: boolean,
): UseCaseScores {
  const scores = {} as Record<CriterionId, EffectiveScore>;
  const values = {} as CriterionValues;
  let raters = 0;
  for (const card of cards) {
    for (const id of CRITERION_IDS) {
      if (card.scores[id].score !== null) {
        raters++;
        break;
      }
    }
  }
  const given: number[] = [];
  for (const id of CRITERION_IDS) {
    if (hidden) {
      scores[id] = NO_SCORE;
      values[id] = null;
      continue;
    }
    given.length = 0;
    let sum = 0;
    for (const card of cards) {
      const s = card.scores[id].score;
      if (s !== null) {
        given.push(s);
        sum += s;
      }
    }
    const count = given.length;
    const agreement = agreed?.get(id) ?? null;
    const aggregated =
      count === 0
        ? null
        : count === 1
          ? (given[0] as number)
          : aggregation === 'median'
            ? medianOf(given)
            : sum / count;
    let score: EffectiveScore;
    if (agreement)
      score = {
        value: agreement.agreedScore,
        source: 'agreed',
        raters: count,
        agreement,
        aggregated,
      };
    else if (count === 0) score = NO_SCORE;
    else
      score = {
        value: aggregated,
        source: count === 1 ? 'single' : aggregation,
        raters: count,
        agreement: null,
        aggregated,
      };
    scores[id] = score;
    values[id] = score.value;
  }
  return { scores, values, raters };
}
