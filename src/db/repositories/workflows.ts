import * as z from 'zod';
import type { Collection } from 'dexie';
import { toJson, type JsonValue } from '../../domain/audit/record-changes';
import { stepSchema, workflowSchema, type Step, type Workflow } from '../../domain/schema/workflow';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { discoveryTables, listUseCasesAnchoredOn } from './workflow-records';
import type { RecordEdits } from './recorded-edits';
import { byPosition } from './workspace-reads';
import { recordChange } from '../write';
import {
  addRecorded,
  deleteRecorded,
  factsOf,
  mustGetWorkspace,
  withRecord,
  type RecordTable,
} from './recorded-writes';

/** What the repository sets of a workflow and of a step: its ids and its place in the list. */
const SET_HERE = { id: true, workspaceId: true, position: true } as const;

/** What a person edits of a workflow and of a step: all but what the repository sets. */
export const workflowFormSchema = workflowSchema.omit({ ...SET_HERE, kind: true });
export const stepFormSchema = stepSchema.omit({ ...SET_HERE, workflowId: true });
export type WorkflowForm = z.input<typeof workflowFormSchema>;
export type StepForm = z.input<typeof stepFormSchema>;

async function stepsOf(db: ClarteDatabase, workflowId: string): Promise<Step[]> {
  return byPosition(await db.steps.where('workflowId').equals(workflowId).toArray());
}

/**
 * Adds a workflow or a step at the end of its list (`siblings`: the records already there, whose
 * count is the new one's position) with its 'created' audit entry (`after`: what the person
 * gave), in the caller's transaction; returns the new record's id.
 */
async function addLast<T extends Workflow | Step>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  list: { table: RecordTable<T>; entityType: 'workflow' | 'step'; siblings: Collection },
  build: (position: number) => T,
  after: JsonValue,
): Promise<string> {
  const record = build(await list.siblings.count());
  const facts = { ...factsOf(list.entityType, record, record.name), after };
  await addRecorded(db, ctx, ctx.now(), list.table, record, facts);
  return record.id;
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
    await mustGetWorkspace(db, workspaceId);
    const siblings = db.workflows.where('workspaceId').equals(workspaceId);
    const workflow = (position: number) =>
      workflowSchema.parse({ ...fields, id: ctx.newId(), workspaceId, kind, position });
    const list = { table: db.workflows, entityType: 'workflow', siblings } as const;
    return addLast<Workflow>(db, ctx, list, workflow, toJson({ kind, ...fields }));
  });
}

/** How a workflow and a step are edited through their dialogs (updateSeen). */
export function discoveryEdits(db: ClarteDatabase): {
  workflow: RecordEdits<Workflow, WorkflowForm, object>;
  step: RecordEdits<Step, StepForm, object>;
} {
  return {
    workflow: {
      entityType: 'workflow',
      table: db.workflows,
      form: workflowFormSchema,
      schema: workflowSchema,
    },
    step: { entityType: 'step', table: db.steps, form: stepFormSchema, schema: stepSchema },
  };
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
      ...factsOf('step', step, step.name),
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
      ...factsOf('workflow', current, current.name),
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
  const tables = [db.steps];
  return withRecord(db, db.workflows, workflowId, 'Workflow', tables, async ({ workspaceId }) => {
    const siblings = db.steps.where('workflowId').equals(workflowId);
    const step = (position: number) =>
      stepSchema.parse({ ...fields, id: ctx.newId(), workspaceId, workflowId, position });
    const list = { table: db.steps, entityType: 'step', siblings } as const;
    return addLast<Step>(db, ctx, list, step, toJson(fields));
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
  await withRecord(db, db.steps, id, 'Step', [], async (current) => {
    const steps = await stepsOf(db, current.workflowId);
    const from = steps.findIndex((s) => s.id === id);
    const to = Math.min(target, steps.length - 1);
    if (from === to) return;
    const ordered = steps.filter((s) => s.id !== id);
    ordered.splice(to, 0, current);
    await renumber(db, ordered);
    await recordChange(db, ctx, ctx.now(), {
      ...factsOf('step', current, current.name),
      action: 'updated',
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
