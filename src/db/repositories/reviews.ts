import { toJson } from '../../domain/audit/record-changes';
import { decideWorkspace } from '../../domain/decision/decide-workspace';
import {
  STATUS_AFTER_REVIEW,
  reviewFormSchema,
  reviewSchema,
  type Review,
  type ReviewForm,
} from '../../domain/schema/review';
import { useCaseSchema } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import { listSortedBy, readWorkspaceLists } from './workspace-reads';
import type { ClarteDatabase } from '../database';
import { addRecorded, factsOf, mustGetWorkspace, putChanged, withRecord } from './recorded-writes';

/** The hypothesis reviews of a workspace, oldest first. */
export async function listReviews(db: ClarteDatabase, workspaceId: string): Promise<Review[]> {
  return listSortedBy(db.reviews, workspaceId, 'reviewedAt');
}

/**
 * The owner records a use case's review: what happened against its success measure, and the
 * outcome. The promise (KPI, baseline, target, the decision's estimated yearly benefit) is copied
 * from the use case and decideWorkspace now. The status follows (STATUS_AFTER_REVIEW): keep ->
 * done, stop -> abandoned (the reason becomes the status reason), adjust -> in progress with the
 * next review date as the success measure's review date. Review and use case change are audited,
 * in one transaction.
 */
export async function recordReview(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  form: ReviewForm,
): Promise<string> {
  const parsed = reviewFormSchema.parse(form);
  const tables = [db.scorecards, db.decisions, db.reviews];
  return withRecord(db, db.useCases, useCaseId, 'Use case', tables, async (useCase) => {
    const workspaceId = useCase.workspaceId;
    const workspace = await mustGetWorkspace(db, workspaceId);
    const lists = ['useCases', 'scorecards', 'decisions'] as const;
    const { useCases, scorecards, decisions } = await readWorkspaceLists(db, workspaceId, lists);
    const decided = decideWorkspace({ workspace, useCases, scorecards, decisions }).byId.get(
      useCaseId,
    );
    const now = ctx.now();
    const measure = useCase.successMeasure;
    const review = reviewSchema.parse({
      id: ctx.newId(),
      workspaceId,
      useCaseId,
      reviewer: ctx.actor,
      reviewedAt: now,
      dueDate: measure.reviewDate,
      owner: useCase.owner,
      kpiId: measure.kpiId,
      baseline: measure.baseline,
      target: measure.target,
      actual: parsed.actual,
      estimatedYearlyBenefit: decided?.finance.yearlyBenefit.value ?? null,
      realisedYearlyBenefit: parsed.realisedYearlyBenefit,
      currency: decided?.finance.currency ?? useCase.financialEstimate.currency,
      outcome: parsed.outcome,
      reason: parsed.reason,
      nextReviewDate: parsed.outcome === 'adjust' ? parsed.nextReviewDate : null,
      automation: parsed.automation,
      note: parsed.note,
    });
    const next = useCaseSchema.parse({
      ...useCase,
      status: STATUS_AFTER_REVIEW[parsed.outcome],
      statusReason: parsed.outcome === 'stop' ? parsed.reason : useCase.statusReason,
      successMeasure:
        parsed.outcome === 'adjust' ? { ...measure, reviewDate: parsed.nextReviewDate } : measure,
      updatedAt: now,
    });
    await addRecorded(db, ctx, now, db.reviews, review, {
      ...factsOf('review', review, useCase.title),
      after: toJson({
        useCaseId,
        outcome: review.outcome,
        reason: review.reason,
        actual: review.actual,
        realisedYearlyBenefit: review.realisedYearlyBenefit,
      }),
    });
    const change = { current: useCase, next, now };
    await putChanged(db, ctx, db.useCases, change, factsOf('useCase', useCase, useCase.title));
    return review.id;
  });
}
