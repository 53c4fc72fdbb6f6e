import * as z from 'zod';
import { idSchema, nameSchema, optionalNameSchema } from './common';

/** A person who scores and decides in a workspace. */
export const participantSchema = z.strictObject({
  id: idSchema,
  workspaceId: idSchema,
  name: nameSchema,
  departmentId: idSchema.nullable().default(null),
  role: optionalNameSchema.default(''),
});
export type Participant = z.infer<typeof participantSchema>;
