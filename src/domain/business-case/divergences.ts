import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import type { CriterionScores } from '../schema/scorecard';
import { DIVERGENCE_TO_DISCUSS, divergenceOf, scoresOf } from '../scoring/aggregate-scores';

export type DivergenceResolution = Extract<Decision, { kind: 'divergenceResolution' }>;

export interface ParticipantScore {
  participantId: string;
  score: number;
  rationale: string;
}

export interface CriterionDivergence {
  criterion: CriterionId;
  /** max − min of the participants' scores (SCORING.md section 9). */
  spread: number;
  /** Each participant who scored the criterion, in the order of the scorecards. */
  scores: ParticipantScore[];
  /** The group's resolutions of it still in force (not withdrawn), oldest first. */
  resolutions: DivergenceResolution[];
}

/**
 * The criteria of one use case flagged "to discuss" (spread >= 2), most divergent first
 * (ties: canonical order), each with the participants' scores and the resolutions recorded.
 */
export function divergencesOf(
  scorecards: readonly { participantId: string; scores: CriterionScores }[],
  decisions: readonly Decision[],
): CriterionDivergence[] {
  const found: CriterionDivergence[] = [];
  for (const criterion of CRITERION_IDS) {
    const spread = divergenceOf(scoresOf(scorecards, criterion));
    if (spread < DIVERGENCE_TO_DISCUSS) continue;
    const scores: ParticipantScore[] = [];
    for (const card of scorecards) {
      const { score, rationale } = card.scores[criterion];
      if (score !== null) scores.push({ participantId: card.participantId, score, rationale });
    }
    const resolutions = decisions
      .filter(
        (d): d is DivergenceResolution =>
          d.kind === 'divergenceResolution' && d.criterion === criterion && d.withdrawnAt === null,
      )
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    found.push({ criterion, spread, scores, resolutions });
  }
  return found
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.spread - a.d.spread || a.i - b.i)
    .map(({ d }) => d);
}
