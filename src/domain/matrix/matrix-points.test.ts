import { describe, expect, it } from 'vitest';
import { aStep, aUseCase } from '../../../test/fixtures/builders';
import type { RankedDecision } from '../decision/decide-workspace';
import { estimateFinances } from '../finance/financial-estimate';
import type { UseCase } from '../schema/use-case';
import { JOURNEY_PHASES } from '../schema/workflow';
import {
  NO_MATRIX_FILTERS,
  aggregateMatrixPoints,
  buildMatrix,
  matrixFilterOptions,
  type MatrixPoint,
} from './matrix-points';

const step = aStep;

type RankedPoint = Parameters<typeof buildMatrix>[0][number];

/** A ranked use case as the decision gives it (its finance from the use case of that id). */
function ranked(id: string, rank: number, value: number, feasibility: number): RankedPoint {
  const estimate = useCases.find((u) => u.id === id)?.financialEstimate;
  return {
    id,
    title: `Use case ${id}`,
    rank,
    overall: (value + feasibility) / 2,
    value,
    feasibility,
    quadrant: value >= 50 ? (feasibility >= 50 ? 'quickWin' : 'strategicBet') : 'fillIn',
    finance: estimateFinances(estimate ?? aUseCase(id).financialEstimate),
  } satisfies Pick<RankedDecision, keyof RankedPoint>;
}

const steps = [step('s-inv', 'wf-p2p'), step('s-faq', 'wf-journey', 'support')];
const useCases = [
  aUseCase('a', {
    stepIds: ['s-inv'],
    tags: ['finance'],
    financialEstimate: {
      yearlyVolume: 12000,
      minutesSavedPerItem: 4,
      hourlyCost: 40,
      adoptionRate: 80,
      yearlyRevenueUplift: null,
      oneOffCost: null,
      yearlyRunningCost: null,
      currency: 'EUR',
    },
  }),
  aUseCase('b', { scope: 'external', stepIds: ['s-faq'], tags: ['support'], status: 'planned' }),
  aUseCase('c', { stepIds: [] }),
];
const rankedList = [ranked('b', 1, 80, 70), ranked('a', 2, 60, 55), ranked('c', 3, 20, 30)];

describe('buildMatrix', () => {
  it('keeps rank order, splits by scope and computes the yearly benefit', () => {
    const m = buildMatrix(rankedList, useCases, steps, NO_MATRIX_FILTERS);
    expect(m.points.map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(m.internal.map((p) => p.id)).toEqual(['a', 'c']);
    expect(m.external.map((p) => p.id)).toEqual(['b']);
    // 12,000 * 4 / 60 = 800 h; * 40 = 32,000; * 80 % = 25,600
    expect(m.points[1]?.yearlyBenefit).toBeCloseTo(25600, 9);
    expect(m.points[0]?.yearlyBenefit).toBeNull();
    expect(m.points[0]).toMatchObject({ value: 80, feasibility: 70, scope: 'external' });
    expect(m.cells).toBeNull();
  });

  it('filters by workflow and phase through the anchored steps, by tag and by status', () => {
    const ids = (filters: Partial<typeof NO_MATRIX_FILTERS>) =>
      buildMatrix(rankedList, useCases, steps, { ...NO_MATRIX_FILTERS, ...filters }).points.map(
        (p) => p.id,
      );
    expect(ids({ workflowId: 'wf-p2p' })).toEqual(['a']);
    expect(ids({ phase: 'support' })).toEqual(['b']);
    expect(ids({ tag: 'finance' })).toEqual(['a']);
    expect(ids({ status: 'planned' })).toEqual(['b']);
    expect(ids({ status: 'planned', tag: 'finance' })).toEqual([]);
  });

  it('ignores ranked use cases it does not know', () => {
    const m = buildMatrix([ranked('zz', 1, 50, 50)], useCases, steps, NO_MATRIX_FILTERS);
    expect(m.points).toEqual([]);
  });

  it('aggregates into cells above the limit', () => {
    const m = buildMatrix(rankedList, useCases, steps, NO_MATRIX_FILTERS, 2);
    expect(m.cells).not.toBeNull();
    expect(m.cells?.reduce((s, c) => s + c.count, 0)).toBe(3);
  });
});

describe('buildMatrix on a list of use cases seen before', () => {
  it('places the new scores of a new ranking and follows a use case changed in place', () => {
    const own = [...useCases];
    const before = buildMatrix(rankedList, own, steps, { ...NO_MATRIX_FILTERS, status: 'scored' });
    expect(before.points.map((p) => [p.id, p.value])).toEqual([
      ['a', 60],
      ['c', 20],
    ]);
    // New weights: the same use cases ranked again with other scores.
    const reranked = [ranked('c', 1, 90, 85), ranked('b', 2, 70, 60), ranked('a', 3, 10, 5)];
    const after = buildMatrix(reranked, own, steps, { ...NO_MATRIX_FILTERS, status: 'scored' });
    expect(after.points.map((p) => [p.id, p.rank, p.value, p.feasibility])).toEqual([
      ['c', 1, 90, 85],
      ['a', 3, 10, 5],
    ]);
    // c becomes planned and external, a new object in the same list.
    own[2] = { ...(own[2] as UseCase), status: 'planned', scope: 'external' };
    const changed = buildMatrix(reranked, own, steps, { ...NO_MATRIX_FILTERS, status: 'planned' });
    expect(changed.points.map((p) => p.id)).toEqual(['c', 'b']);
    expect(changed.external.map((p) => p.id)).toEqual(['c', 'b']);
    expect(changed.internal).toEqual([]);
  });

  it('counts only the points that pass the filters in its cells', () => {
    // a (60, 55) and c (20, 30) are internal and scored; b is external and planned.
    const m = buildMatrix(
      rankedList,
      useCases,
      steps,
      { ...NO_MATRIX_FILTERS, status: 'scored' },
      1,
    );
    expect(m.cells).toEqual([
      { scope: 'internal', feasibility: 32.5, value: 22.5, count: 1 },
      { scope: 'internal', feasibility: 57.5, value: 62.5, count: 1 },
    ]);
  });
});

describe('aggregateMatrixPoints', () => {
  type Scope = MatrixPoint['scope'];
  const point = (scope: Scope, value: number, feasibility: number) =>
    ({ scope, value, feasibility }) as MatrixPoint;
  const cell = (scope: Scope, feasibility: number, value: number, count: number) => ({
    scope,
    feasibility,
    value,
    count,
  });

  it.each([
    {
      // 51 and 54.9 fall in cell 10 (50..55, centre 52.5); 100 falls in the last cell (95..100, 97.5).
      why: 'counts points per 5 x 5 cell and scope, centred on the cell',
      points: [
        point('internal', 51, 51),
        point('internal', 54.9, 50),
        point('external', 51, 51),
        point('internal', 100, 0),
      ],
      cells: [
        cell('external', 52.5, 52.5, 1),
        cell('internal', 2.5, 97.5, 1),
        cell('internal', 52.5, 52.5, 2),
      ],
    },
    {
      why: 'orders the cells by number, not by text: feasibility 10..15 before 50..55',
      points: [
        point('internal', 3, 51),
        point('internal', 60, 12),
        point('internal', 7, 12),
        point('internal', 7.5, 14.9),
      ],
      // (7, 12) and (7.5, 14.9) share the cell value 5..10, feasibility 10..15; as text, the
      // value 62.5 would come before 7.5.
      cells: [
        cell('internal', 12.5, 7.5, 2),
        cell('internal', 12.5, 62.5, 1),
        cell('internal', 52.5, 2.5, 1),
      ],
    },
    { why: 'gives no cell for no point', points: [], cells: [] },
  ])('$why', ({ points, cells }) => {
    expect(aggregateMatrixPoints(points)).toEqual(cells);
  });
});

describe('matrixFilterOptions', () => {
  it('offers the workflows and phases that hold a use case, and the tags in collation order', () => {
    const options = matrixFilterOptions(
      useCases,
      steps,
      [
        { id: 'wf-journey', name: 'Journey', position: 1 },
        { id: 'wf-p2p', name: 'Procure to pay', position: 0 },
        { id: 'wf-empty', name: 'Empty', position: 2 },
      ],
      JOURNEY_PHASES,
      'en',
    );
    expect(options).toEqual({
      workflows: [
        { id: 'wf-p2p', name: 'Procure to pay' },
        { id: 'wf-journey', name: 'Journey' },
      ],
      phases: ['support'],
      tags: ['finance', 'support'],
    });
  });
});
