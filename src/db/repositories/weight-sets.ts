import * as z from 'zod';
import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { nameSchema } from '../../domain/schema/common';
import { weightsSchema, type Weights } from '../../domain/schema/criterion';
import {
  pairwiseJudgmentSchema,
  weightSetSchema,
  type WeightSet,
} from '../../domain/schema/weight-set';
import { workspaceSchema } from '../../domain/schema/workspace';
import { checkWeights } from '../../domain/scoring/weights';
import type { ChangeContext } from '../change-context';
import { listSortedBy } from './workspace-reads';
import type { ClarteDatabase } from '../database';
import {
  addToWorkspace,
  deleteIfFound,
  factsOf,
  factsOfWorkspace,
  mustGetWorkspace,
  putRecorded,
  withRecord,
} from './recorded-writes';
import { updateSeen, type RecordEdits } from './recorded-edits';

/** Weights the model can use: each axis has a positive weight (SCORING.md section 3). */
const usableWeightsSchema = weightsSchema.refine((w) => checkWeights(w).length === 0, {
  error: 'errors.axisWithoutWeight',
});

/** What a person saves: a name, the weights, and the pairwise judgments they came from (if any). */
export const weightSetFormSchema = z.strictObject({
  name: nameSchema,
  weights: usableWeightsSchema,
  judgments: z.array(pairwiseJudgmentSchema).max(45).default([]),
});
export type WeightSetForm = z.input<typeof weightSetFormSchema>;

/** The weight sets of a workspace, oldest first. */
export async function listWeightSets(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<WeightSet[]> {
  return listSortedBy(db.weightSets, workspaceId, 'createdAt');
}

export async function createWeightSet(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  form: WeightSetForm,
): Promise<string> {
  const fields = weightSetFormSchema.parse(form);
  const set = weightSetSchema.parse({
    id: ctx.newId(),
    workspaceId,
    ...fields,
    createdAt: ctx.now(),
  });
  await addToWorkspace(db, ctx, set.createdAt, db.weightSets, set, {
    ...factsOf('weightSet', set, fields.name),
    after: toJson(fields),
  });
  return set.id;
}

/** What the name dialog sends to rename a weight set. */
const weightSetNameSchema = weightSetFormSchema.pick({ name: true });
type WeightSetName = z.infer<typeof weightSetNameSchema>;

export async function renameWeightSet(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  name: string,
): Promise<void> {
  const edits: RecordEdits<WeightSet, WeightSetName, WeightSetName> = {
    entityType: 'weightSet',
    table: db.weightSets,
    form: weightSetNameSchema,
    schema: weightSetSchema,
  };
  await updateSeen(db, ctx, edits, id, { name });
}

export async function deleteWeightSet(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<void> {
  await db.transaction('rw', db.weightSets, db.workspaces, db.audit, async () => {
    await deleteIfFound(db, ctx, db.weightSets, id, (current) => ({
      workspaceId: current.workspaceId,
      entityType: 'weightSet',
      label: current.name,
      before: toJson(current),
    }));
  });
}

/** Makes a weight set's weights the workspace's weights; the audit entry names the set. */
export async function applyWeightSet(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<void> {
  await withRecord(db, db.weightSets, id, 'Weight set', [], async (set) => {
    const weights: Weights = usableWeightsSchema.parse(set.weights);
    const workspace = await mustGetWorkspace(db, set.workspaceId);
    const now = ctx.now();
    const next = workspaceSchema.parse({ ...workspace, weights, updatedAt: now });
    const diff = recordChanges(workspace, next);
    if (!diff) return;
    await putRecorded(db, ctx, now, db.workspaces, next, {
      ...factsOfWorkspace(workspace, `${workspace.name} · ${set.name}`),
      action: 'updated',
      before: diff.before,
      after: toJson({ weightSet: set.name, weights }),
    });
  });
}
