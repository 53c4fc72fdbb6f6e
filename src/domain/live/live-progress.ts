import { CRITERION_IDS } from '../schema/criterion';
import type { CriterionScores } from '../schema/scorecard';
import type { LiveDivergence, ParticipantEntries } from './live-documents';

/** A use case is scored by a participant once all eight criteria have a score. */
export function isFullyScored(scores: CriterionScores | undefined): boolean {
  return scores !== undefined && CRITERION_IDS.every((id) => scores[id].score !== null);
}

/** How many of the session's use cases a participant has fully scored ("6 of 10 scored"). */
export function progressOf(
  entries: ParticipantEntries,
  useCaseIds: readonly string[],
): { scored: number; total: number } {
  const scored = useCaseIds.filter((id) => isFullyScored(entries[id])).length;
  return { scored, total: useCaseIds.length };
}

/**
 * What everyone sees after the reveal: per use case and criterion scored by two participants or
 * more, the lowest and highest score (divergence = max - min, SCORING.md section 9); in the
 * order of the use cases, then of the criteria.
 */
export function divergencesOf(
  participants: readonly ParticipantEntries[],
  useCaseIds: readonly string[],
): LiveDivergence[] {
  const out: LiveDivergence[] = [];
  for (const useCaseId of useCaseIds) {
    for (const criterion of CRITERION_IDS) {
      const given = participants
        .map((p) => p[useCaseId]?.[criterion].score ?? null)
        .filter((s): s is number => s !== null);
      if (given.length < 2) continue;
      out.push({
        useCaseId,
        criterion,
        min: Math.min(...given),
        max: Math.max(...given),
        raters: given.length,
      });
    }
  }
  return out;
}
