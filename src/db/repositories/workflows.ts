import * as z from 'zod';
import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { nameSchema, textSchema } from '../../domain/schema/common';
import type { UseCase } from '../../domain/schema/use-case';
import {
  frictionSchema,
  stepSchema,
  workflowSchema,
  type Friction,
  type Step,
  type Workflow,
} from '../../domain/schema/workflow';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';

export const workflowFormSchema = z.strictObject({ name: nameSchema, description: textSchema });
export const stepFormSchema = stepSchema.pick({
  name: true,
  phase: true,
  kind: true,
  departmentId: true,
  owner: true,
  yearlyVolume: true,
  frequency: true,
});
export const frictionFormSchema = frictionSchema.pick({
  description: true,
  severity: true,
  kpiIds: true,
});
export type WorkflowForm = z.infer<typeof workflowFormSchema>;
export type StepForm = z.input<typeof stepFormSchema>;
export type FrictionForm = z.input<typeof frictionFormSchema>;

export async function listWorkflows(db: ClarteDatabase, workspaceId: string): Promise<Workflow[]> {
  const list = await db.workflows.where('workspaceId').equals(workspaceId).toArray();
  return list.sort((a, b) => a.position - b.position);
}

export async function listSteps(db: ClarteDatabase, workspaceId: string): Promise<Step[]> {
  const list = await db.steps.where('workspaceId').equals(workspaceId).toArray();
  return list.sort((a, b) => a.position - b.position);
}

export async function listFrictions(db: ClarteDatabase, workspaceId: string): Promise<Friction[]> {
  return db.frictions.where('workspaceId').equals(workspaceId).toArray();
}

/** Use cases anchored on any of these steps (asked before deleting them). */
export async function listUseCasesAnchoredOn(
  db: ClarteDatabase,
  stepIds: readonly string[],
): Promise<UseCase[]> {
  if (stepIds.length === 0) return [];
  return db.useCases
    .where('stepIds')
    .anyOf([...stepIds])
    .distinct()
    .toArray();
}

const touch = (db: ClarteDatabase, workspaceId: string, now: string) =>
  db.workspaces.update(workspaceId, { updatedAt: now });

const TABLES = (db: ClarteDatabase) => [
  db.workspaces,
  db.workflows,
  db.steps,
  db.frictions,
  db.useCases,
  db.audit,
];

export async function createWorkflow(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  kind: Workflow['kind'],
  form: WorkflowForm,
): Promise<string> {
  const fields = workflowFormSchema.parse(form);
  return db.transaction('rw', TABLES(db), async () => {
    if (!(await db.workspaces.get(workspaceId))) throw new Error(`No workspace ${workspaceId}`);
    const now = ctx.now();
    const count = await db.workflows.where('workspaceId').equals(workspaceId).count();
    const workflow = workflowSchema.parse({
      ...fields,
      id: ctx.newId(),
      workspaceId,
      kind,
      position: count,
    });
    await db.workflows.add(workflow);
    await touch(db, workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'created',
        entityType: 'workflow',
        entityId: workflow.id,
        label: workflow.name,
        after: toJson({ kind, ...fields }),
      }),
    );
    return workflow.id;
  });
}

export async function updateWorkflow(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  form: WorkflowForm,
): Promise<void> {
  const fields = workflowFormSchema.parse(form);
  await db.transaction('rw', TABLES(db), async () => {
    const current = await db.workflows.get(id);
    if (!current) throw new Error(`No workflow ${id}`);
    const next = workflowSchema.parse({ ...current, ...fields });
    const diff = recordChanges(current, next);
    if (!diff) return;
    const now = ctx.now();
    await db.workflows.put(next);
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'updated',
        entityType: 'workflow',
        entityId: id,
        label: next.name,
        ...diff,
      }),
    );
  });
}

/** Takes deleted steps out of the use cases anchored on them; the use cases stay. */
async function unanchor(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  stepIds: ReadonlySet<string>,
): Promise<void> {
  for (const useCase of await listUseCasesAnchoredOn(db, [...stepIds])) {
    const stepIdsLeft = useCase.stepIds.filter((s) => !stepIds.has(s));
    await db.useCases.update(useCase.id, { stepIds: stepIdsLeft, updatedAt: now });
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: useCase.workspaceId,
        action: 'updated',
        entityType: 'useCase',
        entityId: useCase.id,
        label: useCase.title,
        before: toJson({ stepIds: useCase.stepIds }),
        after: toJson({ stepIds: stepIdsLeft }),
      }),
    );
  }
}

async function removeSteps(db: ClarteDatabase, ctx: ChangeContext, now: string, steps: Step[]) {
  await unanchor(db, ctx, now, new Set(steps.map((s) => s.id)));
  for (const step of steps) {
    const frictions = await db.frictions.where('stepId').equals(step.id).toArray();
    await db.frictions.bulkDelete(frictions.map((f) => f.id));
    await db.steps.delete(step.id);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: step.workspaceId,
        action: 'deleted',
        entityType: 'step',
        entityId: step.id,
        label: step.name,
        before: toJson({ ...step, frictions }),
      }),
    );
  }
}

/** Renumbers the steps of a workflow 0..n-1 in the given order. */
async function renumber(db: ClarteDatabase, ordered: readonly Step[]): Promise<void> {
  for (const [i, step] of ordered.entries()) {
    if (step.position !== i) await db.steps.update(step.id, { position: i });
  }
}

async function stepsOf(db: ClarteDatabase, workflowId: string): Promise<Step[]> {
  const list = await db.steps.where('workflowId').equals(workflowId).toArray();
  return list.sort((a, b) => a.position - b.position);
}

/**
 * Deletes a workflow, its steps and their frictions. Use cases anchored on its steps are never
 * deleted: they lose those anchors (the screen asks first), each change in the audit trail.
 */
export async function deleteWorkflow(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<void> {
  await db.transaction('rw', TABLES(db), async () => {
    const current = await db.workflows.get(id);
    if (!current) return;
    const now = ctx.now();
    await removeSteps(db, ctx, now, await stepsOf(db, id));
    await db.workflows.delete(id);
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'deleted',
        entityType: 'workflow',
        entityId: id,
        label: current.name,
        before: toJson(current),
      }),
    );
  });
}

export async function createStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workflowId: string,
  form: StepForm,
): Promise<string> {
  const fields = stepFormSchema.parse(form);
  return db.transaction('rw', TABLES(db), async () => {
    const workflow = await db.workflows.get(workflowId);
    if (!workflow) throw new Error(`No workflow ${workflowId}`);
    const now = ctx.now();
    const count = await db.steps.where('workflowId').equals(workflowId).count();
    const step = stepSchema.parse({
      ...fields,
      id: ctx.newId(),
      workspaceId: workflow.workspaceId,
      workflowId,
      position: count,
    });
    await db.steps.add(step);
    await touch(db, workflow.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: workflow.workspaceId,
        action: 'created',
        entityType: 'step',
        entityId: step.id,
        label: step.name,
        after: toJson(fields),
      }),
    );
    return step.id;
  });
}

export async function updateStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  form: StepForm,
): Promise<void> {
  const fields = stepFormSchema.parse(form);
  await db.transaction('rw', TABLES(db), async () => {
    const current = await db.steps.get(id);
    if (!current) throw new Error(`No step ${id}`);
    const next = stepSchema.parse({ ...current, ...fields });
    const diff = recordChanges(current, next);
    if (!diff) return;
    const now = ctx.now();
    await db.steps.put(next);
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'updated',
        entityType: 'step',
        entityId: id,
        label: next.name,
        ...diff,
      }),
    );
  });
}

/** Moves a step to a new place (0-based) in its workflow; the others shift. One audit entry. */
export async function moveStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  toIndex: number,
): Promise<void> {
  const target = z.number().int().min(0).parse(toIndex);
  await db.transaction('rw', TABLES(db), async () => {
    const current = await db.steps.get(id);
    if (!current) throw new Error(`No step ${id}`);
    const steps = await stepsOf(db, current.workflowId);
    const from = steps.findIndex((s) => s.id === id);
    const to = Math.min(target, steps.length - 1);
    if (from === to) return;
    const ordered = steps.filter((s) => s.id !== id);
    ordered.splice(to, 0, current);
    await renumber(db, ordered);
    const now = ctx.now();
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'updated',
        entityType: 'step',
        entityId: id,
        label: current.name,
        before: toJson({ position: from + 1 }),
        after: toJson({ position: to + 1 }),
      }),
    );
  });
}

/** Deletes a step and its frictions; use cases anchored on it stay, unanchored from it. */
export async function deleteStep(db: ClarteDatabase, ctx: ChangeContext, id: string) {
  await db.transaction('rw', TABLES(db), async () => {
    const current = await db.steps.get(id);
    if (!current) return;
    const now = ctx.now();
    await removeSteps(db, ctx, now, [current]);
    await renumber(db, await stepsOf(db, current.workflowId));
    await touch(db, current.workspaceId, now);
  });
}

export async function saveFriction(
  db: ClarteDatabase,
  ctx: ChangeContext,
  stepId: string,
  id: string | null,
  form: FrictionForm,
): Promise<string> {
  const fields = frictionFormSchema.parse(form);
  return db.transaction('rw', TABLES(db), async () => {
    const step = await db.steps.get(stepId);
    if (!step) throw new Error(`No step ${stepId}`);
    const current = id ? await db.frictions.get(id) : undefined;
    const next = frictionSchema.parse({
      ...current,
      ...fields,
      id: current?.id ?? ctx.newId(),
      workspaceId: step.workspaceId,
      stepId,
    });
    const diff = current ? recordChanges(current, next) : { before: null, after: toJson(fields) };
    if (!diff) return next.id;
    const now = ctx.now();
    await db.frictions.put(next);
    await touch(db, step.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: step.workspaceId,
        action: current ? 'updated' : 'created',
        entityType: 'friction',
        entityId: next.id,
        label: next.description,
        ...diff,
      }),
    );
    return next.id;
  });
}

export async function deleteFriction(db: ClarteDatabase, ctx: ChangeContext, id: string) {
  await db.transaction('rw', TABLES(db), async () => {
    const current = await db.frictions.get(id);
    if (!current) return;
    const now = ctx.now();
    await db.frictions.delete(id);
    await touch(db, current.workspaceId, now);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'deleted',
        entityType: 'friction',
        entityId: id,
        label: current.description,
        before: toJson(current),
      }),
    );
  });
}
