import * as z from 'zod';
import { toJson } from '../../domain/audit/record-changes';
import { criterionIdSchema, type CriterionId } from '../../domain/schema/criterion';
import { divergenceResolutionSchema, type Decision } from '../../domain/schema/decision';
import { addDecision, newDecision, withdrawDecision } from './decision-writes';
import { useCaseSchema, type UseCase } from '../../domain/schema/use-case';
import {
  aggregationSchema,
  criterionTextSchema,
  type Aggregation,
  type CriterionText,
} from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { changeWorkspace } from './workspaces';
import { factsOf, putChanged, withRecord } from './recorded-writes';

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
  await withRecord(db, db.useCases, useCaseId, 'Use case', [], async (current) => {
    if ((current.scoresRevealedAt !== null) === revealed) return;
    const now = ctx.now();
    const next = useCaseSchema.parse({
      ...current,
      scoresRevealedAt: revealed ? now : null,
      updatedAt: now,
    });
    const shown = (u: UseCase) => ({ scoresRevealedAt: u.scoresRevealedAt });
    const change = { current, next, now, shown };
    await putChanged(db, ctx, db.useCases, change, factsOf('useCase', next, next.title));
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

/** An agreement as the audit trail shows it, shaped like a score: "<criterion>: 4 (note)". */
function agreementFacts(d: Extract<Decision, { kind: 'divergenceResolution' }>) {
  return toJson({ [d.criterion]: { score: d.agreedScore, rationale: d.reason } });
}

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
  await withRecord(db, db.useCases, useCaseId, 'Use case', [db.decisions], async (useCase) => {
    const now = ctx.now();
    const decision = divergenceResolutionSchema.parse({
      ...newDecision(ctx, now, useCase.workspaceId, id),
      kind: 'divergenceResolution',
      reason: agreement.note,
      useCaseId,
      criterion: agreement.criterion,
      agreedScore: agreement.agreedScore,
    });
    await addDecision(db, ctx, now, decision, {
      label: useCase.title,
      facts: agreementFacts(decision),
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
    const useCase = await db.useCases.get(current.useCaseId);
    await withdrawDecision(db, ctx, now, current, why, {
      label: useCase?.title ?? current.useCaseId,
      facts: agreementFacts(current),
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
