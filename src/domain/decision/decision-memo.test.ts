import { describe, expect, it } from 'vitest';
import {
  START_TIME,
  aScorecard,
  aUseCase,
  anAgreement,
  anOverride,
} from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { decisionSchema, type Decision } from '../schema/decision';
import { decideWorkspace } from './decide-workspace';

// Two use cases: "a" scored 4 everywhere, overall 25 * (4 - 1) = 75; "b" scored 3 everywhere,
// overall 25 * (3 - 1) = 50. Computed order: a (1), b (2).
const useCases = [aUseCase('a', { title: 'Alpha' }), aUseCase('b', { title: 'Beta' })];
const scorecards = [
  aScorecard('a', 'p1', everyCriterion(4)),
  aScorecard('b', 'p1', everyCriterion(3)),
];

function aPlacement(id: string, useCaseId: string, waveId: string | null): Decision {
  return decisionSchema.parse({
    id,
    workspaceId: 'ws',
    kind: 'roadmapPlacement',
    useCaseId,
    waveId,
    reason: 'Suggested',
    author: 'Ada',
    at: START_TIME,
  });
}

const decide = (decisions: Decision[], weights = {}) =>
  decideWorkspace(aDecisionInput(useCases, scorecards, weights, decisions));

describe('decideWorkspace kept while only what it does not read changes', () => {
  it('gives the same decision object when only roadmap placements were added or withdrawn', () => {
    const before = decide([]);
    expect(before.decided.map((d) => d.id)).toEqual(['a', 'b']);
    const placed = decide([aPlacement('p-a', 'a', 'w1'), aPlacement('p-b', 'b', null)]);
    expect(placed).toBe(before);
    const withdrawn = { ...aPlacement('p-a', 'a', 'w1'), withdrawnAt: START_TIME };
    expect(decide([withdrawn, aPlacement('p-a2', 'a', 'w2')])).toBe(before);
  });

  it('decides again after an override: b set at position 1 comes first, its computed rank kept', () => {
    const placements = [aPlacement('p-a', 'a', 'w1')];
    const before = decide(placements);
    const overridden = decide([...placements, anOverride('o1', 'b', 'setPosition', 1)]);
    expect(overridden).not.toBe(before);
    expect(overridden.overrideCount).toBe(1);
    expect(overridden.decided.map((d) => [d.id, d.rank, d.decidedRank])).toEqual([
      ['b', 2, 1],
      ['a', 1, 2],
    ]);
    // The earlier decision is not changed by the later one.
    expect(before.decided.map((d) => [d.id, d.decidedRank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('decides again after an agreement: b agreed 5 on strategic value', () => {
    // b: 7 criteria at 3 and strategic value 5 -> overall 25 * ((21 + 5) / 8 - 1) = 56.25.
    const before = decide([aPlacement('p-b', 'b', 'w1')]);
    const agreed = decide([aPlacement('p-b', 'b', 'w1'), anAgreement('b', 'strategicValue', 5)]);
    expect(agreed).not.toBe(before);
    expect(agreed.byId.get('b')?.overall).toBeCloseTo(56.25, 12);
    expect(before.byId.get('b')?.overall).toBe(50);
  });

  it('decides again with other weights, and keeps the new decision for a placement then', () => {
    const before = decide([]);
    const weights = { weights: { ...before.weights, strategicValue: 2 } };
    const reweighted = decide([], weights);
    expect(reweighted).not.toBe(before);
    expect(decide([aPlacement('p-a', 'a', 'w1')], weights)).toBe(reweighted);
  });
});
