import type { CriterionId } from '../schema/criterion';
import { contributionsOfDecision } from '../decision/contributions';
import type { RankedDecision } from '../decision/decide-workspace';
import type { Contribution } from '../scoring/score-use-case';

/** What an explanation reads of a ranked use case of the decision. */
export type ExplainedUseCase = Pick<
  RankedDecision,
  'id' | 'title' | 'rank' | 'overall' | 'value' | 'feasibility' | 'quadrant' | 'values' | 'weights'
>;

/** The data behind "Why this score?": the UI phrases it in the current language. */
export interface ScoreExplanation {
  rank: number;
  rankedCount: number;
  overall: number;
  value: number;
  feasibility: number;
  /** Sorted by absolute size, largest first. */
  contributions: Contribution[];
  /** Criteria pulling above 50, largest first (at most three). */
  strengths: CriterionId[];
  /** Criteria pulling below 50, largest first (at most three). */
  weaknesses: CriterionId[];
  above: ExplainedUseCase | null;
  below: ExplainedUseCase | null;
}

const MAX_NAMED = 3;

/** Explains a ranked use case; null when it is not ranked (it is "to score"). */
export function explainScore(
  ranking: { ranked: readonly ExplainedUseCase[] },
  useCaseId: string,
): ScoreExplanation | null {
  const index = ranking.ranked.findIndex((r) => r.id === useCaseId);
  const item = ranking.ranked[index];
  if (!item) return null;
  const contributions = contributionsOfDecision(item);
  return {
    rank: item.rank,
    rankedCount: ranking.ranked.length,
    overall: item.overall,
    value: item.value,
    feasibility: item.feasibility,
    contributions,
    strengths: contributions
      .filter((c) => c.points > 0)
      .slice(0, MAX_NAMED)
      .map((c) => c.criterion),
    weaknesses: contributions
      .filter((c) => c.points < 0)
      .slice(0, MAX_NAMED)
      .map((c) => c.criterion),
    above: ranking.ranked[index - 1] ?? null,
    below: ranking.ranked[index + 1] ?? null,
  };
}
