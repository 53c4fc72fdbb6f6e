import { describe, expect, it } from 'vitest';
import { aStep, aUseCase } from '../../../test/fixtures/builders';
import type { UseCase } from '../schema/use-case';
import type { Step } from '../schema/workflow';
import { NO_MATRIX_FILTERS, type MatrixFilters } from './matrix-points';
import { matrixViewOf } from './matrix-use-cases';

const step = aStep;

const estimate = {
  yearlyVolume: 600,
  minutesSavedPerItem: 10,
  hourlyCost: 50,
  adoptionRate: 50,
  yearlyRevenueUplift: 1000,
  oneOffCost: null,
  yearlyRunningCost: null,
  currency: 'CHF',
};

function list(): UseCase[] {
  return [
    aUseCase('a', { stepIds: ['s-p2p', 's-gone'], tags: ['finance'], financialEstimate: estimate }),
    aUseCase('b', { scope: 'external', status: 'planned', stepIds: ['s-journey-buy'] }),
    aUseCase('c', { stepIds: ['s-p2p', 's-journey-support'], tags: ['finance', 'support'] }),
  ];
}

const steps = [
  step('s-p2p', 'wf-p2p'),
  step('s-journey-buy', 'wf-journey', 'onboarding'),
  step('s-journey-support', 'wf-journey', 'support'),
];

const filtered = (fields: Partial<MatrixFilters>) => ({ ...NO_MATRIX_FILTERS, ...fields });

describe('matrixViewOf', () => {
  it('prepares scope and status by index, and indexes the ids', () => {
    const { useCases, shown } = matrixViewOf(list(), steps, NO_MATRIX_FILTERS);
    expect(useCases.scopes).toEqual(['internal', 'external', 'internal']);
    expect(useCases.statuses).toEqual(['scored', 'planned', 'scored']);
    expect([...useCases.indexById]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(shown).toBeNull();
  });

  it('keeps the last index of a repeated id', () => {
    const twice = [aUseCase('a'), aUseCase('b'), aUseCase('a', { status: 'done' })];
    expect(matrixViewOf(twice, [], NO_MATRIX_FILTERS).useCases.indexById.get('a')).toBe(2);
  });

  it('reuses the preparation for the same list, and prepares again a list changed in place', () => {
    const useCases = list();
    const first = matrixViewOf(useCases, steps, NO_MATRIX_FILTERS).useCases;
    expect(matrixViewOf(useCases, steps, NO_MATRIX_FILTERS).useCases).toBe(first);
    // Another list with the same content is prepared on its own.
    expect(matrixViewOf(list(), steps, NO_MATRIX_FILTERS).useCases).not.toBe(first);

    useCases[1] = aUseCase('b', { scope: 'internal', status: 'done' });
    const second = matrixViewOf(useCases, steps, NO_MATRIX_FILTERS).useCases;
    expect(second.scopes).toEqual(['internal', 'internal', 'internal']);
    expect(second.statuses).toEqual(['scored', 'done', 'scored']);
  });

  it('tells which use cases pass the status, tag, workflow and phase filters', () => {
    const useCases = list();
    const shown = (fields: Partial<MatrixFilters>) => [
      ...(matrixViewOf(useCases, steps, filtered(fields)).shown ?? []),
    ];
    expect(shown({ status: 'planned' })).toEqual([0, 1, 0]);
    expect(shown({ tag: 'finance' })).toEqual([1, 0, 1]);
    expect(shown({ tag: 'support' })).toEqual([0, 0, 1]);
    // a's unknown step s-gone is ignored; a and c hold a step of wf-p2p.
    expect(shown({ workflowId: 'wf-p2p' })).toEqual([1, 0, 1]);
    expect(shown({ workflowId: 'wf-journey' })).toEqual([0, 1, 1]);
    expect(shown({ phase: 'support' })).toEqual([0, 0, 1]);
    // Workflow and phase may be met by two different anchored steps of c.
    expect(shown({ workflowId: 'wf-p2p', phase: 'support' })).toEqual([0, 0, 1]);
    expect(shown({ workflowId: 'wf-journey', phase: 'onboarding', tag: 'finance' })).toEqual([
      0, 0, 0,
    ]);
    expect(shown({ workflowId: 'wf-none' })).toEqual([0, 0, 0]);
  });

  it('keeps the verdicts for the same filters and steps, and decides again when they change', () => {
    const useCases = list();
    const ownSteps = steps.map((s) => ({ ...s }));
    const filters = filtered({ workflowId: 'wf-p2p' });
    const first = matrixViewOf(useCases, ownSteps, filters).shown;
    expect(matrixViewOf(useCases, ownSteps, { ...filters }).shown).toBe(first);

    // The journey's buying step moved into wf-p2p, in place: b now passes too.
    (ownSteps[1] as Step).workflowId = 'wf-p2p';
    expect([...(matrixViewOf(useCases, ownSteps, filters).shown ?? [])]).toEqual([1, 1, 1]);

    // c loses its tag in place: it no longer passes the support tag.
    expect([
      ...(matrixViewOf(useCases, ownSteps, filtered({ tag: 'support' })).shown ?? []),
    ]).toEqual([0, 0, 1]);
    (useCases[2] as UseCase).tags.pop();
    expect([
      ...(matrixViewOf(useCases, ownSteps, filtered({ tag: 'support' })).shown ?? []),
    ]).toEqual([0, 0, 0]);
  });
});
