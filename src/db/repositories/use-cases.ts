import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { scorecardSchema, type Scorecard } from '../../domain/schema/scorecard';
import { statusChangeSchema } from '../../domain/qualification/status-transitions';
import { useCaseSchema, type UseCase, type UseCaseForm } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { decisionSchema, type Decision } from '../../domain/schema/decision';
import type { AuditFacts } from './audit-trail';
import { writeChange, type Written } from '../write';
import { withdrawal } from './decision-writes';
import { addToWorkspace, factsOf, mustGet } from './recorded-writes';
import { ofWorkspace } from './workspace-reads';

export async function getUseCase(db: ClarteDatabase, id: string): Promise<UseCase | null> {
  return (await db.useCases.get(id)) ?? null;
}

/** Creates a use case from the form's fields; the record is parsed by its schema before it is stored. */
export async function createUseCase(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  fields: UseCaseForm,
): Promise<string> {
  const now = ctx.now();
  const useCase = useCaseSchema.parse({
    ...fields,
    id: ctx.newId(),
    workspaceId,
    createdAt: now,
    updatedAt: now,
  });
  await addToWorkspace(db, ctx, now, db.useCases, useCase, {
    ...factsOf('useCase', useCase, useCase.title),
    after: toJson(fields),
  });
  return useCase.id;
}

/**
 * Applies the form to a use case; the audit entry keeps the fields that changed, before and after.
 * The status follows the lifecycle (status-transitions.ts): abandoning needs a reason, kept in
 * statusReason (and so in the audit entry); leaving "abandoned" clears it.
 */
export async function updateUseCase(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  fields: UseCaseForm & { statusReason?: string },
  /**
   * The use case (or the fields the dialog edits) as the dialog opened it: a change made since by
   * another tab refuses the save (StaleWriteError).
   */
  seen?: Partial<UseCase>,
): Promise<void> {
  const guard = seen ? { table: db.useCases, id, seen } : undefined;
  await writeChange(
    db,
    ctx,
    [db.useCases],
    async (now) => {
      const current = await mustGet(db.useCases, id, 'Use case');
      const change = statusChangeSchema(current.status).parse({
        status: fields.status,
        statusReason: fields.statusReason ?? '',
      });
      const given = change.statusReason.trim() ? change.statusReason : null;
      const statusReason = change.status === 'abandoned' ? (given ?? current.statusReason) : '';
      const next = useCaseSchema.parse({ ...current, ...fields, statusReason, updatedAt: now });
      return putUseCase(db, current, next);
    },
    guard,
  );
}

/**
 * Moves a use case to the next status of its lifecycle (the status the work suggests, accepted
 * by a person): refused (errors.invalid) unless it is one step along the lifecycle; audited.
 */
export async function setUseCaseStatus(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  status: UseCase['status'],
): Promise<void> {
  await writeChange(db, ctx, [db.useCases], async (now) => {
    const current = await mustGet(db.useCases, id, 'Use case');
    statusChangeSchema(current.status).parse({ status, statusReason: '' });
    if (current.status === status) return { result: undefined, audit: [] };
    const next = useCaseSchema.parse({ ...current, status, statusReason: '', updatedAt: now });
    return putUseCase(db, current, next, (u) => ({ status: u.status }));
  });
}

/**
 * Puts `next` in place of `current` when what `shown` keeps of it changed: the result of a
 * writeChange, with the 'updated' audit facts of those fields (none: nothing written).
 */
async function putUseCase(
  db: ClarteDatabase,
  current: UseCase,
  next: UseCase,
  shown: (u: UseCase) => Record<string, unknown> = (u) => u,
): Promise<Written<void>> {
  const diff = recordChanges(shown(current), shown(next));
  if (!diff) return { result: undefined, audit: [] };
  await db.useCases.put(next);
  return {
    result: undefined,
    audit: [{ ...factsOf('useCase', next, next.title), action: 'updated', ...diff }],
  };
}

/** Why an override or a placement ended with its use case, in the workspace's language. */
const ENDED_WITH_USE_CASE = {
  en: 'The use case was deleted.',
  fr: 'Le cas d’usage a été supprimé.',
};

/**
 * Deletes a use case with its scorecards, and takes it out of the roadmap waves. Its active
 * overrides and roadmap placements end (withdrawn, each traced in the audit trail); decisions
 * and the audit trail are kept: they are history. Returns what undo needs.
 */
export async function deleteUseCase(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<DeletedUseCase | null> {
  const tables = [db.useCases, db.scorecards, db.waves, db.decisions];
  return writeChange(db, ctx, tables, async (now) => {
    const current = await db.useCases.get(id);
    if (!current) return { result: null, audit: [] };
    const workspace = await db.workspaces.get(current.workspaceId);
    const scorecards = await db.scorecards.where('useCaseId').equals(id).toArray();
    await db.scorecards.where('useCaseId').equals(id).delete();
    const waves = await ofWorkspace(db.waves, current.workspaceId);
    const placements: DeletedUseCase['placements'] = [];
    for (const wave of waves) {
      const position = wave.useCaseIds.indexOf(id);
      if (position >= 0) {
        placements.push({ waveId: wave.id, position });
        await db.waves.update(wave.id, { useCaseIds: wave.useCaseIds.filter((u) => u !== id) });
      }
    }
    const audit: AuditFacts[] = [];
    const ended = (await db.decisions.where('useCaseId').equals(id).toArray()).filter(
      (d) => (d.kind === 'override' || d.kind === 'roadmapPlacement') && d.withdrawnAt === null,
    );
    const withdrawReason = ENDED_WITH_USE_CASE[workspace?.language ?? 'en'];
    for (const decision of ended) {
      await db.decisions.put({ ...decision, ...withdrawal(ctx, now, withdrawReason) });
      audit.push({
        workspaceId: current.workspaceId,
        action: 'withdrawn',
        entityType: 'decision',
        entityId: decision.id,
        label: current.title,
        before: toJson({ kind: decision.kind, reason: decision.reason }),
        after: toJson({ withdrawReason }),
      });
    }
    await db.useCases.delete(id);
    audit.push({
      workspaceId: current.workspaceId,
      action: 'deleted',
      entityType: 'useCase',
      entityId: id,
      label: current.title,
      before: toJson({ title: current.title, scope: current.scope, status: current.status }),
    });
    return { result: { useCase: current, scorecards, placements, ended }, audit };
  });
}

/** What deleting a use case removed or ended: enough to put it back as it was (undo). */
export interface DeletedUseCase {
  useCase: UseCase;
  scorecards: Scorecard[];
  placements: { waveId: string; position: number }[];
  /** Its overrides and placements as they were before they ended with it. */
  ended: Decision[];
}

/**
 * Undoes a deletion: the use case, its scorecards, its places in the waves and the overrides and
 * placements that ended with it come back (each traced in the audit trail).
 */
export async function restoreUseCase(
  db: ClarteDatabase,
  ctx: ChangeContext,
  deleted: DeletedUseCase,
): Promise<void> {
  const useCase = useCaseSchema.parse(deleted.useCase);
  const scorecards = deleted.scorecards.map((c) => scorecardSchema.parse(c));
  const ended = deleted.ended.map((d) => decisionSchema.parse(d));
  const tables = [db.useCases, db.scorecards, db.waves, db.decisions];
  await writeChange(db, ctx, tables, async () => {
    if (!(await db.workspaces.get(useCase.workspaceId))) throw new Error('Workspace not found');
    await db.useCases.add(useCase);
    await db.scorecards.bulkAdd(scorecards);
    for (const { waveId, position } of deleted.placements) {
      const wave = await db.waves.get(waveId);
      if (!wave || wave.useCaseIds.includes(useCase.id)) continue;
      const ids = [...wave.useCaseIds];
      ids.splice(Math.min(position, ids.length), 0, useCase.id);
      await db.waves.update(waveId, { useCaseIds: ids });
    }
    const audit: AuditFacts[] = [
      {
        workspaceId: useCase.workspaceId,
        action: 'created',
        entityType: 'useCase',
        entityId: useCase.id,
        label: useCase.title,
        after: toJson({ restored: true }),
      },
    ];
    for (const decision of ended) {
      await db.decisions.put(decision);
      audit.push({
        workspaceId: useCase.workspaceId,
        action: 'updated',
        entityType: 'decision',
        entityId: decision.id,
        label: useCase.title,
        after: toJson({ kind: decision.kind, restored: true }),
      });
    }
    return { result: undefined, audit };
  });
}

/** The ids and titles of a workspace's use cases (a list import looks for duplicates in them). */
export async function listUseCaseTitles(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<{ id: string; title: string }[]> {
  const all = await ofWorkspace(db.useCases, workspaceId);
  return all.map((u) => ({ id: u.id, title: u.title }));
}
