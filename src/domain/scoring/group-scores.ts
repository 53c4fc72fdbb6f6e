import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import type { CriterionScores } from '../schema/scorecard';
import type { Aggregation } from '../schema/workspace';
import { aggregateScores } from './aggregate-scores';
import type { CriterionValues } from './score-use-case';

/** What the group agreed on one criterion of one use case, after discussing a divergence. */
export interface AgreedScore {
  useCaseId: string;
  criterion: CriterionId;
  agreedScore: number;
  /** The note the group recorded (the decision's reason). */
  note: string;
  decisionId: string;
  author: string;
  at: string;
}

/** Where a criterion's group score comes from. */
export type GroupScoreSource = 'agreed' | 'aggregated' | 'none';

/**
 * The agreements in force, per use case and criterion: divergence resolutions that were not
 * withdrawn; when the group resolved the same criterion twice, the latest one (by time, then
 * by id) stands.
 */
export function agreedScoresOf(
  decisions: readonly Decision[],
): Map<string, Map<CriterionId, AgreedScore>> {
  const byUseCase = new Map<string, Map<CriterionId, AgreedScore>>();
  for (const d of decisions) {
    if (d.kind !== 'divergenceResolution' || d.withdrawnAt !== null) continue;
    let ofUseCase = byUseCase.get(d.useCaseId);
    if (!ofUseCase) {
      ofUseCase = new Map();
      byUseCase.set(d.useCaseId, ofUseCase);
    }
    const current = ofUseCase.get(d.criterion);
    const later =
      !current || d.at > current.at || (d.at === current.at && d.id > current.decisionId);
    if (later) {
      ofUseCase.set(d.criterion, {
        useCaseId: d.useCaseId,
        criterion: d.criterion,
        agreedScore: d.agreedScore,
        note: d.reason,
        decisionId: d.id,
        author: d.author,
        at: d.at,
      });
    }
  }
  return byUseCase;
}

/**
 * The group's score per criterion of one use case (SCORING.md section 9, plus agreements).
 *
 * Decision: an agreed score recorded in the workshop view (a divergence resolution) BECOMES the
 * group's score for that criterion of that use case, in place of the mean or median of the
 * participants; the participants' own scores stay stored untouched, and withdrawing the
 * agreement brings the mean (or median) back. Everything computed from the group's scores
 * (overall, value, feasibility, quadrant, rank, explanation) therefore follows the agreement.
 */
export function groupScores(
  scorecards: readonly { scores: CriterionScores }[],
  method: Aggregation,
  agreed: ReadonlyMap<CriterionId, { agreedScore: number }> | undefined,
): CriterionValues {
  const values = aggregateScores(scorecards, method);
  if (!agreed) return values;
  for (const id of CRITERION_IDS) {
    const a = agreed.get(id);
    if (a) values[id] = a.agreedScore;
  }
  return values;
}

/** Whether each criterion's group score is agreed, aggregated from the participants, or unset. */
export function groupScoreSources(
  values: CriterionValues,
  agreed: ReadonlyMap<CriterionId, unknown> | undefined,
): Record<CriterionId, GroupScoreSource> {
  const out = {} as Record<CriterionId, GroupScoreSource>;
  for (const id of CRITERION_IDS) {
    out[id] = agreed?.has(id) ? 'agreed' : values[id] === null ? 'none' : 'aggregated';
  }
  return out;
}
