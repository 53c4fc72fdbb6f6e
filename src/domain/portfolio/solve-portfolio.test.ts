import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aScorecard, aUseCase } from '../../../test/fixtures/builders';
import { aDecisionInput, everyCriterion } from '../../../test/fixtures/decision-builders';
import { decideWorkspace } from '../decision/decide-workspace';
import { defaultPortfolio } from '../schema/portfolio';
import type { FinancialEstimate } from '../schema/use-case';
import { greedyPortfolio } from './greedy-portfolio';
import { portfolioInstanceOf, type PortfolioInstance } from './portfolio-instance';
import { HIGHS_OPTIONS, answerOfHighs, type SolveLp } from './portfolio-model';
import { solvePortfolio } from './solve-portfolio';

let solve: SolveLp;
beforeAll(async () => {
  const highs = await loadHighs();
  solve = (lp) => answerOfHighs(highs.solve(lp, HIGHS_OPTIONS));
});

/**
 * Worked by hand: a one-off budget of 100; in the decided order A (worth 90, costs 60), B (80,
 * 50), C (70, 50). Down the list: A (60 spent), B would make 110, C too: 90. The best set is
 * B + C (100 spent): 150, worth 60 more. A is out because the budget is short by 60.
 */
function abc(more: Partial<PortfolioInstance> = {}): PortfolioInstance {
  return {
    items: [
      { id: 'A', value: 90, oneOff: 60, yearly: 0, people: 1 },
      { id: 'B', value: 80, oneOff: 50, yearly: 0, people: 1 },
      { id: 'C', value: 70, oneOff: 50, yearly: 0, people: 1 },
    ],
    wavePeople: [null],
    oneOffBudget: 100,
    yearlyBudget: null,
    dependencies: [],
    mustIn: [],
    ineligible: [],
    ...more,
  };
}

const ids = (list: { useCaseId: string }[] | undefined) => list?.map((c) => c.useCaseId).sort();

describe('solvePortfolio, worked by hand', () => {
  it('beats going down the list: B + C (150) instead of A (90), 60 more', () => {
    const result = solvePortfolio(abc(), solve);
    expect(result.status).toBe('optimal');
    expect(ids(result.optimum?.chosen)).toEqual(['B', 'C']);
    expect(result.optimum?.total).toBe(150);
    expect(ids(result.greedy.chosen)).toEqual(['A']);
    expect(result.greedy.total).toBe(90);
    expect(result.difference).toBe(60);
    expect(result.onlyOptimum.sort()).toEqual(['B', 'C']);
    expect(result.onlyGreedy).toEqual(['A']);
    expect(result.reasons.find((r) => r.id === 'A')).toEqual({
      id: 'A',
      chosen: false,
      why: 'constraints',
      binding: [{ kind: 'oneOffBudget', shortBy: 60 }],
      lacking: [],
    });
  });

  it('draws the frontier from 0 to twice the budget in steps of 10 %', () => {
    const { frontier, frontierBudget } = solvePortfolio(abc(), solve);
    expect(frontierBudget).toBe('oneOffBudget');
    expect(frontier).toHaveLength(21);
    const at = (budget: number) => frontier.find((p) => Math.abs(p.budget - budget) < 1e-9)?.total;
    expect(at(0)).toBe(0);
    expect(at(50)).toBe(80); // B alone
    expect(at(100)).toBe(150); // B + C
    expect(at(110)).toBe(170); // A + B
    expect(at(150)).toBe(170);
    expect(at(160)).toBe(240); // all three
    expect(at(200)).toBe(240);
  });

  it('respects "C needs A": B + C is no longer allowed, A alone (90) is best', () => {
    const result = solvePortfolio(abc({ dependencies: [{ useCaseId: 'C', needsId: 'A' }] }), solve);
    expect(ids(result.optimum?.chosen)).toEqual(['A']);
    expect(result.optimum?.total).toBe(90);
    // C with A already chosen: 60 + 50 = 110 for a budget of 100, short by 10.
    expect(result.reasons.find((r) => r.id === 'C')).toMatchObject({
      why: 'constraints',
      binding: [{ kind: 'oneOffBudget', shortBy: 10 }],
    });
  });

  it('keeps a use case that must be in, and says when nothing fits', () => {
    const withC = solvePortfolio(abc({ mustIn: ['A'] }), solve);
    expect(ids(withC.optimum?.chosen)).toEqual(['A']);
    expect(withC.reasons.find((r) => r.id === 'A')).toMatchObject({ chosen: true, why: 'mustIn' });
    const none = solvePortfolio(abc({ mustIn: ['A', 'B'] }), solve);
    expect(none.status).toBe('infeasible');
    expect(none.optimum).toBeNull();
  });

  it('places use cases in waves by the people each wave has, prerequisites first', () => {
    // Waves of 2 and 1 people, one person each; D needs A. Best: A, B, C (10 + 9 + 8 = 27)
    // rather than A, D and B (26). With "D needs A", D is never in a wave before A.
    const instance: PortfolioInstance = {
      items: ['A', 'B', 'C', 'D'].map((id, k) => ({
        id,
        value: 10 - k,
        oneOff: 0,
        yearly: 0,
        people: 1,
      })),
      wavePeople: [2, 1],
      oneOffBudget: null,
      yearlyBudget: null,
      dependencies: [{ useCaseId: 'D', needsId: 'A' }],
      mustIn: ['D'],
      ineligible: [],
    };
    const result = solvePortfolio(instance, solve);
    expect(result.optimum?.total).toBe(10 + 9 + 7);
    const wave = new Map(result.optimum?.chosen.map((c) => [c.useCaseId, c.wave]));
    expect((wave.get('A') ?? 9) <= (wave.get('D') ?? -1)).toBe(true);
    expect(greedyPortfolio(instance).chosen.map((c) => c.useCaseId)).toEqual(['A', 'B', 'D']);
  });
});

describe('portfolioInstanceOf reads the decision', () => {
  const estimate = (fields: Partial<FinancialEstimate>) => ({
    yearlyVolume: null,
    minutesSavedPerItem: null,
    hourlyCost: null,
    adoptionRate: null,
    yearlyRevenueUplift: null,
    oneOffCost: null,
    yearlyRunningCost: null,
    currency: 'EUR',
    ...fields,
  });
  const useCases = [
    aUseCase('a', { financialEstimate: estimate({ yearlyRevenueUplift: 1000, oneOffCost: 600 }) }),
    aUseCase('b', { financialEstimate: estimate({ yearlyRevenueUplift: 800 }) }),
    aUseCase('c', { financialEstimate: estimate({ oneOffCost: 10 }) }),
    aUseCase('d', {
      status: 'done',
      financialEstimate: estimate({ yearlyRevenueUplift: 5, oneOffCost: 1 }),
    }),
    aUseCase('e', { financialEstimate: estimate({ yearlyRevenueUplift: 50, oneOffCost: 1 }) }),
  ];
  const decision = decideWorkspace(
    aDecisionInput(
      useCases,
      useCases.filter((u) => u.id !== 'e').map((u) => aScorecard(u.id, 'p1', everyCriterion(3))),
    ),
  );

  it('takes the yearly benefit and costs, and says why the others are left out', () => {
    const settings = {
      ...defaultPortfolio('w'),
      objective: 'yearlyBenefit' as const,
      oneOffBudget: 1000,
      mustOut: ['e'],
      peopleNeeded: [{ useCaseId: 'a', people: 3 }],
    };
    const instance = portfolioInstanceOf(decision, useCases, settings);
    expect(instance.items).toEqual([{ id: 'a', value: 1000, oneOff: 600, yearly: 0, people: 3 }]);
    expect(new Map(instance.ineligible.map((x) => [x.id, x.reason]))).toEqual(
      new Map([
        ['b', 'noOneOffCost'],
        ['c', 'noBenefit'],
        ['d', 'inactive'],
        ['e', 'mustOut'],
      ]),
    );
  });

  it('takes the overall score (50 for 3 everywhere) and leaves those to score out', () => {
    const instance = portfolioInstanceOf(decision, useCases, defaultPortfolio('w'));
    expect(instance.items.map((i) => [i.id, i.value])).toEqual([
      ['a', 50],
      ['b', 50],
      ['c', 50],
    ]);
    expect(instance.ineligible).toEqual([
      { id: 'd', reason: 'inactive' },
      { id: 'e', reason: 'toScore' },
    ]);
  });

  it('leaves out a use case whose prerequisite cannot be chosen', () => {
    const settings = { ...defaultPortfolio('w'), dependencies: [{ useCaseId: 'a', needsId: 'd' }] };
    const instance = portfolioInstanceOf(decision, useCases, settings);
    expect(instance.ineligible).toContainEqual({ id: 'a', reason: 'needsUnavailable' });
  });
});
