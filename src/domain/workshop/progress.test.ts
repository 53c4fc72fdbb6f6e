import { describe, expect, it } from 'vitest';
import { aScorecard, aStep, aUseCase } from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { decideWorkspace } from '../decision/decide-workspace';
import { workshopProgress, type ProgressInput } from './progress';

function input(overrides: Partial<ProgressInput> = {}): ProgressInput {
  // Three use cases: a and b fully scored, c with one criterion only; a and c anchored.
  const useCases = [
    aUseCase('a', { stepIds: ['s1'] }),
    aUseCase('b'),
    aUseCase('c', { stepIds: ['s2'] }),
  ];
  const scorecards = [
    aScorecard('a', 'p1', everyCriterion(4)),
    aScorecard('b', 'p1', everyCriterion(2)),
    aScorecard('c', 'p1', { strategicValue: 3 }),
  ];
  const decision = decideWorkspace(aDecisionInput(useCases, scorecards, { topK: 2 }));
  return {
    workspace: { intention: 'Serve members faster', departments: [], kpis: [], topK: 2 },
    participants: 3,
    workflows: [
      { id: 'w1', kind: 'internal' },
      { id: 'j1', kind: 'journey' },
    ],
    steps: [aStep('s1', 'w1'), aStep('s2', 'j1', 'discovery'), aStep('s3', 'j1', 'support')],
    frictions: 0,
    useCases,
    decision,
    divergencesToDiscuss: 3,
    openConflicts: 1,
    waves: [{ useCaseIds: ['b'] }],
    ...overrides,
  };
}

const byStep = (i: ProgressInput) => new Map(workshopProgress(i).map((p) => [p.step, p]));

describe('workshop progress', () => {
  it('counts the framing items met (intention and participants, no department nor KPI)', () => {
    const frame = byStep(input()).get('frame')!;
    expect(frame.facts[0]).toEqual({ key: 'frameItems', values: { done: 2, total: 4 } });
    expect(frame.done).toBe(false);
  });

  it('says "2 of 3 use cases scored, 3 divergences to discuss" and is not done yet', () => {
    const score = byStep(input()).get('score')!;
    expect(score.facts).toEqual([
      { key: 'useCasesScored', values: { done: 2, total: 3 } },
      { key: 'divergences', values: { count: 3 } },
    ]);
    expect(score.done).toBe(false);
  });

  it('counts anchored use cases, journey phases covered, and workflows with their steps', () => {
    const p = byStep(input());
    expect(p.get('useCases')!.facts[0]!.values).toEqual({ done: 2, total: 3 });
    expect(p.get('journey')!.facts[0]!.values).toEqual({ done: 2, total: 6 });
    expect(p.get('workflows')!.facts[0]!.values).toEqual({ count: 1, steps: 1 });
    expect(p.get('workflows')!.done).toBe(false); // no friction yet
  });

  it('counts the top K placed in a wave: b (overall 2) is second of two, placed; a is not', () => {
    const roadmap = byStep(input()).get('roadmap')!;
    expect(roadmap.facts[0]!.values).toEqual({ done: 1, total: 2 });
    expect(roadmap.done).toBe(false);
    const all = byStep(input({ waves: [{ useCaseIds: ['a'] }, { useCaseIds: ['b'] }] }));
    expect(all.get('roadmap')!.done).toBe(true);
  });

  it('is done with prioritising once no KPI conflict is left open', () => {
    expect(byStep(input()).get('prioritise')!.done).toBe(false);
    expect(byStep(input({ openConflicts: 0 })).get('prioritise')!.done).toBe(true);
  });

  it('lists the eight steps in agenda order', () => {
    expect(workshopProgress(input()).map((p) => p.step)).toEqual(
      'frame workflows journey useCases qualify score prioritise roadmap'.split(' '),
    );
  });
});
