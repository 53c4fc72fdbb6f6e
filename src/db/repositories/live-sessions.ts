import { liveSessionSchema, type LiveSession } from '../../domain/schema/live-session';
import type { CriterionScores } from '../../domain/schema/scorecard';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { setBlindScoring, setScoresRevealed } from './group-scoring';
import { saveOwnScores } from './scorecards';
import { ofWorkspace } from './workspace-reads';

/** The workspace's live session still open on this machine (to resume it), if any. */
export async function getOpenLiveSession(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<LiveSession | null> {
  const all = await ofWorkspace(db.liveSessions, workspaceId);
  return all.find((s) => s.endedAt === null) ?? null;
}

/**
 * Records a session the server opened, and starts a blind round on its use cases (SCORING.md
 * section 9): their participants' scores are hidden until the facilitator reveals them.
 */
export async function recordLiveSession(
  db: ClarteDatabase,
  ctx: ChangeContext,
  session: LiveSession,
): Promise<void> {
  const record = liveSessionSchema.parse(session);
  await db.liveSessions.put(record);
  await setBlindScoring(db, ctx, record.workspaceId, true);
  for (const id of record.useCaseIds) await setScoresRevealed(db, ctx, id, false);
}

/** The reveal: the session's use cases' scores become visible everywhere. */
export async function revealLiveSession(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseIds: readonly string[],
): Promise<void> {
  for (const id of useCaseIds) await setScoresRevealed(db, ctx, id, true);
}

export async function markLiveSessionEnded(
  db: ClarteDatabase,
  ctx: ChangeContext,
  sessionId: string,
): Promise<void> {
  await db.liveSessions.update(sessionId, { endedAt: ctx.now() });
}

/**
 * A participant's scorecard arriving from the live session, written through the scorecards'
 * one write path: signed by the participant (ctx.actor), audited "scored in the live session".
 */
export async function saveLiveSessionScores(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  scores: CriterionScores,
): Promise<void> {
  await saveOwnScores(db, ctx, useCaseId, scores, 'liveSession');
}
