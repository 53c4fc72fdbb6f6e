import * as z from 'zod';
import { idSchema, nameSchema, optionalNameSchema, workspaceRecordFields } from './common';

/** A person who scores and decides in a workspace. */
export const participantSchema = z.strictObject({
  ...workspaceRecordFields,
  name: nameSchema,
  departmentId: idSchema.nullable().default(null),
  role: optionalNameSchema.default(''),
});
export type Participant = z.infer<typeof participantSchema>;
