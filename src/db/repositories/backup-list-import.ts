import { toJson } from '../../domain/audit/record-changes';
import type { ImportedUseCase } from '../../domain/exchange/import-use-cases';
import type { AuditEntry } from '../../domain/schema/audit-entry';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import { participantSchema, type Participant } from '../../domain/schema/participant';
import { scorecardSchema, type Scorecard } from '../../domain/schema/scorecard';
import { useCaseSchema, type UseCase } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';
import { findParticipantByName } from './scorecards';
import { recordChange, recordChanges } from '../write';

/** Rows per chunk: each chunk is built (schemas, audit entries) and written in one short task. */
const CHUNK = 100;

interface ChunkRecords {
  useCases: UseCase[];
  cards: Scorecard[];
  entries: AuditEntry[];
}

/** The records of some rows: the use cases, the scorecards of their scores, the audit entries. */
function recordsOf(
  ctx: ChangeContext,
  now: string,
  workspaceId: string,
  participant: Participant,
  rows: readonly ImportedUseCase[],
): ChunkRecords {
  const out: ChunkRecords = { useCases: [], cards: [], entries: [] };
  for (const r of rows) {
    const useCase = useCaseSchema.parse({
      ...r.form,
      id: ctx.newId(),
      workspaceId,
      createdAt: now,
      updatedAt: now,
    });
    out.useCases.push(useCase);
    out.entries.push(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'created',
        entityType: 'useCase',
        entityId: useCase.id,
        label: useCase.title,
        after: toJson({ ...r.form, importedRow: r.row }),
      }),
    );
    const scores = r.scores;
    if (!scores) continue;
    const card = scorecardSchema.parse({
      id: ctx.newId(),
      workspaceId,
      useCaseId: useCase.id,
      participantId: participant.id,
      scores: Object.fromEntries(
        CRITERION_IDS.map((id) => [id, { score: scores[id], rationale: '' }]),
      ),
      updatedAt: now,
    });
    out.cards.push(card);
    out.entries.push(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'created',
        entityType: 'scorecard',
        entityId: card.useCaseId,
        label: `${useCase.title} · ${participant.name}`,
        after: toJson(card.scores),
      }),
    );
  }
  return out;
}

/**
 * Creates the use cases of an imported list (already validated, row by row) in ONE
 * transaction, chunk by chunk: each chunk's records are parsed by the schemas and written
 * (use cases, the importing person's scorecards for the scores given, an audit entry each)
 * before the next is built, so the page never freezes for long; a failure anywhere aborts
 * the whole transaction and nothing is stored. Calls onProgress(done, total) per chunk.
 */
export async function importUseCaseRows(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  rows: readonly ImportedUseCase[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<string[]> {
  const now = ctx.now();
  const existing = await findParticipantByName(db, workspaceId, ctx.actor);
  const participant =
    existing ?? participantSchema.parse({ id: ctx.newId(), workspaceId, name: ctx.actor });
  const withScores = rows.some((r) => r.scores);
  const total = rows.length;
  const ids: string[] = [];
  await db.transaction(
    'rw',
    [db.workspaces, db.useCases, db.participants, db.scorecards, db.audit],
    async () => {
      if (!(await db.workspaces.get(workspaceId)))
        throw new Error(`Workspace ${workspaceId} not found`);
      if (!existing && withScores) {
        await db.participants.add(participant);
        await recordChange(db, ctx, now, {
          workspaceId,
          action: 'created',
          entityType: 'participant',
          entityId: participant.id,
          label: participant.name,
          after: toJson({ name: participant.name }),
        });
      }
      for (let start = 0; start < total; start += CHUNK) {
        const chunk = recordsOf(
          ctx,
          now,
          workspaceId,
          participant,
          rows.slice(start, start + CHUNK),
        );
        await db.useCases.bulkAdd(chunk.useCases);
        if (chunk.cards.length) await db.scorecards.bulkAdd(chunk.cards);
        await recordChanges(db, now, workspaceId, chunk.entries);
        for (const u of chunk.useCases) ids.push(u.id);
        onProgress(Math.min(start + CHUNK, total), total);
      }
    },
  );
  return ids;
}
