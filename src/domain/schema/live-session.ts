import * as z from 'zod';
import { idSchema, isoDateTimeSchema } from './common';
import { LIVE_LIMITS, liveSessionIdSchema } from '../live/live-documents';

/**
 * A live session the facilitator opened on this machine (PRODUCT.md "The room"): what it needs to
 * resume after the laptop's lid was closed. The token and passcode never leave this machine but
 * for the server that hosts the session.
 */
export const liveSessionSchema = z.strictObject({
  id: liveSessionIdSchema,
  workspaceId: idSchema,
  facilitatorToken: z.string().min(16).max(100),
  passcode: z.string().regex(/^\d{6}$/),
  useCaseIds: z.array(idSchema).min(1).max(LIVE_LIMITS.useCases),
  joinOrigins: z.array(z.string().max(200)).max(20),
  startedAt: isoDateTimeSchema,
  endedAt: isoDateTimeSchema.nullable().default(null),
});
export type LiveSession = z.infer<typeof liveSessionSchema>;
