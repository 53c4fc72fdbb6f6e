/** What a person types or does on the roadmap, checked before anything is stored. */
import * as z from 'zod';
import {
  idSchema,
  isoDateSchema,
  nameSchema,
  optionalNameSchema,
  reasonSchema,
} from '../schema/common';

/** A wave as a person gives it: its name, an optional capacity and optional dates. */
export const waveDraftSchema = z
  .strictObject({
    name: nameSchema,
    capacity: z
      .number({ error: 'errors.invalid' })
      .int({ error: 'errors.invalid' })
      .min(0, { error: 'errors.negative' })
      .max(10000, { error: 'errors.tooLarge' })
      .nullable(),
    startDate: isoDateSchema.nullable(),
    endDate: isoDateSchema.nullable(),
  })
  .refine((w) => !w.startDate || !w.endDate || w.startDate <= w.endDate, {
    error: 'errors.invalid',
    path: ['endDate'],
  });
export type WaveDraft = z.infer<typeof waveDraftSchema>;

export { roadmapModeSchema } from '../schema/roadmap';

/** A card moved on the board: to a wave (or none: the backlog), at a position in it. */
export const cardMoveSchema = z.strictObject({
  useCaseId: idSchema,
  toWaveId: idSchema.nullable(),
  position: z.number().int().min(0, { error: 'errors.negative' }),
  /** Required when the move is an override (see move-card.ts). */
  reason: z.string().trim().max(5000, { error: 'errors.tooLong' }),
  owner: optionalNameSchema,
});
export type CardMoveInput = z.infer<typeof cardMoveSchema>;

/** What the override dialog asks: a reason (required) and the named owner (optional). */
export const overrideReasonSchema = z.strictObject({
  reason: reasonSchema,
  owner: optionalNameSchema,
});
export type OverrideReason = z.infer<typeof overrideReasonSchema>;
