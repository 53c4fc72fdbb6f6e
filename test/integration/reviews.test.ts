import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import { listReviews, recordReview } from '../../src/db/repositories/reviews';
import { contextOf, dumpDatabase, sampleWorkspaceBundle, sequence } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
const bundle = sampleWorkspaceBundle();
const WS = bundle.workspace.id;
const MATCH = 'src-uc-match';

beforeEach(async () => {
  ({ db } = await openTestDatabase({ content: bundle }));
});

afterEach(deleteTestDatabases);

const form = {
  actual: 38,
  realisedYearlyBenefit: 20000,
  reason: 'DSO went down, less than hoped',
  nextReviewDate: null,
  automation: { handledByMachine: 900, takenOverByPerson: 100, time: 'better', quality: 'same' },
} as const;

describe('hypothesis reviews', () => {
  it('keep: records the promise and what happened, the use case is done, both audited', async () => {
    const ctx = contextOf('Claire Martin', sequence('2026-01-05T09:00:00.000Z'));
    const id = await recordReview(db, ctx, MATCH, { ...form, outcome: 'keep' });
    const [review] = await listReviews(db, WS);
    // The sample's estimate: 12,000 x 4 min / 60 x 40 EUR/h x 80 % = 25,600 EUR a year.
    expect(review).toMatchObject({
      id,
      useCaseId: MATCH,
      reviewer: 'Claire Martin',
      dueDate: '2025-12-31',
      owner: 'Claire Martin',
      kpiId: 'kpi-dso',
      baseline: 45,
      target: 35,
      actual: 38,
      estimatedYearlyBenefit: 25600,
      realisedYearlyBenefit: 20000,
      outcome: 'keep',
    });
    expect((await db.useCases.get(MATCH))?.status).toBe('done');
    const audit = await listAuditEntries(db, WS);
    expect(audit.map((a) => [a.entityType, a.action, a.entityId])).toEqual(
      expect.arrayContaining([
        ['review', 'created', id],
        ['useCase', 'updated', MATCH],
      ]),
    );
  });

  it('stop abandons with the reason; adjust stays in progress with the next review date', async () => {
    const ctx = contextOf('Claire Martin', sequence('2026-01-05T09:00:00.000Z'));
    await recordReview(db, ctx, MATCH, {
      ...form,
      outcome: 'adjust',
      nextReviewDate: '2026-06-30',
    });
    let useCase = await db.useCases.get(MATCH);
    expect(useCase?.status).toBe('inProgress');
    expect(useCase?.successMeasure.reviewDate).toBe('2026-06-30');
    await recordReview(db, ctx, MATCH, { ...form, outcome: 'stop', reason: 'Not worth it' });
    useCase = await db.useCases.get(MATCH);
    expect(useCase?.status).toBe('abandoned');
    expect(useCase?.statusReason).toBe('Not worth it');
    expect(await listReviews(db, WS)).toHaveLength(2);
  });

  it('refuses adjust without a next review date, or a negative count, and stores nothing', async () => {
    const before = await dumpDatabase(db);
    const ctx = contextOf('Claire Martin');
    await expect(recordReview(db, ctx, MATCH, { ...form, outcome: 'adjust' })).rejects.toThrow(
      'errors.nextReviewDateRequired',
    );
    await expect(
      recordReview(db, ctx, MATCH, {
        ...form,
        outcome: 'keep',
        automation: { ...form.automation, handledByMachine: -1 },
      }),
    ).rejects.toThrow('errors.negative');
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
