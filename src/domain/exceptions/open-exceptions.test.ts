import { describe, expect, it } from 'vitest';
import type { KpiConflict } from '../conflicts/kpi-conflicts';
import type { RankedUseCase } from '../ranking/rank-use-cases';
import { CRITERION_IDS, defaultWeights } from '../schema/criterion';
import type { CriterionValues } from '../scoring/score-use-case';
import { overrideSchema, type Override } from '../schema/decision';
import { waveSchema, type Wave } from '../schema/roadmap';
import { useCaseSchema, type UseCase } from '../schema/use-case';
import type { Department, Kpi } from '../schema/workspace';
import { listOpenExceptions } from './open-exceptions';

const NEUTRAL = Object.fromEntries(CRITERION_IDS.map((id) => [id, 3])) as CriterionValues;

const AT = '2026-11-22T10:00:00.000Z';

/** Whether each built use case meets its clarity gate, as the decision function would say. */
const clearById = new Map<string, boolean>();

function useCase(id: string, owner: string, clear: boolean): UseCase {
  clearById.set(id, clear);
  const base = {
    id,
    workspaceId: 'w',
    title: id,
    scope: 'internal',
    status: 'scored',
    owner,
    createdAt: AT,
    updatedAt: AT,
  };
  if (!clear) return useCaseSchema.parse(base);
  return useCaseSchema.parse({
    ...base,
    intention: 'Make invoices simpler',
    stepIds: ['step-1'],
    dataSignals: 'Invoices, orders',
    successMeasure: { kpiId: 'handling', baseline: 10, target: 5 },
    humanLoop: { automationLevel: 'assist', exceptionOwner: 'Bea', howToPause: 'Switch off' },
    complianceNote: 'No personal data',
  });
}

function ranked(ids: string[]): RankedUseCase[] {
  return ids.map((id, i) => ({
    id,
    title: id,
    rank: i + 1,
    overall: 80 - i,
    value: 50,
    feasibility: 50,
    quadrant: 'quickWin',
    values: NEUTRAL,
    weights: defaultWeights(),
  }));
}

function override(id: string, fields: Partial<Override>): Override {
  return overrideSchema.parse({
    id,
    workspaceId: 'w',
    kind: 'override',
    author: 'Author Name',
    at: AT,
    reason: 'We know better',
    useCaseId: 'u1',
    action: 'forceIntoTop',
    ...fields,
  });
}

const kpis: Kpi[] = [
  {
    id: 'revenue',
    name: 'Revenue',
    departmentId: 'sales',
    unit: '',
    direction: 'up',
    baseline: null,
  },
  {
    id: 'handling',
    name: 'Handling',
    departmentId: 'ops',
    unit: '',
    direction: 'down',
    baseline: null,
  },
];
const departments: Department[] = [
  { id: 'sales', name: 'Sales' },
  { id: 'ops', name: 'Operations' },
];

const empty = {
  useCases: [] as UseCase[],
  ranked: [] as RankedUseCase[],
  k: 2,
  conflicts: [] as KpiConflict[],
  divergences: [],
  overrides: [] as Override[],
  waves: [] as Wave[],
  kpis,
  departments,
};

function conflict(key: string, sides: [string, string][]): KpiConflict {
  return {
    key,
    kind: 'opposingPush',
    sides: sides.map(([useCaseId, kpiId]) => ({
      useCaseId,
      kpiId,
      departmentId: kpis.find((k) => k.id === kpiId)?.departmentId ?? null,
      effect: 'increase',
      improves: true,
    })),
  };
}

type ListInput = Omit<Parameters<typeof listOpenExceptions>[0], 'decided'>;

/**
 * The list for a workspace holding only `parts` (the KPIs and departments above, K = 2), with each
 * use case's clarity read from a decision built from the use cases above.
 */
function listFor(parts: Partial<ListInput>) {
  const input = { ...empty, ...parts };
  const decided = new Map(
    input.useCases.map((u) => [u.id, { clarity: { clear: clearById.get(u.id) ?? false } }]),
  );
  return listOpenExceptions({ ...input, decided });
}

/** Each listed exception as [key, owner, use cases]. */
const whoAndWhat = (list: ReturnType<typeof listFor>) =>
  list.map((e) => [e.key, e.owner, e.useCaseIds]);

function wave(id: string, name: string, position: number, useCaseIds: string[]): Wave {
  return waveSchema.parse({ id, workspaceId: 'w', name, position, useCaseIds });
}

describe('listOpenExceptions', () => {
  it('is empty when nothing needs a person', () => {
    expect(listFor({})).toEqual([]);
  });

  it('gives a KPI conflict to the first side with an owner, else the KPI department', () => {
    const useCases = [useCase('u1', '', true), useCase('u2', 'Chloé', true)];
    const list = listFor({
      useCases,
      conflicts: [
        conflict('k1', [
          ['u1', 'revenue'],
          ['u2', 'revenue'],
        ]),
        conflict('k2', [
          ['u1', 'handling'],
          ['u1', 'revenue'],
        ]),
        conflict('k3', [['ghost', 'nowhere']]),
      ],
    });
    expect(list).toEqual([
      {
        key: 'kpiConflict:k1',
        kind: 'kpiConflict',
        owner: 'Chloé',
        useCaseIds: ['u1', 'u2'],
        ref: 'k1',
      },
      {
        key: 'kpiConflict:k2',
        kind: 'kpiConflict',
        owner: 'Operations',
        useCaseIds: ['u1'],
        ref: 'k2',
      },
      { key: 'kpiConflict:k3', kind: 'kpiConflict', owner: '', useCaseIds: ['ghost'], ref: 'k3' },
    ]);
  });

  it('flags unclear use cases in the top K or the first wave, not the clear ones nor the others', () => {
    // Top 2: a (unclear), b (clear). First wave (position 0): d (unclear). c: unclear but neither.
    const useCases = [
      useCase('a', 'Ann', false),
      useCase('b', 'Ben', true),
      useCase('c', 'Cy', false),
      useCase('d', '', false),
    ];
    const waves = [wave('later', 'Later', 2, ['c']), wave('now', 'Now', 0, ['d'])];
    const list = listFor({
      useCases,
      ranked: ranked(['a', 'b', 'c', 'd']),
      waves,
    });
    expect(whoAndWhat(list)).toEqual([
      ['unclearPlacedHigh:a', 'Ann', ['a']],
      ['unclearPlacedHigh:d', '', ['d']],
    ]);
  });

  it('lists divergences of 2 or more that nobody resolved', () => {
    const list = listFor({
      useCases: [useCase('u1', 'Dana', true)],
      divergences: [
        { useCaseId: 'u1', criterion: 'dataMaturity', spread: 2, resolved: false },
        { useCaseId: 'u1', criterion: 'brandImpact', spread: 3, resolved: true },
        { useCaseId: 'u1', criterion: 'customerImpact', spread: 1.5, resolved: false },
      ],
    });
    expect(list).toEqual([
      {
        key: 'unresolvedDivergence:u1:dataMaturity',
        kind: 'unresolvedDivergence',
        owner: 'Dana',
        useCaseIds: ['u1'],
        ref: 'u1:dataMaturity',
      },
    ]);
  });

  it('lists active overrides without a review date, owned by their owner or else their author', () => {
    const list = listFor({
      overrides: [
        override('o1', { owner: 'Eve' }),
        override('o2', {}),
        override('o3', { reviewDate: '2027-01-15' }),
        override('o4', { withdrawnAt: AT }),
      ],
    });
    expect(whoAndWhat(list)).toEqual([
      ['overrideWithoutReviewDate:o1', 'Eve', ['u1']],
      ['overrideWithoutReviewDate:o2', 'Author Name', ['u1']],
    ]);
  });

  it('orders the kinds: conflicts, unclear placed high, divergences, overrides', () => {
    const list = listFor({
      useCases: [useCase('u1', 'Fay', false)],
      ranked: ranked(['u1']),
      conflicts: [conflict('k', [['u1', 'revenue']])],
      divergences: [{ useCaseId: 'u1', criterion: 'complianceRisk', spread: 4, resolved: false }],
      overrides: [override('o', {})],
    });
    expect(list.map((e) => e.kind)).toEqual([
      'kpiConflict',
      'unclearPlacedHigh',
      'unresolvedDivergence',
      'overrideWithoutReviewDate',
    ]);
    expect(new Set(list.map((e) => e.key)).size).toBe(4);
  });

  it('lists a review that is due (today or earlier) for the owner, until done or abandoned', () => {
    const useCaseWithReview = (
      id: string,
      reviewDate: string | null,
      status: UseCase['status'],
    ) => ({
      ...useCase(id, `Owner of ${id}`, false),
      status,
      successMeasure: { kpiId: null, baseline: null, target: null, reviewDate },
    });
    const useCases = [
      useCaseWithReview('due-yesterday', '2027-03-31', 'planned'),
      useCaseWithReview('due-today', '2027-04-01', 'inProgress'),
      useCaseWithReview('due-tomorrow', '2027-04-02', 'inProgress'),
      useCaseWithReview('done', '2027-01-01', 'done'),
      useCaseWithReview('abandoned', '2027-01-01', 'abandoned'),
      useCaseWithReview('no-date', null, 'inProgress'),
    ];
    const list = listFor({ useCases, today: '2027-04-01' });
    expect(list.map((e) => [e.kind, e.ref, e.owner])).toEqual([
      ['reviewDue', 'due-yesterday:2027-03-31', 'Owner of due-yesterday'],
      ['reviewDue', 'due-today:2027-04-01', 'Owner of due-today'],
    ]);
    // The day before, only the one due yesterday (31 March) is listed... and without a clock, none.
    expect(listFor({ useCases, today: '2027-03-31' })).toHaveLength(1);
    expect(listFor({ useCases })).toEqual([]);
  });
});
