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
import { recordChange } from '../write';
import {
  addToWorkspace,
  deleteIfFound,
  factsOf,
  mustGet,
  mustGetWorkspace,
  putChanged,
} from './recorded-writes';
import { changeWorkspace } from './workspaces';

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
  const { name, weights, judgments } = weightSetFormSchema.parse(form);
  const now = ctx.now();
  const set = weightSetSchema.parse({
    id: ctx.newId(),
    workspaceId,
    name,
    weights,
    judgments,
    createdAt: now,
  });
  await addToWorkspace(db, ctx, now, db.weightSets, set, {
    ...factsOf('weightSet', set, name),
    after: toJson({ name, weights, judgments }),
  });
  return set.id;
}

export async function renameWeightSet(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  name: string,
): Promise<void> {
  const parsedName = nameSchema.parse(name);
  await db.transaction('rw', db.weightSets, db.workspaces, db.audit, async () => {
    const current = await mustGet(db.weightSets, id, 'Weight set');
    const next = weightSetSchema.parse({ ...current, name: parsedName });
    await putChanged(
      db,
      ctx,
      db.weightSets,
      { current, next },
      {
        workspaceId: current.workspaceId,
        entityType: 'weightSet',
        entityId: id,
        label: next.name,
      },
    );
  });
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
  await db.transaction('rw', db.weightSets, db.workspaces, db.audit, async () => {
    const set = await mustGet(db.weightSets, id, 'Weight set');
    const weights: Weights = usableWeightsSchema.parse(set.weights);
    const workspace = await mustGetWorkspace(db, set.workspaceId);
    const now = ctx.now();
    const next = workspaceSchema.parse({ ...workspace, weights, updatedAt: now });
    const diff = recordChanges(workspace, next);
    if (!diff) return;
    await db.workspaces.put(next);
    await recordChange(db, ctx, now, {
      workspaceId: workspace.id,
      action: 'updated',
      entityType: 'workspace',
      entityId: workspace.id,
      label: `${workspace.name} · ${set.name}`,
      before: diff.before,
      after: toJson({ weightSet: set.name, weights }),
    });
  });
}

export const sensitivitySettingsSchema = z.strictObject({
  topK: workspaceSchema.shape.topK.unwrap(),
  robustnessSeed: workspaceSchema.shape.robustnessSeed.unwrap(),
});
export type SensitivitySettings = z.infer<typeof sensitivitySettingsSchema>;

/** K of "top K" and the seed of the robustness draws (SCORING.md section 10), audited. */
export async function updateSensitivitySettings(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  settings: SensitivitySettings,
): Promise<void> {
  const parsed = sensitivitySettingsSchema.parse(settings);
  await changeWorkspace(db, ctx, workspaceId, (w) => ({ ...w, ...parsed }));
}
