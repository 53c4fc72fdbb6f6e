import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { criterionIdSchema, type CriterionId } from '../../domain/schema/criterion';
import { divergenceResolutionSchema } from '../../domain/schema/decision';
import { useCaseSchema } from '../../domain/schema/use-case';
import {
  aggregationSchema,
  criterionTextSchema,
  type Aggregation,
  type CriterionText,
} from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { changeWorkspace } from './workspaces';
import { recordChange } from '../write';

/**
 * With blind scoring, shows (revealed = true) or hides again the participants' scores of a use
 * case; audited as a change of the use case.
 */
export async function setScoresRevealed(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  revealed: boolean,
): Promise<void> {
  await db.transaction('rw', [db.useCases, db.workspaces, db.audit], async () => {
    const current = await db.useCases.get(useCaseId);
    if (!current) throw new Error(`Use case ${useCaseId} not found`);
    if ((current.scoresRevealedAt !== null) === revealed) return;
    const now = ctx.now();
    const next = useCaseSchema.parse({
      ...current,
      scoresRevealedAt: revealed ? now : null,
      updatedAt: now,
    });
    await db.useCases.put(next);
    await recordChange(db, ctx, now, {
      workspaceId: current.workspaceId,
      action: 'updated',
      entityType: 'useCase',
      entityId: useCaseId,
      label: current.title,
      before: toJson({ scoresRevealedAt: current.scoresRevealedAt }),
      after: toJson({ scoresRevealedAt: next.scoresRevealedAt }),
    });
  });
}

/**
 * Blind scoring: the facilitator reveals every use case of the workspace whose scores are still
 * hidden, in one transaction (one audit entry per use case). Returns how many were revealed.
 */
export async function revealAllScores(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
): Promise<number> {
  return db.transaction('rw', [db.useCases, db.workspaces, db.audit], async () => {
    const hidden = await db.useCases
      .where('workspaceId')
      .equals(workspaceId)
      .filter((u) => u.scoresRevealedAt === null)
      .toArray();
    for (const u of hidden) await setScoresRevealed(db, ctx, u.id, true);
    return hidden.length;
  });
}

/** What the group agreed after discussing a divergence. */
export const divergenceAgreementSchema = z.strictObject({
  criterion: criterionIdSchema,
  agreedScore: divergenceResolutionSchema.shape.agreedScore,
  note: divergenceResolutionSchema.shape.reason,
});
export type DivergenceAgreementInput = z.input<typeof divergenceAgreementSchema>;

/**
 * Records how the group resolved a divergence: a decision of kind 'divergenceResolution'
 * (reason = the note), written to the audit trail. The agreed score becomes the group's score
 * for that criterion (see src/domain/scoring/group-scores.ts); the participants' scorecards are
 * not touched. Returns the decision's id.
 */
export async function resolveDivergence(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  input: DivergenceAgreementInput,
): Promise<string> {
  const agreement = divergenceAgreementSchema.parse(input);
  const id = ctx.newId();
  await db.transaction('rw', [db.useCases, db.decisions, db.workspaces, db.audit], async () => {
    const useCase = await db.useCases.get(useCaseId);
    if (!useCase) throw new Error(`Use case ${useCaseId} not found`);
    const now = ctx.now();
    const decision = divergenceResolutionSchema.parse({
      id,
      workspaceId: useCase.workspaceId,
      kind: 'divergenceResolution',
      author: ctx.actor,
      at: now,
      reason: agreement.note,
      useCaseId,
      criterion: agreement.criterion,
      agreedScore: agreement.agreedScore,
    });
    await db.decisions.add(decision);
    await recordChange(db, ctx, now, {
      workspaceId: useCase.workspaceId,
      action: 'decided',
      entityType: 'decision',
      entityId: decision.id,
      label: useCase.title,
      // Shaped like a score, so that the audit trail reads "<criterion>: 4 (note)".
      after: toJson({
        [agreement.criterion]: { score: decision.agreedScore, rationale: decision.reason },
      }),
    });
  });
  return id;
}

/** Withdraws an agreement: the mean (or median) of the participants applies again. */
export async function withdrawDivergenceResolution(
  db: ClarteDatabase,
  ctx: ChangeContext,
  decisionId: string,
  reason: string,
): Promise<void> {
  const why = divergenceResolutionSchema.shape.reason.parse(reason);
  await db.transaction('rw', [db.useCases, db.decisions, db.workspaces, db.audit], async () => {
    const current = await db.decisions.get(decisionId);
    if (current?.kind !== 'divergenceResolution' || current.withdrawnAt !== null) return;
    const now = ctx.now();
    const next = divergenceResolutionSchema.parse({
      ...current,
      withdrawnAt: now,
      withdrawnBy: ctx.actor,
      withdrawReason: why,
    });
    const useCase = await db.useCases.get(current.useCaseId);
    await db.decisions.put(next);
    await recordChange(db, ctx, now, {
      workspaceId: current.workspaceId,
      action: 'withdrawn',
      entityType: 'decision',
      entityId: decisionId,
      label: useCase?.title ?? current.useCaseId,
      before: toJson({
        [current.criterion]: { score: current.agreedScore, rationale: current.reason },
      }),
      after: toJson({ withdrawReason: why }),
    });
  });
}

/**
 * The workspace's own wording of a criterion's guiding question and anchors 1, 3, 5. Blank
 * fields fall back to the default text; all blank (or `null`) resets to the defaults.
 */
export async function updateCriterionText(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  criterion: CriterionId,
  text: CriterionText | null,
): Promise<void> {
  const id = criterionIdSchema.parse(criterion);
  const parsed = text === null ? null : criterionTextSchema.parse(text);
  const trimmed = parsed && {
    question: parsed.question.trim(),
    anchor1: parsed.anchor1.trim(),
    anchor3: parsed.anchor3.trim(),
    anchor5: parsed.anchor5.trim(),
  };
  const empty = !trimmed || Object.values(trimmed).every((v) => v === '');
  await changeWorkspace(db, ctx, workspaceId, (w) => {
    const texts = { ...w.criterionTexts };
    if (empty) delete texts[id];
    else texts[id] = trimmed;
    return { ...w, criterionTexts: texts };
  });
}

/** Mean or median of the participants (SCORING.md section 9). */
export async function setAggregation(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  aggregation: Aggregation,
): Promise<void> {
  const method = aggregationSchema.parse(aggregation);
  await changeWorkspace(db, ctx, workspaceId, (w) => ({ ...w, aggregation: method }));
}

/** Blind scoring: participants do not see each other's scores until they are revealed. */
export async function setBlindScoring(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  blind: boolean,
): Promise<void> {
  const flag = z.boolean().parse(blind);
  await changeWorkspace(db, ctx, workspaceId, (w) => ({ ...w, blindScoring: flag }));
}
