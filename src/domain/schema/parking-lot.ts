import * as z from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, workspaceRecordFields } from './common';
import { workshopStepIdSchema } from './workshop';

/** The longest remark of the parking lot, in characters. */
const MAX_REMARK_LENGTH = 2000;

/** A remark captured during a workshop, with the named person who follows it up. */
export const parkingItemSchema = z.strictObject({
  ...workspaceRecordFields,
  workshopId: idSchema.nullable().default(null),
  /** The step the workshop was on when it came up. */
  step: workshopStepIdSchema.nullable().default(null),
  text: z
    .string()
    .trim()
    .min(1, { error: 'errors.required' })
    .max(MAX_REMARK_LENGTH, { error: 'errors.tooLong' }),
  owner: nameSchema,
  author: nameSchema,
  createdAt: isoDateTimeSchema,
  /** When it was dealt with; open while null. */
  closedAt: isoDateTimeSchema.nullable().default(null),
});
export type ParkingItem = z.infer<typeof parkingItemSchema>;
