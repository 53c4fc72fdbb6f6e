import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { participantSchema, type Participant } from '../../domain/schema/participant';
import {
  criterionScoresSchema,
  emptyCriterionScores,
  scorecardSchema,
  type CriterionScores,
  type Scorecard,
} from '../../domain/schema/scorecard';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';

export async function listParticipants(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Participant[]> {
  return db.participants.where('workspaceId').equals(workspaceId).toArray();
}

export async function listScorecards(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Scorecard[]> {
  return db.scorecards.where('workspaceId').equals(workspaceId).toArray();
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

/**
 * Saves the scores the current person (ctx.actor) gives a use case. The person becomes a
 * participant of the workspace if they were not one. Their scorecard is theirs alone: other
 * participants' scores are never touched, and the group score is computed, never stored.
 */
export async function saveOwnScores(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  scores: CriterionScores,
): Promise<void> {
  const parsed = criterionScoresSchema.parse(scores);
  await db.transaction(
    'rw',
    [db.useCases, db.participants, db.scorecards, db.workspaces, db.audit],
    async () => {
      const useCase = await db.useCases.get(useCaseId);
      if (!useCase) throw new Error(`Use case ${useCaseId} not found`);
      const workspaceId = useCase.workspaceId;
      const now = ctx.now();
      let participant = await findParticipantByName(db, workspaceId, ctx.actor);
      if (!participant) {
        participant = participantSchema.parse({ id: ctx.newId(), workspaceId, name: ctx.actor });
        await db.participants.add(participant);
        await db.audit.add(
          auditEntry(ctx, now, {
            workspaceId,
            action: 'created',
            entityType: 'participant',
            entityId: participant.id,
            label: participant.name,
            after: toJson({ name: participant.name }),
          }),
        );
      }
      const existing = await db.scorecards
        .where('[useCaseId+participantId]')
        .equals([useCaseId, participant.id])
        .first();
      const before = existing?.scores ?? emptyCriterionScores();
      const diff = recordChanges(before, parsed);
      if (!diff) return;
      const card = scorecardSchema.parse({
        id: existing?.id ?? ctx.newId(),
        workspaceId,
        useCaseId,
        participantId: participant.id,
        scores: parsed,
        updatedAt: now,
      });
      await db.scorecards.put(card);
      await db.workspaces.update(workspaceId, { updatedAt: now });
      await db.audit.add(
        auditEntry(ctx, now, {
          workspaceId,
          action: existing ? 'updated' : 'created',
          entityType: 'scorecard',
          entityId: useCaseId,
          label: `${useCase.title} · ${participant.name}`,
          ...diff,
        }),
      );
    },
  );
}
