import { describe, expect, it } from 'vitest';
import { aScorecard, aUseCase } from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { decideWorkspace } from '../decision/decide-workspace';
import type { UseCase } from '../schema/use-case';
import { roadmapFactsOf } from './roadmap-candidates';

const clearFields: Partial<UseCase> = {
  stepIds: ['step'],
  owner: 'Ada',
  intention: 'Make it visible',
  dataSignals: 'ERP lines',
  humanLoop: { automationLevel: 'assist', exceptionOwner: 'Bob', howToPause: 'Switch' },
  successMeasure: { kpiId: 'kpi', baseline: 10, target: 5, reviewDate: null },
  complianceNote: 'No personal data',
};
const useCase = (id: string, more: Partial<UseCase> = {}) =>
  aUseCase(id, { title: id, scope: 'external', ...more });

describe('roadmapFactsOf', () => {
  it('joins rank, quadrant, scope, status and clarity per use case', () => {
    // "a": every criterion 3 -> oriented 3 everywhere -> value = feasibility = 25 * (3 - 1) = 50,
    // both on the thresholds (>= 50) -> quick win, rank 1 of 1. "b": no score -> to score.
    const useCases = [
      useCase('a', clearFields),
      useCase('b', { status: 'idea', scope: 'internal' }),
    ];
    const decision = decideWorkspace(
      aDecisionInput(useCases, [aScorecard('a', 'p', everyCriterion(3))]),
    );
    const facts = roadmapFactsOf(decision, useCases);
    expect(facts.candidates).toEqual([
      { id: 'a', scope: 'external', status: 'scored', clear: true, rank: 1, quadrant: 'quickWin' },
      { id: 'b', scope: 'internal', status: 'idea', clear: false, rank: null, quadrant: null },
    ]);
    expect(facts.clarity.get('b')?.filled).toBe(0);
    expect(facts.ranked.get('a')?.overall).toBe(50);
  });
});
