import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { stepSchema, workflowSchema, type Step, type Workflow } from '../../domain/schema/workflow';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { discoveryTables, listUseCasesAnchoredOn, updateRecord } from './workflow-records';
import { byPosition } from './workspace-reads';
import { recordChange } from '../write';
import { addRecorded, deleteRecorded } from './recorded-writes';

/** What a person edits of a workflow and of a step: all but what the repository sets. */
export const workflowFormSchema = workflowSchema.omit({
  id: true,
  workspaceId: true,
  kind: true,
  position: true,
});
export const stepFormSchema = stepSchema.omit({
  id: true,
  workspaceId: true,
  workflowId: true,
  position: true,
});
export type WorkflowForm = z.input<typeof workflowFormSchema>;
export type StepForm = z.input<typeof stepFormSchema>;

async function stepsOf(db: ClarteDatabase, workflowId: string): Promise<Step[]> {
  return byPosition(await db.steps.where('workflowId').equals(workflowId).toArray());
}

export async function createWorkflow(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  kind: Workflow['kind'],
  form: WorkflowForm,
): Promise<string> {
  const fields = workflowFormSchema.parse(form);
  return db.transaction('rw', discoveryTables(db), async () => {
    if (!(await db.workspaces.get(workspaceId))) throw new Error(`No workspace ${workspaceId}`);
    const position = await db.workflows.where('workspaceId').equals(workspaceId).count();
    const workflow = workflowSchema.parse({
      ...fields,
      id: ctx.newId(),
      workspaceId,
      kind,
      position,
    });
    await addRecorded(db, ctx, ctx.now(), db.workflows, workflow, {
      workspaceId,
      entityType: 'workflow',
      entityId: workflow.id,
      label: workflow.name,
      after: toJson({ kind, ...fields }),
    });
    return workflow.id;
  });
}

export async function updateWorkflow(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  form: WorkflowForm,
  /** The workflow as the dialog opened it (see updateRecord). */
  seen?: Partial<Workflow>,
): Promise<void> {
  const fields = workflowFormSchema.parse(form);
  const what = {
    entityType: 'workflow',
    table: db.workflows,
    parse: (record: unknown) => workflowSchema.parse(record),
    label: (next: Workflow) => next.name,
  } as const;
  await updateRecord(db, ctx, what, id, fields, seen);
}

/** Takes deleted steps out of the use cases anchored on them; the use cases stay. */
async function unanchor(db: ClarteDatabase, ctx: ChangeContext, now: string, stepIds: Set<string>) {
  for (const useCase of await listUseCasesAnchoredOn(db, [...stepIds])) {
    const stepIdsLeft = useCase.stepIds.filter((s) => !stepIds.has(s));
    await db.useCases.update(useCase.id, { stepIds: stepIdsLeft, updatedAt: now });
    await recordChange(db, ctx, now, {
      workspaceId: useCase.workspaceId,
      action: 'updated',
      entityType: 'useCase',
      entityId: useCase.id,
      label: useCase.title,
      before: toJson({ stepIds: useCase.stepIds }),
      after: toJson({ stepIds: stepIdsLeft }),
    });
  }
}

async function removeSteps(db: ClarteDatabase, ctx: ChangeContext, now: string, steps: Step[]) {
  await unanchor(db, ctx, now, new Set(steps.map((s) => s.id)));
  for (const step of steps) {
    const frictions = await db.frictions.where('stepId').equals(step.id).toArray();
    await db.frictions.bulkDelete(frictions.map((f) => f.id));
    await deleteRecorded(db, ctx, now, db.steps, {
      workspaceId: step.workspaceId,
      entityType: 'step',
      entityId: step.id,
      label: step.name,
      before: toJson({ ...step, frictions }),
    });
  }
}

/** Renumbers the steps of a workflow 0..n-1 in the given order. */
async function renumber(db: ClarteDatabase, ordered: readonly Step[]): Promise<void> {
  for (const [i, step] of ordered.entries()) {
    if (step.position !== i) await db.steps.update(step.id, { position: i });
  }
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
  await db.transaction('rw', discoveryTables(db), async () => {
    const current = await db.workflows.get(id);
    if (!current) return;
    const now = ctx.now();
    await removeSteps(db, ctx, now, await stepsOf(db, id));
    await deleteRecorded(db, ctx, now, db.workflows, {
      workspaceId: current.workspaceId,
      entityType: 'workflow',
      entityId: id,
      label: current.name,
      before: toJson(current),
    });
  });
}

export async function createStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workflowId: string,
  form: StepForm,
): Promise<string> {
  const fields = stepFormSchema.parse(form);
  return db.transaction('rw', discoveryTables(db), async () => {
    const workflow = await db.workflows.get(workflowId);
    if (!workflow) throw new Error(`No workflow ${workflowId}`);
    const { workspaceId } = workflow;
    const position = await db.steps.where('workflowId').equals(workflowId).count();
    const step = stepSchema.parse({
      ...fields,
      id: ctx.newId(),
      workspaceId,
      workflowId,
      position,
    });
    await addRecorded(db, ctx, ctx.now(), db.steps, step, {
      workspaceId,
      entityType: 'step',
      entityId: step.id,
      label: step.name,
      after: toJson(fields),
    });
    return step.id;
  });
}

export async function updateStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  form: StepForm,
  /** The step as the dialog opened it (see updateRecord). */
  seen?: Partial<Step>,
): Promise<void> {
  const fields = stepFormSchema.parse(form);
  const what = {
    entityType: 'step',
    table: db.steps,
    parse: (record: unknown) => stepSchema.parse(record),
    label: (next: Step) => next.name,
  } as const;
  await updateRecord(db, ctx, what, id, fields, seen);
}

/** Moves a step to a new place (0-based) in its workflow; the others shift. One audit entry. */
export async function moveStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  toIndex: number,
): Promise<void> {
  const target = z.number().int().min(0).parse(toIndex);
  await db.transaction('rw', discoveryTables(db), async () => {
    const current = await db.steps.get(id);
    if (!current) throw new Error(`No step ${id}`);
    const steps = await stepsOf(db, current.workflowId);
    const from = steps.findIndex((s) => s.id === id);
    const to = Math.min(target, steps.length - 1);
    if (from === to) return;
    const ordered = steps.filter((s) => s.id !== id);
    ordered.splice(to, 0, current);
    await renumber(db, ordered);
    await recordChange(db, ctx, ctx.now(), {
      workspaceId: current.workspaceId,
      action: 'updated',
      entityType: 'step',
      entityId: id,
      label: current.name,
      before: toJson({ position: from + 1 }),
      after: toJson({ position: to + 1 }),
    });
  });
}

/** Deletes a step and its frictions; use cases anchored on it stay, unanchored from it. */
export async function deleteStep(db: ClarteDatabase, ctx: ChangeContext, id: string) {
  await db.transaction('rw', discoveryTables(db), async () => {
    const current = await db.steps.get(id);
    if (!current) return;
    const now = ctx.now();
    await removeSteps(db, ctx, now, [current]);
    await renumber(db, await stepsOf(db, current.workflowId));
  });
}
