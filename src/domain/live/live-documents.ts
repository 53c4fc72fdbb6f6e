import * as z from 'zod';
import { idSchema, nameSchema, textSchema } from '../schema/common';
import { criterionIdSchema } from '../schema/criterion';
import { criterionScoresSchema } from '../schema/scorecard';
import { criterionTextsSchema } from '../schema/workspace';

/**
 * The documents of a live session (PRODUCT.md "The room"), shared through Yjs. Both the server
 * (which refuses any update that breaks them) and the browsers read them with these schemas.
 *
 * - `session:<id>`: written by the facilitator only; read by every participant. It holds what a
 *   participant may see: the use cases' titles and descriptions, the scales, the reveal state,
 *   the divergences once revealed and the agreements.
 * - `session:<id>:p:<participantId>`: one participant's scorecards; opened by that participant
 *   and the facilitator only.
 *
 * Each document has one root map, `LIVE_ROOT`, whose entries are plain JSON values.
 */
export const LIVE_ROOT = 'live';

/** At most this many use cases in one session, participants in one session. */
export const LIVE_LIMITS = { useCases: 1000, participants: 200, agreements: 2000 } as const;

const sessionIdPattern = /^[A-Za-z0-9_-]{16,64}$/;
export const liveSessionIdSchema = z.string().regex(sessionIdPattern);

export const liveUseCaseSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  description: textSchema,
});
export type LiveUseCase = z.infer<typeof liveUseCaseSchema>;

/** The spread of the participants' scores on a criterion, shown to everyone after the reveal. */
export const liveDivergenceSchema = z.strictObject({
  useCaseId: idSchema,
  criterion: criterionIdSchema,
  min: z.number().int().min(1).max(5),
  max: z.number().int().min(1).max(5),
  raters: z.number().int().min(0).max(LIVE_LIMITS.participants),
});
export type LiveDivergence = z.infer<typeof liveDivergenceSchema>;

export const liveAgreementSchema = z.strictObject({
  useCaseId: idSchema,
  criterion: criterionIdSchema,
  agreedScore: z.number().int().min(1).max(5),
  note: textSchema,
});
export type LiveAgreement = z.infer<typeof liveAgreementSchema>;

/** The entries of the shared document's root map; each optional while the facilitator fills it. */
export const sharedEntriesSchema = z.strictObject({
  language: z.enum(['fr', 'en']).optional(),
  workspaceName: nameSchema.optional(),
  useCases: z.array(liveUseCaseSchema).max(LIVE_LIMITS.useCases).optional(),
  scales: criterionTextsSchema.optional(),
  revealed: z.boolean().optional(),
  divergences: z
    .array(liveDivergenceSchema)
    .max(LIVE_LIMITS.useCases * 8)
    .optional(),
  agreements: z.array(liveAgreementSchema).max(LIVE_LIMITS.agreements).optional(),
});
export type SharedEntries = z.infer<typeof sharedEntriesSchema>;

/** A participant's document: scorecards by use case id (all eight criteria, score 1..5 or null). */
export const participantEntriesSchema = z
  .record(idSchema, criterionScoresSchema)
  .refine((r) => Object.keys(r).length <= LIVE_LIMITS.useCases, { error: 'errors.tooLong' });
export type ParticipantEntries = z.infer<typeof participantEntriesSchema>;

export function sharedDocumentName(sessionId: string): string {
  return `session:${sessionId}`;
}

export function participantDocumentName(sessionId: string, participantId: string): string {
  return `session:${sessionId}:p:${participantId}`;
}

export type LiveDocumentName =
  | { kind: 'shared'; sessionId: string }
  | { kind: 'participant'; sessionId: string; participantId: string };

/** Reads a document name; null when it is not one of a live session's. */
export function parseDocumentName(name: string): LiveDocumentName | null {
  const parts = name.split(':');
  const [prefix, sessionId, p, participantId] = parts;
  if (prefix !== 'session' || sessionId === undefined || !sessionIdPattern.test(sessionId))
    return null;
  if (parts.length === 2) return { kind: 'shared', sessionId };
  if (parts.length === 4 && p === 'p' && participantId && sessionIdPattern.test(participantId))
    return { kind: 'participant', sessionId, participantId };
  return null;
}

/** A participant's name as given at join: the participant schema's name rules. */
const liveParticipantNameSchema = nameSchema;

/** What the join endpoint accepts. */
export const joinRequestSchema = z.strictObject({
  sessionId: liveSessionIdSchema,
  passcode: z.string().max(32),
  name: liveParticipantNameSchema.optional(),
});

/** What the facilitator sends to open a session. */
export const openSessionRequestSchema = z.strictObject({
  useCaseIds: z.array(idSchema).min(1).max(LIVE_LIMITS.useCases),
  roster: z.array(liveParticipantNameSchema).max(LIVE_LIMITS.participants),
});
