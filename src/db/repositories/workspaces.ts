import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { textSchema, type Language } from '../../domain/schema/common';
import { defaultWeights } from '../../domain/schema/criterion';
import type { Weights } from '../../domain/schema/criterion';
import {
  DEFAULT_THRESHOLDS,
  thresholdsSchema,
  workspaceFormSchema,
  workspaceSchema,
  type CriterionJudgment,
  type Workspace,
  type WorkspaceForm,
} from '../../domain/schema/workspace';
import { copyWorkspaceBundle } from '../../domain/workspace/copy-workspace-bundle';
import { uniqueName } from '../../domain/workspace/unique-name';
import { refuseIfChanged } from '../../domain/conflicts/stale-write';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';
import {
  deleteWorkspaceBundle,
  insertWorkspaceBundle,
  readWorkspaceBundle,
} from './workspace-bundles';
import { addRecorded, factsOfWorkspace, mustGetWorkspace, putChanged } from './recorded-writes';

// The reads live apart (no schemas in the first screen); they stay importable from here.
export { getWorkspace, listWorkspaces, type WorkspaceSummary } from './workspace-reads';

export async function createWorkspace(
  db: ClarteDatabase,
  ctx: ChangeContext,
  form: WorkspaceForm,
  language: Language,
): Promise<string> {
  const { name, description } = workspaceFormSchema.parse(form);
  const now = ctx.now();
  const workspace = workspaceSchema.parse({
    id: ctx.newId(),
    name,
    description,
    language,
    weights: defaultWeights(),
    thresholds: DEFAULT_THRESHOLDS,
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction('rw', db.workspaces, db.audit, async () => {
    await addRecorded(db, ctx, now, db.workspaces, workspace, {
      ...factsOfWorkspace(workspace, name),
      after: toJson({ name, description }),
    });
  });
  return workspace.id;
}

/**
 * Applies a change to the workspace record in one transaction, with one audit entry listing the
 * fields that changed (none written when nothing changed). Shared by every repository that edits
 * the workspace's own settings (details, framing, group scoring).
 */
export async function changeWorkspace(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  change: (w: Workspace) => Workspace,
): Promise<void> {
  await db.transaction('rw', db.workspaces, db.audit, async () => {
    const current = await mustGetWorkspace(db, id);
    const now = ctx.now();
    const next = workspaceSchema.parse({ ...change(current), updatedAt: now });
    const facts = factsOfWorkspace(next, next.name);
    await putChanged(db, ctx, db.workspaces, { current, next, now }, facts);
  });
}

export async function updateWorkspaceDetails(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  form: WorkspaceForm,
  /** Its name and description as the dialog opened them: changed since, the save is refused. */
  seen?: Partial<Workspace>,
): Promise<void> {
  const parsed = workspaceFormSchema.parse(form);
  await changeWorkspace(db, ctx, id, (w) => {
    refuseIfChanged(w, seen);
    return { ...w, ...parsed };
  });
}

export async function updateWorkspaceWeights(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  weights: Weights,
  pairwiseJudgments?: readonly CriterionJudgment[],
): Promise<void> {
  // Weights from pairwise answers keep the answers; typed weights no longer come from them.
  await changeWorkspace(db, ctx, id, (w) => {
    const next: Workspace = { ...w, weights };
    if (pairwiseJudgments) next.pairwiseJudgments = [...pairwiseJudgments];
    else delete next.pairwiseJudgments;
    return next;
  });
}

/**
 * The workspace's settings its screens change on their own: the intention ("What do we want to
 * make visible, simpler or stronger?"), the quadrant thresholds (SCORING.md section 6), K of
 * "top K" and the seed of the robustness draws (section 10).
 */
const workspaceSettingsSchema = z
  .strictObject({
    intention: textSchema,
    thresholds: thresholdsSchema,
    topK: workspaceSchema.shape.topK.unwrap(),
    robustnessSeed: workspaceSchema.shape.robustnessSeed.unwrap(),
  })
  .partial();
export type WorkspaceSettings = z.input<typeof workspaceSettingsSchema>;

/** Changes some of the workspace's settings; audited (the fields that changed). */
export async function updateWorkspaceSettings(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  settings: WorkspaceSettings,
): Promise<void> {
  const parsed = workspaceSettingsSchema.parse(settings);
  await changeWorkspace(db, ctx, id, (w) => ({ ...w, ...parsed }));
}

/** A full copy of a workspace under a new name; its audit trail is copied and says so. */
export async function duplicateWorkspace(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  name: string,
): Promise<string> {
  const source = await readWorkspaceBundle(db, id);
  if (!source) throw new Error(`Workspace ${id} not found`);
  const now = ctx.now();
  const copy = copyWorkspaceBundle(source, { newId: ctx.newId, now, name });
  copy.audit.push(
    auditEntry(ctx, now, {
      workspaceId: copy.workspace.id,
      action: 'created',
      entityType: 'workspace',
      entityId: copy.workspace.id,
      label: name,
      before: toJson({ duplicatedFrom: source.workspace.name }),
      after: toJson({ name }),
    }),
  );
  return insertWorkspaceBundle(db, copy);
}

/** Deletes a workspace with all its records; returns what was deleted, for undo. */
export async function deleteWorkspace(db: ClarteDatabase, id: string) {
  return deleteWorkspaceBundle(db, id);
}

export { insertWorkspaceBundle as restoreWorkspace };

/** The demo workspace in the given language; a second one is numbered ("… (2)"). */
export async function createDemoWorkspace(
  db: ClarteDatabase,
  ctx: ChangeContext,
  language: Language,
): Promise<string> {
  // The demo's texts are loaded only when a demo is created (not in the first screen's code).
  const { buildDemoWorkspace } = await import('../../domain/demo/demo-workspace');
  const bundle = buildDemoWorkspace({
    language,
    newId: ctx.newId,
    now: ctx.now(),
    actor: ctx.actor,
  });
  const names = (await db.workspaces.toArray()).map((w) => w.name);
  bundle.workspace.name = uniqueName(bundle.workspace.name, names, language);
  return insertWorkspaceBundle(db, bundle);
}

const FIRST_RUN_KEY = 'firstRunDone';

/**
 * On the very first run (no workspace, never run before), creates the demo workspace.
 * Returns its id, or null when this is not the first run.
 */
export async function prepareFirstRun(
  db: ClarteDatabase,
  ctx: ChangeContext,
  language: Language,
): Promise<string | null> {
  const firstRun = await db.transaction('rw', db.meta, db.workspaces, async () => {
    const done = await db.meta.get(FIRST_RUN_KEY);
    if (done) return false;
    await db.meta.put({ key: FIRST_RUN_KEY, value: true });
    return (await db.workspaces.count()) === 0;
  });
  return firstRun ? createDemoWorkspace(db, ctx, language) : null;
}
