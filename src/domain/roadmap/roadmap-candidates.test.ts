import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, defaultWeights } from '../schema/criterion';
import { scorecardSchema } from '../schema/scorecard';
import { useCaseSchema } from '../schema/use-case';
import { workspaceSchema } from '../schema/workspace';
import { decideWorkspace } from '../decision/decide-workspace';
import { roadmapFactsOf } from './roadmap-candidates';

const at = '2026-01-01T00:00:00.000Z';
const workspace = workspaceSchema.parse({
  id: 'ws',
  name: 'W',
  language: 'en',
  weights: defaultWeights(),
  thresholds: { value: 50, feasibility: 50 },
  createdAt: at,
  updatedAt: at,
});
const clearFields = {
  stepIds: ['step'],
  owner: 'Ada',
  intention: 'Make it visible',
  dataSignals: 'ERP lines',
  humanLoop: { automationLevel: 'assist', exceptionOwner: 'Bob', howToPause: 'Switch' },
  successMeasure: { kpiId: 'kpi', baseline: 10, target: 5 },
  complianceNote: 'No personal data',
};
const useCase = (id: string, more: object = {}) =>
  useCaseSchema.parse({
    id,
    workspaceId: 'ws',
    title: id,
    scope: 'external',
    status: 'scored',
    createdAt: at,
    updatedAt: at,
    ...more,
  });
const threes = Object.fromEntries(CRITERION_IDS.map((c) => [c, { score: 3 }]));

describe('roadmapFactsOf', () => {
  it('joins rank, quadrant, scope, status and clarity per use case', () => {
    // "a": every criterion 3 -> oriented 3 everywhere -> value = feasibility = 25 * (3 - 1) = 50,
    // both on the thresholds (>= 50) -> quick win, rank 1 of 1. "b": no score -> to score.
    const useCases = [
      useCase('a', clearFields),
      useCase('b', { status: 'idea', scope: 'internal' }),
    ];
    const decision = decideWorkspace({
      workspace,
      useCases,
      decisions: [],
      scorecards: [
        scorecardSchema.parse({
          id: 'sc',
          workspaceId: 'ws',
          useCaseId: 'a',
          participantId: 'p',
          scores: threes,
          updatedAt: at,
        }),
      ],
    });
    const facts = roadmapFactsOf(decision, useCases);
    expect(facts.candidates).toEqual([
      { id: 'a', scope: 'external', status: 'scored', clear: true, rank: 1, quadrant: 'quickWin' },
      { id: 'b', scope: 'internal', status: 'idea', clear: false, rank: null, quadrant: null },
    ]);
    expect(facts.clarity.get('b')?.filled).toBe(0);
    expect(facts.ranked.get('a')?.overall).toBe(50);
  });
});
