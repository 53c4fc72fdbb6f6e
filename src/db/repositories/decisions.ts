import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { decideWorkspace } from '../../domain/decision/decide-workspace';
import { optionalNameSchema } from '../../domain/schema/common';
import {
  decisionSchema,
  kpiArbitrationSchema,
  overrideSchema,
  type Decision,
  type Override,
} from '../../domain/schema/decision';
import type { Wave } from '../../domain/schema/roadmap';
import type { Scorecard } from '../../domain/schema/scorecard';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { decisionInputTables, listDecisions, readDecisionInput } from './decision-input';
import { addDecision, newDecision, withdrawDecision } from './decision-writes';
import { factsOf, mustGetWorkspace, putRecorded, withRecord } from './recorded-writes';
import { ofWorkspace } from './workspace-reads';

/** What a person gives to contest the model for a use case (author, time and rank are added). */
export const overrideInputSchema = overrideSchema
  .pick({
    useCaseId: true,
    action: true,
    position: true,
    waveId: true,
    reason: true,
    owner: true,
    reviewDate: true,
  })
  .superRefine((v, ctx) => {
    if (v.action === 'setPosition' && v.position === null)
      ctx.addIssue({ code: 'custom', path: ['position'], message: 'errors.required' });
    if ((v.action === 'forceIntoWave' || v.action === 'forceOutOfWave') && v.waveId === null)
      ctx.addIssue({ code: 'custom', path: ['waveId'], message: 'errors.required' });
  });
export type OverrideInput = z.input<typeof overrideInputSchema>;

const withdrawalSchema = z.strictObject({ reason: overrideSchema.shape.reason });

/** Who follows an override up, and when it is reviewed (the date is required here). */
export const followUpSchema = z.strictObject({
  owner: optionalNameSchema,
  reviewDate: z.iso.date({ error: 'errors.invalid' }),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** An arbitration of a KPI conflict: the decision, and a note kept as its reason. */
export const arbitrationInputSchema = z.strictObject({
  conflictKey: kpiArbitrationSchema.shape.conflictKey,
  decision: kpiArbitrationSchema.shape.decision.trim().min(1, { error: 'errors.required' }),
  reason: kpiArbitrationSchema.shape.reason,
  owner: optionalNameSchema.default(''),
  /** A readable name of the conflict for the audit trail. */
  label: z.string().max(500).default(''),
});
export type ArbitrationInput = z.input<typeof arbitrationInputSchema>;

export interface DecisionRecords {
  decisions: Decision[];
  waves: Wave[];
  scorecards: Scorecard[];
}

/** What decisions are read against: the decisions, the roadmap waves and the scorecards. */
export async function readDecisionRecords(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<DecisionRecords> {
  const [decisions, waves, scorecards] = await Promise.all([
    listDecisions(db, workspaceId),
    ofWorkspace(db.waves, workspaceId),
    ofWorkspace(db.scorecards, workspaceId),
  ]);
  return { decisions, waves: waves.sort((a, b) => a.position - b.position), scorecards };
}

/** The model's rank of a use case now, from the workspace's decision (null: not ranked). */
async function computedRankOf(
  db: ClarteDatabase,
  workspaceId: string,
  useCaseId: string,
): Promise<number | null> {
  const input = await readDecisionInput(db, workspaceId);
  if (!input) return null;
  return decideWorkspace(input).byId.get(useCaseId)?.rank ?? null;
}

function overrideFacts(o: Override) {
  return toJson({
    action: o.action,
    position: o.position,
    waveId: o.waveId,
    computedRank: o.computedRank,
    reason: o.reason,
    owner: o.owner,
    reviewDate: o.reviewDate,
  });
}

/**
 * A person contests the model for a use case: the override is signed by ctx.actor, keeps the
 * model's rank at that moment, and is written with its audit entry ('decided') in one
 * transaction. The computed numbers are never changed.
 */
export async function createOverride(
  db: ClarteDatabase,
  ctx: ChangeContext,
  input: OverrideInput,
): Promise<string> {
  const fields = overrideInputSchema.parse(input);
  const tables = decisionInputTables(db);
  return withRecord(db, db.useCases, fields.useCaseId, 'Use case', tables, async (useCase) => {
    const now = ctx.now();
    const override = overrideSchema.parse({
      ...fields,
      ...newDecision(ctx, now, useCase.workspaceId),
      kind: 'override',
      computedRank: await computedRankOf(db, useCase.workspaceId, useCase.id),
    });
    await addDecision(db, ctx, now, decisionSchema.parse(override), {
      label: useCase.title,
      facts: overrideFacts(override),
    });
    return override.id;
  });
}

async function activeOverride(db: ClarteDatabase, id: string): Promise<Override> {
  const found = await db.decisions.get(id);
  if (!found || found.kind !== 'override') throw new Error(`Override ${id} not found`);
  if (found.withdrawnAt !== null) throw new Error(`Override ${id} is already withdrawn`);
  return found;
}

async function labelOf(db: ClarteDatabase, useCaseId: string): Promise<string> {
  return (await db.useCases.get(useCaseId))?.title ?? useCaseId;
}

/** Withdraws an override (reason required); it stays stored, marked withdrawn, and traced. */
export async function withdrawOverride(
  db: ClarteDatabase,
  ctx: ChangeContext,
  overrideId: string,
  reason: string,
): Promise<void> {
  const parsed = withdrawalSchema.parse({ reason });
  await db.transaction('rw', [db.decisions, db.useCases, db.workspaces, db.audit], async () => {
    const current = await activeOverride(db, overrideId);
    await withdrawDecision(db, ctx, ctx.now(), current, parsed.reason, {
      label: await labelOf(db, current.useCaseId),
      facts: overrideFacts(current),
    });
  });
}

/** Sets who follows an override up and its review date (audited as 'updated'). */
export async function setOverrideFollowUp(
  db: ClarteDatabase,
  ctx: ChangeContext,
  overrideId: string,
  followUp: FollowUp,
): Promise<void> {
  const parsed = followUpSchema.parse(followUp);
  await db.transaction('rw', [db.decisions, db.useCases, db.workspaces, db.audit], async () => {
    const current = await activeOverride(db, overrideId);
    const next = decisionSchema.parse({ ...current, ...parsed });
    const label = await labelOf(db, current.useCaseId);
    await putRecorded(db, ctx, ctx.now(), db.decisions, next, {
      ...factsOf('decision', current, label),
      action: 'updated',
      before: toJson({ owner: current.owner, reviewDate: current.reviewDate }),
      after: toJson(parsed),
    });
  });
}

/**
 * Arbitrates a KPI conflict: the decision, who decided (ctx.actor) and a note (its reason),
 * with its audit entry ('decided'). A conflict already arbitrated is refused.
 */
export async function arbitrateConflict(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  input: ArbitrationInput,
): Promise<string> {
  const fields = arbitrationInputSchema.parse(input);
  return db.transaction('rw', [db.decisions, db.workspaces, db.audit], async () => {
    await mustGetWorkspace(db, workspaceId);
    const existing = await ofWorkspace(db.decisions, workspaceId);
    const already = existing.some(
      (d) => d.kind === 'kpiArbitration' && d.conflictKey === fields.conflictKey && !d.withdrawnAt,
    );
    if (already) throw new Error(`Conflict ${fields.conflictKey} is already arbitrated`);
    const now = ctx.now();
    const arbitration = kpiArbitrationSchema.parse({
      ...newDecision(ctx, now, workspaceId),
      kind: 'kpiArbitration',
      reason: fields.reason,
      owner: fields.owner,
      conflictKey: fields.conflictKey,
      decision: fields.decision,
    });
    await addDecision(db, ctx, now, decisionSchema.parse(arbitration), {
      label: fields.label || fields.conflictKey,
      facts: toJson({ decision: fields.decision, reason: fields.reason, owner: fields.owner }),
    });
    return arbitration.id;
  });
}
