import * as z from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  optionalNameSchema,
  reasonSchema,
  textSchema,
  workspaceRecordFields,
} from './common';
import { criterionIdSchema } from './criterion';

/** Every decision names its author, its time and its reason (PRODUCT.md idea 5). */
const decisionBase = {
  ...workspaceRecordFields,
  author: nameSchema,
  at: isoDateTimeSchema,
  reason: reasonSchema,
  /** The named human who owns the follow-up of this exception. */
  owner: optionalNameSchema.default(''),
  reviewDate: isoDateSchema.nullable().default(null),
  withdrawnAt: isoDateTimeSchema.nullable().default(null),
  withdrawnBy: optionalNameSchema.default(''),
  withdrawReason: textSchema.default(''),
};

export const overrideSchema = z.strictObject({
  ...decisionBase,
  kind: z.literal('override'),
  useCaseId: idSchema,
  action: z.enum([
    'forceIntoTop',
    'forceOutOfTop',
    'setPosition',
    'forceIntoWave',
    'forceOutOfWave',
  ]),
  position: z.number().int().min(1).nullable().default(null),
  waveId: idSchema.nullable().default(null),
  /** The model's rank when the override was made, for the record. */
  computedRank: z.number().int().min(1).nullable().default(null),
});

const roadmapPlacementSchema = z.strictObject({
  ...decisionBase,
  kind: z.literal('roadmapPlacement'),
  useCaseId: idSchema,
  waveId: idSchema.nullable(),
  suggestedWaveId: idSchema.nullable().default(null),
});

export const kpiArbitrationSchema = z.strictObject({
  ...decisionBase,
  kind: z.literal('kpiArbitration'),
  /** Stable key of the conflict, computed by the domain from its sides. */
  conflictKey: z.string().min(1).max(500),
  decision: textSchema,
});

export const divergenceResolutionSchema = z.strictObject({
  ...decisionBase,
  kind: z.literal('divergenceResolution'),
  useCaseId: idSchema,
  criterion: criterionIdSchema,
  agreedScore: z.number().int().min(1).max(5),
});

export const decisionSchema = z.discriminatedUnion('kind', [
  overrideSchema,
  roadmapPlacementSchema,
  kpiArbitrationSchema,
  divergenceResolutionSchema,
]);
export type Decision = z.infer<typeof decisionSchema>;
export type Override = z.infer<typeof overrideSchema>;
