import { recordChanges as changesOf, toJson } from '../../domain/audit/record-changes';
import type { RememberedImport } from '../../domain/exchange/import-memory';
import type { ImportedUseCase } from '../../domain/exchange/import-use-cases';
import type { AuditEntry } from '../../domain/schema/audit-entry';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import { participantSchema, type Participant } from '../../domain/schema/participant';
import { scorecardSchema, type Scorecard } from '../../domain/schema/scorecard';
import { useCaseSchema, type UseCase } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';
import { addScoringParticipant, findParticipantByName } from './scorecards';
import { mustGetWorkspace } from './recorded-writes';
import { recordChanges } from '../write';
import { rememberImport } from './import-memory';

/** Besides the new use cases: use cases the rows update, and the choices to remember. */
export interface ListImportExtras {
  /** Existing use cases and the row that updates them (only `fields` are taken from it). */
  update?: readonly { id: string; row: ImportedUseCase }[];
  fields?: readonly ('title' | 'description' | 'scope' | 'owner' | 'status' | 'tags')[];
  /** Remembered in the same transaction: nothing is remembered when the import fails. */
  remember?: RememberedImport;
}

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
  extras: ListImportExtras = {},
): Promise<string[]> {
  const now = ctx.now();
  const existing = await findParticipantByName(db, workspaceId, ctx.actor);
  const participant =
    existing ?? participantSchema.parse({ id: ctx.newId(), workspaceId, name: ctx.actor });
  const updates = extras.update ?? [];
  const withScores = rows.some((r) => r.scores) || updates.some((u) => u.row.scores);
  const total = rows.length + updates.length;
  const ids: string[] = [];
  await db.transaction(
    'rw',
    [db.workspaces, db.useCases, db.participants, db.scorecards, db.audit, db.meta],
    async () => {
      await mustGetWorkspace(db, workspaceId);
      if (!existing && withScores) await addScoringParticipant(db, ctx, now, participant);
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
      for (let start = 0; start < updates.length; start += CHUNK) {
        const part = updates.slice(start, start + CHUNK);
        const entries: AuditEntry[] = [];
        for (const u of part)
          entries.push(
            ...(await updateFromRow(db, ctx, now, workspaceId, participant, u, extras.fields)),
          );
        await recordChanges(db, now, workspaceId, entries);
        onProgress(Math.min(rows.length + start + CHUNK, total), total);
      }
      if (extras.remember) await rememberImport(db, extras.remember);
    },
  );
  return ids;
}

/**
 * Inside the import's transaction: applies a row to an existing use case of the workspace (the
 * given fields only) and, when the row has scores, replaces the importing person's scorecard.
 * Returns the audit entries of what changed.
 */
async function updateFromRow(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  workspaceId: string,
  participant: Participant,
  { id, row }: { id: string; row: ImportedUseCase },
  fields: ListImportExtras['fields'] = [],
): Promise<AuditEntry[]> {
  const current = await db.useCases.get(id);
  if (!current || current.workspaceId !== workspaceId)
    throw new Error(`Use case ${id} not found in ${workspaceId}`);
  const taken = Object.fromEntries(fields.map((f) => [f, row.form[f]]));
  const next = useCaseSchema.parse({ ...current, ...taken, updatedAt: now });
  const entries: AuditEntry[] = [];
  const diff = changesOf(current, next);
  if (diff) {
    await db.useCases.put(next);
    entries.push(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'updated',
        entityType: 'useCase',
        entityId: id,
        label: next.title,
        ...diff,
      }),
    );
  }
  const scores = row.scores;
  if (!scores) return entries;
  const before = await db.scorecards
    .where('[useCaseId+participantId]')
    .equals([id, participant.id])
    .first();
  const card = scorecardSchema.parse({
    ...(before ?? { id: ctx.newId(), workspaceId, useCaseId: id, participantId: participant.id }),
    scores: Object.fromEntries(CRITERION_IDS.map((c) => [c, { score: scores[c], rationale: '' }])),
    updatedAt: now,
  });
  await db.scorecards.put(card);
  entries.push(
    auditEntry(ctx, now, {
      workspaceId,
      action: before ? 'updated' : 'created',
      entityType: 'scorecard',
      entityId: id,
      label: `${next.title} · ${participant.name}`,
      after: toJson(card.scores),
    }),
  );
  return entries;
}
