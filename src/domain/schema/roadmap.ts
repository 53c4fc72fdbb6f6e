import * as z from 'zod';
import { idSchema, isoDateSchema, nameSchema, workspaceRecordFields } from './common';

/** How the roadmap is laid out: named waves, or dated quarters. */
export const roadmapModeSchema = z.enum(['waves', 'quarters']);

/** A roadmap wave (Now / Next / Later, or a dated quarter) holding ordered use cases. */
export const waveSchema = z.strictObject({
  ...workspaceRecordFields,
  name: nameSchema,
  position: z.number().int().min(0),
  capacity: z.number().int().min(0).max(10000).nullable().default(null),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  useCaseIds: z.array(idSchema).max(100000).default([]),
});
export type Wave = z.infer<typeof waveSchema>;
