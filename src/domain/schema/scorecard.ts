import * as z from 'zod';
import { idSchema, isoDateTimeSchema, textSchema, workspaceRecordFields } from './common';
import { CRITERION_IDS, rawScoreSchema, type CriterionId } from './criterion';

/** One rater's answer on one criterion: a score 1..5 or unset, and the evidence. */
export const criterionScoreSchema = z.strictObject({
  score: rawScoreSchema.nullable(),
  rationale: textSchema.default(''),
});

export const criterionScoresSchema = z.strictObject(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, criterionScoreSchema])) as Record<
    CriterionId,
    typeof criterionScoreSchema
  >,
);
export type CriterionScores = z.infer<typeof criterionScoresSchema>;
export type CriterionScoresInput = z.input<typeof criterionScoresSchema>;

/** A participant's scores for one use case: never overwritten by the group's mean. */
export const scorecardSchema = z.strictObject({
  ...workspaceRecordFields,
  useCaseId: idSchema,
  participantId: idSchema,
  scores: criterionScoresSchema,
  updatedAt: isoDateTimeSchema,
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export function emptyCriterionScores(): CriterionScores {
  return Object.fromEntries(
    CRITERION_IDS.map((id) => [id, { score: null, rationale: '' }]),
  ) as CriterionScores;
}
