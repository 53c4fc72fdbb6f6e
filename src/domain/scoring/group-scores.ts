import type { CriterionId } from '../schema/criterion';
import type { Decision } from '../schema/decision';

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
