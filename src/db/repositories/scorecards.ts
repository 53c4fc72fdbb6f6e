import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { participantSchema, type Participant } from '../../domain/schema/participant';
import {
  criterionScoresSchema,
  emptyCriterionScores,
  scorecardSchema,
  type CriterionScores,
  type Scorecard,
} from '../../domain/schema/scorecard';
import type { UseCase } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import type { AuditFacts } from './audit-trail';
import { addRecorded, factsOf, mustGet, putRecorded } from './recorded-writes';
import { ofWorkspace } from './workspace-reads';

export async function listParticipants(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Participant[]> {
  return ofWorkspace(db.participants, workspaceId);
}

export async function listScorecardsOfUseCase(
  db: ClarteDatabase,
  useCaseId: string,
): Promise<Scorecard[]> {
  return db.scorecards.where('useCaseId').equals(useCaseId).toArray();
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;
}

/** The participant of a workspace who bears this name (case and accents ignored), if any. */
export async function findParticipantByName(
  db: ClarteDatabase,
  workspaceId: string,
  name: string,
): Promise<Participant | null> {
  const all = await listParticipants(db, workspaceId);
  return all.find((p) => sameName(p.name, name)) ?? null;
}

/** Adds the person who scores as a participant (inside the caller's transaction), audited. */
export async function addScoringParticipant(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  participant: Participant,
): Promise<void> {
  await addRecorded(db, ctx, now, db.participants, participant, {
    ...factsOf('participant', participant, participant.name),
    after: toJson({ name: participant.name }),
  });
}

/**
 * Writes a participant's scorecard for a use case (inside the caller's transaction): only when
 * something changed, with its audit entry, touching the workspace.
 */
async function writeScorecard(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  useCase: { id: string; workspaceId: string; title: string },
  participant: Participant,
  scores: CriterionScores,
  via?: AuditFacts['via'],
): Promise<void> {
  const existing = await db.scorecards
    .where('[useCaseId+participantId]')
    .equals([useCase.id, participant.id])
    .first();
  const before = existing?.scores ?? emptyCriterionScores();
  const diff = recordChanges(before, scores);
  if (!diff) return;
  const card = scorecardSchema.parse({
    id: existing?.id ?? ctx.newId(),
    workspaceId: useCase.workspaceId,
    useCaseId: useCase.id,
    participantId: participant.id,
    scores,
    updatedAt: now,
  });
  // A scorecard reads in the trail as its use case's, by the participant's name.
  await putRecorded(db, ctx, now, db.scorecards, card, {
    ...factsOf('scorecard', useCase, `${useCase.title} · ${participant.name}`),
    action: existing ? 'updated' : 'created',
    ...diff,
    via,
  });
}

/** Runs `write` on a use case that must exist, in one transaction over the scoring tables. */
async function withUseCase(
  db: ClarteDatabase,
  useCaseId: string,
  write: (useCase: UseCase) => Promise<void>,
): Promise<void> {
  const tables = [db.useCases, db.participants, db.scorecards, db.workspaces, db.audit];
  await db.transaction('rw', tables, async () => {
    await write(await mustGet(db.useCases, useCaseId, 'Use case'));
  });
}

/**
 * Saves the scores the current person (ctx.actor) gives a use case. The person becomes a
 * participant of the workspace if they were not one. Their scorecard is theirs alone: other
 * participants' scores are never touched, and the group score is computed, never stored.
 * `via` says the scores came from a live session (ctx.actor is then the participant who scored).
 */
export async function saveOwnScores(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  scores: CriterionScores,
  via?: AuditFacts['via'],
): Promise<void> {
  const parsed = criterionScoresSchema.parse(scores);
  await withUseCase(db, useCaseId, async (useCase) => {
    const workspaceId = useCase.workspaceId;
    const now = ctx.now();
    let participant = await findParticipantByName(db, workspaceId, ctx.actor);
    if (!participant) {
      participant = participantSchema.parse({ id: ctx.newId(), workspaceId, name: ctx.actor });
      await addScoringParticipant(db, ctx, now, participant);
    }
    await writeScorecard(db, ctx, now, useCase, participant, parsed, via);
  });
}

/**
 * Saves the scores a given participant gives a use case (facilitator mode: several people
 * score on one laptop). The change is signed by the person at the keyboard (ctx.actor); only
 * that participant's scorecard is written.
 */
export async function saveParticipantScores(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  participantId: string,
  scores: CriterionScores,
): Promise<void> {
  const parsed = criterionScoresSchema.parse(scores);
  await withUseCase(db, useCaseId, async (useCase) => {
    const participant = await db.participants.get(participantId);
    if (!participant || participant.workspaceId !== useCase.workspaceId)
      throw new Error(`Participant ${participantId} not found in this workspace`);
    await writeScorecard(db, ctx, ctx.now(), useCase, participant, parsed);
  });
}
