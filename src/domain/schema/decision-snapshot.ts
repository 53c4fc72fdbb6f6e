import * as z from 'zod';
import { CRITERION_IDS, type CriterionId, criterionIdSchema, weightsSchema } from './criterion';
import { criterionScoresSchema } from './scorecard';
import {
  currencyCodeSchema,
  finiteNumber,
  idSchema,
  isoDateTimeSchema,
  languageSchema,
  nameSchema,
  optionalNameSchema,
  textSchema,
  workspaceRecordFields,
} from './common';
import { useCaseStatusSchema } from './use-case';
import { aggregationSchema, thresholdsSchema, topKSchema } from './workspace';
import { overrideSchema } from './decision';
import { FINANCIAL_INPUTS } from '../finance/financial-estimate';
import { CLARITY_ITEMS } from '../qualification/clarity';
import { QUADRANTS } from '../scoring/quadrant';

/** Bounds of one snapshot: as many use cases as a large workspace holds. */
const SNAPSHOT_LIMITS = { useCases: 20_000, scorecards: 200_000, overrides: 20_000 };

/** A financial figure of SCORING.md section 11 as decided: a value, or null and its reason key. */
const figureSchema = z.strictObject({
  value: finiteNumber.nullable(),
  reason: z.string().max(100).nullable(),
});

const agreementSchema = z.strictObject({
  useCaseId: idSchema,
  criterion: criterionIdSchema,
  agreedScore: finiteNumber,
  note: textSchema,
  decisionId: idSchema,
  author: z.string().max(200),
  at: isoDateTimeSchema,
});

/** One criterion's effective score as decideWorkspace gave it (full precision). */
const frozenScoreSchema = z.strictObject({
  value: finiteNumber.nullable(),
  source: z.enum(['single', 'mean', 'median', 'agreed', 'none']),
  raters: z.number().int().min(0),
  agreement: agreementSchema.nullable(),
});

const perCriterion = <T extends z.ZodType>(schema: T) =>
  z.strictObject(
    Object.fromEntries(CRITERION_IDS.map((id) => [id, schema])) as Record<CriterionId, T>,
  );

/** A UseCaseDecision of decideWorkspace, whole, with the use case's owner and status then. */
export const frozenUseCaseSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  owner: optionalNameSchema,
  status: useCaseStatusSchema,
  standing: z.enum(['ranked', 'toScore', 'awaitingReveal']),
  scores: perCriterion(frozenScoreSchema),
  values: perCriterion(finiteNumber.nullable()),
  missing: z.array(criterionIdSchema).max(CRITERION_IDS.length),
  raters: z.number().int().min(0),
  overall: finiteNumber.nullable(),
  value: finiteNumber.nullable(),
  feasibility: finiteNumber.nullable(),
  quadrant: z.enum(QUADRANTS).nullable(),
  rank: z.number().int().min(1).nullable(),
  decidedRank: z.number().int().min(1).nullable(),
  overrideIds: z.array(idSchema).max(500),
  finance: z.strictObject({
    yearlyBenefit: figureSchema,
    yearlyNet: figureSchema,
    paybackMonths: figureSchema,
    threeYearRoi: figureSchema,
    missing: z.array(z.enum(FINANCIAL_INPUTS)).max(FINANCIAL_INPUTS.length),
    currency: currencyCodeSchema,
  }),
  clarity: z.strictObject({
    filled: z.number().int().min(0).max(CLARITY_ITEMS.length),
    share: z.number().min(0).max(1),
    clear: z.boolean(),
    missing: z.array(z.enum(CLARITY_ITEMS)).max(CLARITY_ITEMS.length),
  }),
});
export type FrozenUseCase = z.infer<typeof frozenUseCaseSchema>;

/** A participant's scorecard then: who scored what, when, and why (the rationale). */
export const frozenScorecardSchema = z.strictObject({
  id: idSchema,
  useCaseId: idSchema,
  participantId: idSchema,
  participantName: z.string().max(200),
  updatedAt: isoDateTimeSchema,
  scores: criterionScoresSchema,
});
export type FrozenScorecard = z.infer<typeof frozenScorecardSchema>;

/** An override in force then (the decision record, whole). */
export const frozenOverrideSchema = overrideSchema;
export type FrozenOverride = z.infer<typeof frozenOverrideSchema>;

/**
 * A decision frozen under a name and a date: the whole output of decideWorkspace (every use
 * case in the decided order, then those to score and awaiting reveal), the settings it was
 * computed with, the overrides in force and the participants' scorecards. Immutable.
 */
export const decisionSnapshotSchema = z.strictObject({
  ...workspaceRecordFields,
  name: nameSchema,
  note: textSchema.default(''),
  takenAt: isoDateTimeSchema,
  takenBy: nameSchema,
  /** By hand, or at the end of a guided workshop. */
  origin: z.enum(['manual', 'workshop']).default('manual'),
  workshopId: idSchema.nullable().default(null),
  weights: weightsSchema,
  thresholds: thresholdsSchema,
  aggregation: aggregationSchema,
  topK: topKSchema,
  language: languageSchema,
  blindScoring: z.boolean(),
  useCases: z.array(frozenUseCaseSchema).max(SNAPSHOT_LIMITS.useCases),
  overrides: z.array(frozenOverrideSchema).max(SNAPSHOT_LIMITS.overrides),
  scorecards: z.array(frozenScorecardSchema).max(SNAPSHOT_LIMITS.scorecards),
});
export type DecisionSnapshot = z.infer<typeof decisionSnapshotSchema>;
