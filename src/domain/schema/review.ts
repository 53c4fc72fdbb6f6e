import * as z from 'zod';
import {
  currencyCodeSchema,
  finiteNumber,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  optionalNameSchema,
  reasonSchema,
  textSchema,
  workspaceRecordFields,
} from './common';

export const REVIEW_OUTCOMES = ['keep', 'adjust', 'stop'] as const;
export const reviewOutcomeSchema = z.enum(REVIEW_OUTCOMES);
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;

export const COMPARED_TO_BEFORE = ['better', 'same', 'worse'] as const;
const comparedSchema = z.enum(COMPARED_TO_BEFORE).nullable().default(null);

const count = z
  .number()
  .int({ error: 'errors.wholeNumber' })
  .min(0, { error: 'errors.negative' })
  .max(1e12, { error: 'errors.tooLarge' });

/** For a use case that automates work: how the cases went, compared with before. */
const automationResultSchema = z.strictObject({
  handledByMachine: count,
  takenOverByPerson: count,
  /** Time per case compared with before: better = faster. */
  time: comparedSchema,
  quality: comparedSchema,
});

/**
 * What the owner records at a use case's review date: was the hypothesis right? The promise (KPI,
 * baseline, target, estimated yearly benefit) is copied from the use case and its decision at the
 * time, so that the record stays true when the estimate changes later.
 */
export const reviewSchema = z.strictObject({
  ...workspaceRecordFields,
  useCaseId: idSchema,
  reviewer: nameSchema,
  reviewedAt: isoDateTimeSchema,
  /** The review date that was due (the success measure's), if any. */
  dueDate: isoDateSchema.nullable().default(null),
  /** The use case's owner when reviewed (the estimate's author, for the track record). */
  owner: optionalNameSchema.default(''),
  kpiId: idSchema.nullable().default(null),
  baseline: finiteNumber.nullable().default(null),
  target: finiteNumber.nullable().default(null),
  actual: finiteNumber.nullable().default(null),
  /** decideWorkspace's yearly benefit at the time, and what was realised over a year. */
  estimatedYearlyBenefit: finiteNumber.nullable().default(null),
  realisedYearlyBenefit: finiteNumber.nullable().default(null),
  currency: currencyCodeSchema.default('EUR'),
  outcome: reviewOutcomeSchema,
  reason: reasonSchema,
  /** With "adjust": when to look again. */
  nextReviewDate: isoDateSchema.nullable().default(null),
  automation: automationResultSchema.nullable().default(null),
  note: textSchema.default(''),
});
export type Review = z.infer<typeof reviewSchema>;

/** What the owner types in the review dialog; the rest is taken from the use case then. */
export const reviewFormSchema = z
  .strictObject({
    actual: finiteNumber.nullable(),
    realisedYearlyBenefit: finiteNumber.nullable(),
    outcome: reviewOutcomeSchema,
    reason: reasonSchema,
    nextReviewDate: isoDateSchema.nullable(),
    automation: automationResultSchema.nullable(),
    note: textSchema.default(''),
  })
  .refine((f) => f.outcome !== 'adjust' || f.nextReviewDate !== null, {
    error: 'errors.nextReviewDateRequired',
    path: ['nextReviewDate'],
  });
export type ReviewForm = z.input<typeof reviewFormSchema>;

/** The status a use case takes after its review: keep -> done, stop -> abandoned, adjust -> in progress. */
export const STATUS_AFTER_REVIEW = {
  keep: 'done',
  stop: 'abandoned',
  adjust: 'inProgress',
} as const satisfies Record<ReviewOutcome, string>;
