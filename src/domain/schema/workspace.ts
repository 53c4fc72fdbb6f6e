import * as z from 'zod';
import {
  LIMITS,
  idSchema,
  isoDateTimeSchema,
  languageSchema,
  nameSchema,
  optionalNameSchema,
  textSchema,
  finiteNumber,
} from './common';
import { CRITERION_IDS, criterionIdSchema, weightsSchema, type CriterionId } from './criterion';
import { roadmapModeSchema } from './roadmap';
import { saatyValueSchema } from './weight-set';

/** An item of the workspace's framing lists (departments, initiatives, KPIs): an id, a name. */
const framingItemFields = { id: idSchema, name: nameSchema };

export const departmentSchema = z.strictObject(framingItemFields);
export type Department = z.infer<typeof departmentSchema>;

export const initiativeSchema = z.strictObject({
  ...framingItemFields,
  description: textSchema.default(''),
});
export type Initiative = z.infer<typeof initiativeSchema>;

/** A KPI, owned by a department, with the direction in which it is good. */
export const kpiSchema = z.strictObject({
  ...framingItemFields,
  departmentId: idSchema.nullable(),
  unit: optionalNameSchema.default(''),
  direction: z.enum(['up', 'down']),
  baseline: finiteNumber.nullable().default(null),
});
export type Kpi = z.infer<typeof kpiSchema>;

/** A workspace's own wording of a criterion; an empty field falls back to the default text. */
export const criterionTextSchema = z.strictObject({
  question: textSchema.default(''),
  anchor1: textSchema.default(''),
  anchor3: textSchema.default(''),
  anchor5: textSchema.default(''),
});
export type CriterionText = z.infer<typeof criterionTextSchema>;

export const criterionTextsSchema = z.strictObject(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, criterionTextSchema.optional()])) as Record<
    CriterionId,
    z.ZodOptional<typeof criterionTextSchema>
  >,
);

export const thresholdsSchema = z.strictObject({
  value: z.number().min(0).max(100),
  feasibility: z.number().min(0).max(100),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** One pairwise answer between two criteria (SCORING.md section 8): how much more a matters than b. */
export const criterionJudgmentSchema = z.strictObject({
  a: criterionIdSchema,
  b: criterionIdSchema,
  /** a_ij on Saaty's scale (1..9 or a reciprocal), at full precision. */
  value: saatyValueSchema,
});
export type CriterionJudgment = z.infer<typeof criterionJudgmentSchema>;

/** The 28 pairs of eight criteria. */
const MAX_PAIRWISE_JUDGMENTS = (CRITERION_IDS.length * (CRITERION_IDS.length - 1)) / 2;

export const aggregationSchema = z.enum(['mean', 'median']);
export type Aggregation = z.infer<typeof aggregationSchema>;

/** K of "top K": how many use cases count as the top (sensitivity, conflicts, overrides). */
export const topKSchema = z.number().int().min(1).max(100);

export const workspaceSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  description: textSchema.default(''),
  language: languageSchema,
  /** What do we want to make visible, simpler or stronger? */
  intention: textSchema.default(''),
  departments: z.array(departmentSchema).max(LIMITS.list).default([]),
  initiatives: z.array(initiativeSchema).max(LIMITS.list).default([]),
  kpis: z.array(kpiSchema).max(LIMITS.list).default([]),
  weights: weightsSchema,
  /**
   * The pairwise answers the weights were derived from (AHP), when they were: absent when the
   * weights were typed (and in workspaces and backups written before the answers were kept).
   */
  pairwiseJudgments: z.array(criterionJudgmentSchema).max(MAX_PAIRWISE_JUDGMENTS).optional(),
  criterionTexts: criterionTextsSchema.default({}),
  thresholds: thresholdsSchema,
  aggregation: aggregationSchema.default('mean'),
  /** Group scoring: participants do not see each other's scores until the facilitator reveals them. */
  blindScoring: z.boolean().default(false),
  topK: topKSchema.default(5),
  /** Seed of the rank-robustness draws (SCORING.md section 10): same seed, same figures. */
  robustnessSeed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(42),
  roadmapMode: roadmapModeSchema.default('waves'),
  isDemo: z.boolean().default(false),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

/** What a person types to create or rename a workspace. */
export const workspaceFormSchema = z.strictObject({
  name: nameSchema,
  description: textSchema,
});
export type WorkspaceForm = z.infer<typeof workspaceFormSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = { value: 50, feasibility: 50 };
