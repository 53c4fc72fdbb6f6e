import { describe, expect, it } from 'vitest';
import { reviewSchema, type Review } from '../schema/review';
import { deliveredRows, trackRecords } from './promised-delivered';

function review(id: string, fields: Partial<Review>): Review {
  return reviewSchema.parse({
    id,
    workspaceId: 'w',
    useCaseId: id,
    reviewer: 'Sophie',
    reviewedAt: '2027-04-01T10:00:00.000Z',
    outcome: 'keep',
    reason: 'ok',
    ...fields,
  });
}

const kpis = [
  {
    id: 'cost',
    name: 'Cost per invoice',
    departmentId: 'fin',
    unit: 'EUR',
    direction: 'down' as const,
    baseline: 9.4,
  },
];
const departments = [{ id: 'fin', name: 'Finance' }];

describe('promised against delivered', () => {
  it('works out attainment, benefit ratio and machine share by hand', () => {
    const [row] = deliveredRows(
      [
        review('a', {
          owner: 'Sophie',
          kpiId: 'cost',
          baseline: 9.4,
          target: 4.5,
          actual: 6.0,
          estimatedYearlyBenefit: 100_000,
          realisedYearlyBenefit: 60_000,
          automation: { handledByMachine: 900, takenOverByPerson: 100, time: null, quality: null },
        }),
      ],
      kpis,
      departments,
    );
    // (6.0 − 9.4) / (4.5 − 9.4) = −3.4 / −4.9 = 0.6939 ; 60,000 / 100,000 = 0.6 ; 900 / 1,000.
    expect(row?.kpiAttainment).toBeCloseTo(3.4 / 4.9, 12);
    expect(row?.benefitRatio).toBe(0.6);
    expect(row?.machineShare).toBe(0.9);
    expect(row?.departmentName).toBe('Finance');
  });

  it('keeps the latest review of a use case, and groups the track record by owner', () => {
    const rows = deliveredRows(
      [
        review('a', { owner: 'Sophie', estimatedYearlyBenefit: 100, realisedYearlyBenefit: 50 }),
        review('b', { owner: 'Sophie', estimatedYearlyBenefit: 300, realisedYearlyBenefit: 350 }),
        review('c', {
          useCaseId: 'a',
          owner: 'Sophie',
          reviewedAt: '2026-01-01T00:00:00.000Z',
          estimatedYearlyBenefit: 1,
          realisedYearlyBenefit: 1000,
        }),
        review('d', { owner: '', estimatedYearlyBenefit: 10, realisedYearlyBenefit: 10 }),
      ],
      [],
      [],
    );
    expect(rows.map((r) => r.review.id).sort()).toEqual(['a', 'b', 'd']);
    // Sophie: (50 + 350) / (100 + 300) = 1; the review without an owner is left out.
    expect(trackRecords(rows, (r) => r.review.owner)).toEqual([
      { key: 'Sophie', reviews: 2, benefitRatio: 1, kpiAttainment: null },
    ]);
  });
});
