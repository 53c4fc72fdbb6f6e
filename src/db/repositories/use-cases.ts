import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { useCaseSchema, type UseCase, type UseCaseForm } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';

export async function listUseCases(db: ClarteDatabase, workspaceId: string): Promise<UseCase[]> {
  return db.useCases.where('workspaceId').equals(workspaceId).toArray();
}

export async function getUseCase(db: ClarteDatabase, id: string): Promise<UseCase | null> {
  return (await db.useCases.get(id)) ?? null;
}

async function touchWorkspace(db: ClarteDatabase, workspaceId: string, now: string): Promise<void> {
  await db.workspaces.update(workspaceId, { updatedAt: now });
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
  await db.transaction('rw', db.useCases, db.workspaces, db.audit, async () => {
    if (!(await db.workspaces.get(workspaceId)))
      throw new Error(`Workspace ${workspaceId} not found`);
    await db.useCases.add(useCase);
    await touchWorkspace(db, workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'created',
        entityType: 'useCase',
        entityId: useCase.id,
        label: useCase.title,
        after: toJson(fields),
      }),
    );
  });
  return useCase.id;
}

/** Applies the form to a use case; the audit entry keeps the fields that changed, before and after. */
export async function updateUseCase(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  fields: UseCaseForm,
): Promise<void> {
  await db.transaction('rw', db.useCases, db.workspaces, db.audit, async () => {
    const current = await db.useCases.get(id);
    if (!current) throw new Error(`Use case ${id} not found`);
    const now = ctx.now();
    const next = useCaseSchema.parse({ ...current, ...fields, updatedAt: now });
    const diff = recordChanges(current, next);
    if (!diff) return;
    await db.useCases.put(next);
    await touchWorkspace(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'updated',
        entityType: 'useCase',
        entityId: id,
        label: next.title,
        ...diff,
      }),
    );
  });
}

/**
 * Deletes a use case with its scorecards, and takes it out of the roadmap waves.
 * Decisions about it and the audit trail are kept: they are history.
 */
export async function deleteUseCase(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.useCases, db.scorecards, db.waves, db.workspaces, db.audit],
    async () => {
      const current = await db.useCases.get(id);
      if (!current) return;
      const now = ctx.now();
      await db.scorecards.where('useCaseId').equals(id).delete();
      const waves = await db.waves.where('workspaceId').equals(current.workspaceId).toArray();
      for (const wave of waves) {
        if (wave.useCaseIds.includes(id)) {
          await db.waves.update(wave.id, { useCaseIds: wave.useCaseIds.filter((u) => u !== id) });
        }
      }
      await db.useCases.delete(id);
      await touchWorkspace(db, current.workspaceId, now);
      await db.audit.add(
        auditEntry(ctx, now, {
          workspaceId: current.workspaceId,
          action: 'deleted',
          entityType: 'useCase',
          entityId: id,
          label: current.title,
          before: toJson(current),
        }),
      );
    },
  );
}
