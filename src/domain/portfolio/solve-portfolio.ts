/**
 * The whole portfolio answer for a screen: the exact optimum (a mixed-integer solver, given as
 * `solve`: HiGHS in a worker, or in Node for the tests), the greedy pick beside it and what the
 * difference is worth, why each use case is in or out, and the efficient frontier: the best total
 * for budgets from 0 to twice the current one, in steps of 10 %.
 */
import {
  explainPortfolio,
  resourcesUsedBy,
  type PortfolioReason,
  type PortfolioUse,
} from './explain-portfolio';
import { greedyPortfolio } from './greedy-portfolio';
import type { PortfolioInstance } from './portfolio-instance';
import {
  chosenOfAnswer,
  portfolioModelOf,
  totalOf,
  violationsOf,
  type ChosenUseCase,
  type SolveLp,
} from './portfolio-model';

export interface PortfolioPick {
  chosen: ChosenUseCase[];
  total: number;
  use: PortfolioUse;
}

export interface FrontierPoint {
  /** The budget's share of the current one (0, 0.1, ... 2). */
  share: number;
  budget: number;
  /** null: no plan fits (the use cases that must be in cost more). */
  total: number | null;
}

export interface PortfolioResult {
  status: 'optimal' | 'infeasible' | 'failed';
  optimum: PortfolioPick | null;
  greedy: PortfolioPick & { feasible: boolean };
  /** Optimum total minus greedy total. */
  difference: number | null;
  onlyOptimum: string[];
  onlyGreedy: string[];
  reasons: PortfolioReason[];
  /** Which budget the frontier varies (none when no budget is given). */
  frontierBudget: 'oneOffBudget' | 'yearlyBudget' | null;
  frontier: FrontierPoint[];
}

export type SolveProgress = (done: number, total: number) => void;

/** The exact optimum of one instance; null when no plan fits. Throws when the solver fails. */
export function optimumOf(instance: PortfolioInstance, solve: SolveLp): ChosenUseCase[] | null {
  if (instance.items.length === 0) return [];
  const answer = solve(portfolioModelOf(instance));
  if (answer.status === 'infeasible') return null;
  if (answer.status !== 'optimal') throw new Error('The solver did not find the optimum');
  const chosen = chosenOfAnswer(instance, answer.columns);
  const broken = violationsOf(instance, chosen);
  if (broken.length > 0) throw new Error(`The solver's plan breaks ${broken[0]?.kind ?? ''}`);
  return chosen;
}

const FRONTIER_STEPS = 20;

export function solvePortfolio(
  instance: PortfolioInstance,
  solve: SolveLp,
  onProgress: SolveProgress = () => undefined,
): PortfolioResult {
  const frontierBudget =
    instance.oneOffBudget !== null
      ? 'oneOffBudget'
      : instance.yearlyBudget !== null
        ? 'yearlyBudget'
        : null;
  const base = frontierBudget ? (instance[frontierBudget] ?? 0) : 0;
  const steps = frontierBudget && base > 0 ? FRONTIER_STEPS : frontierBudget ? 0 : -1;
  const work = 2 + Math.max(0, steps + 1);
  const pick = (chosen: ChosenUseCase[]): PortfolioPick => ({
    chosen,
    total: totalOf(instance, chosen),
    use: resourcesUsedBy(instance, chosen),
  });

  let status: PortfolioResult['status'] = 'optimal';
  let optimum: PortfolioPick | null = null;
  try {
    const chosen = optimumOf(instance, solve);
    if (chosen === null) status = 'infeasible';
    else optimum = pick(chosen);
  } catch {
    status = 'failed';
  }
  onProgress(1, work);
  const greedyRun = greedyPortfolio(instance);
  const greedy = { ...pick(greedyRun.chosen), feasible: greedyRun.feasible };
  onProgress(2, work);

  const frontier: FrontierPoint[] = [];
  if (frontierBudget && status === 'optimal') {
    for (let k = 0; k <= Math.max(0, steps); k++) {
      const budget = steps > 0 ? ((base * k) / FRONTIER_STEPS) * 2 : base;
      let total: number | null;
      try {
        const chosen = optimumOf({ ...instance, [frontierBudget]: budget }, solve);
        total = chosen === null ? null : totalOf(instance, chosen);
      } catch {
        total = null;
      }
      frontier.push({ share: steps > 0 ? (2 * k) / FRONTIER_STEPS : 1, budget, total });
      onProgress(3 + k, work);
    }
  }
  const inOptimum = new Set(optimum?.chosen.map((c) => c.useCaseId));
  const inGreedy = new Set(greedy.chosen.map((c) => c.useCaseId));
  return {
    status,
    optimum,
    greedy,
    difference: optimum && greedy.feasible ? optimum.total - greedy.total : null,
    onlyOptimum: [...inOptimum].filter((id) => !inGreedy.has(id)),
    onlyGreedy: [...inGreedy].filter((id) => !inOptimum.has(id)),
    reasons: optimum ? explainPortfolio(instance, optimum.chosen) : [],
    frontierBudget,
    frontier,
  };
}
