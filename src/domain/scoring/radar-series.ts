import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { CriterionScores } from '../schema/scorecard';
import { orientScore, type CriterionValues } from './score-use-case';

/** One line of the radar: the group's score, or one participant's. */
export interface RadarSeries {
  /** 'group', or the participant's id. */
  id: string;
  kind: 'group' | 'participant';
  participantId: string | null;
}

/** One spoke of the radar: a criterion, and each series' oriented score on it (null: unset). */
export interface RadarPoint {
  criterion: CriterionId;
  values: Record<string, number | null>;
}

export interface RadarData {
  series: RadarSeries[];
  points: RadarPoint[];
}

export const GROUP_SERIES = 'group';

/**
 * The eight oriented scores (SCORING.md section 2) of a use case, ready to draw: the group's
 * effective score (from the decision: single, mean, median or agreed, section 9) and, with two
 * participants or more, one series per participant, in the order of the scorecards.
 * Oriented: 5 is always best.
 */
export function radarSeries(
  scorecards: readonly { participantId: string; scores: CriterionScores }[],
  group: CriterionValues,
): RadarData {
  const several = scorecards.length >= 2;
  const series: RadarSeries[] = [
    { id: GROUP_SERIES, kind: 'group', participantId: null },
    ...(several
      ? scorecards.map((card) => ({
          id: card.participantId,
          kind: 'participant' as const,
          participantId: card.participantId,
        }))
      : []),
  ];
  const points = CRITERION_IDS.map((criterion): RadarPoint => {
    const g = group[criterion];
    const values: Record<string, number | null> = {
      [GROUP_SERIES]: g === null ? null : orientScore(criterion, g),
    };
    if (several) {
      for (const card of scorecards) {
        const s = card.scores[criterion].score;
        values[card.participantId] = s === null ? null : orientScore(criterion, s);
      }
    }
    return { criterion, values };
  });
  return { series, points };
}
