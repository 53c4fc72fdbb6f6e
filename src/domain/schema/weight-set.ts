import * as z from 'zod';
import { LIMITS, isoDateTimeSchema, nameSchema, workspaceRecordFields } from './common';
import { weightsSchema } from './criterion';

/** Saaty's scale: 1..9 and the reciprocals. */
export const saatyValueSchema = z
  .number()
  .refine(
    (v) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9].some((k) => Math.abs(v - k) < 1e-9 || Math.abs(v - 1 / k) < 1e-9),
    {
      error: 'errors.saaty',
    },
  );

export const pairwiseJudgmentSchema = z.strictObject({
  a: z.string().min(1).max(LIMITS.id),
  b: z.string().min(1).max(LIMITS.id),
  /** How much more a matters than b (a_ij). */
  value: saatyValueSchema,
});

/** A named set of weights (e.g. "Direction" vs "Métiers"), possibly from pairwise comparisons. */
export const weightSetSchema = z.strictObject({
  ...workspaceRecordFields,
  name: nameSchema,
  weights: weightsSchema,
  judgments: z.array(pairwiseJudgmentSchema).max(45).default([]),
  createdAt: isoDateTimeSchema,
});
export type WeightSet = z.infer<typeof weightSetSchema>;
