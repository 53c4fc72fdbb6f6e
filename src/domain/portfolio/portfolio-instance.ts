/**
 * The portfolio problem of a workspace, built from its decision (SCORING.md section 13: the
 * overall score, value and yearly benefit are read from decideWorkspace, never recomputed) and
 * its portfolio settings. Costs are the use cases' own estimate inputs (one-off and yearly
 * running cost). A plain object: it crosses to the solver's worker as it is.
 */
import type { WorkspaceDecision } from '../decision/decide-workspace';
import type { Portfolio, PortfolioDependency } from '../schema/portfolio';
import type { UseCase } from '../schema/use-case';

export interface PortfolioItem {
  id: string;
  /** What it adds to the objective (overall, value or yearly benefit). */
  value: number;
  /** One-off and yearly running costs (0 when that budget is not limited and the cost unknown). */
  oneOff: number;
  yearly: number;
  people: number;
}

/** Why a use case cannot be in the portfolio at all, before any solving. */
export type Ineligibility =
  | 'inactive'
  | 'toScore'
  | 'noBenefit'
  | 'noOneOffCost'
  | 'noYearlyCost'
  | 'mustOut'
  | 'needsUnavailable';

export interface PortfolioInstance {
  /** The use cases that may be chosen, in the decided order (the ranking people agreed). */
  items: PortfolioItem[];
  /** People available in each wave (null: no limit); one entry per wave. */
  wavePeople: (number | null)[];
  oneOffBudget: number | null;
  yearlyBudget: number | null;
  /** Between items only. */
  dependencies: PortfolioDependency[];
  /** Items that must be chosen. */
  mustIn: string[];
  /** Use cases left out before solving, with the reason. */
  ineligible: { id: string; reason: Ineligibility }[];
}

/** The people a use case needs when nobody said (one person). */
export const DEFAULT_PEOPLE = 1;

function valueOf(
  decision: WorkspaceDecision,
  id: string,
  objective: Portfolio['objective'],
): number | null {
  const d = decision.byId.get(id);
  if (!d) return null;
  if (objective === 'yearlyBenefit') return d.finance.yearlyBenefit.value;
  return objective === 'overall' ? d.overall : d.value;
}

export function portfolioInstanceOf(
  decision: WorkspaceDecision,
  useCases: readonly UseCase[],
  settings: Portfolio,
): PortfolioInstance {
  const byId = new Map(useCases.map((u) => [u.id, u]));
  const people = new Map(settings.peopleNeeded.map((p) => [p.useCaseId, p.people]));
  const mustOut = new Set(settings.mustOut);
  // The decided order first, then those not ranked (by title, as the decision lists them).
  const order = [
    ...decision.decided.map((d) => d.id),
    ...decision.toScore.map((d) => d.id),
    ...decision.awaitingReveal.map((d) => d.id),
  ].filter((id) => byId.has(id));
  const ineligible = new Map<string, Ineligibility>();
  const candidates: PortfolioItem[] = [];
  for (const id of order) {
    const useCase = byId.get(id);
    if (!useCase) continue;
    const value = valueOf(decision, id, settings.objective);
    const { oneOffCost, yearlyRunningCost } = useCase.financialEstimate;
    let reason: Ineligibility | null = null;
    if (useCase.status === 'done' || useCase.status === 'abandoned') reason = 'inactive';
    else if (mustOut.has(id)) reason = 'mustOut';
    else if (value === null)
      reason = settings.objective === 'yearlyBenefit' ? 'noBenefit' : 'toScore';
    else if (settings.oneOffBudget !== null && oneOffCost === null) reason = 'noOneOffCost';
    else if (settings.yearlyBudget !== null && yearlyRunningCost === null) reason = 'noYearlyCost';
    if (reason !== null || value === null) {
      ineligible.set(id, reason ?? 'toScore');
      continue;
    }
    candidates.push({
      id,
      value,
      oneOff: oneOffCost ?? 0,
      yearly: yearlyRunningCost ?? 0,
      people: people.get(id) ?? DEFAULT_PEOPLE,
    });
  }
  // A use case whose prerequisite cannot be chosen cannot be chosen either (transitively).
  const deps = settings.dependencies.filter((d) => byId.has(d.useCaseId) && byId.has(d.needsId));
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of deps) {
      if (ineligible.has(d.needsId) && !ineligible.has(d.useCaseId)) {
        ineligible.set(d.useCaseId, 'needsUnavailable');
        changed = true;
      }
    }
  }
  const items = candidates.filter((c) => !ineligible.has(c.id));
  const eligible = new Set(items.map((i) => i.id));
  return {
    items,
    wavePeople: [...settings.wavePeople],
    oneOffBudget: settings.oneOffBudget,
    yearlyBudget: settings.yearlyBudget,
    dependencies: deps.filter((d) => eligible.has(d.useCaseId) && eligible.has(d.needsId)),
    mustIn: settings.mustIn.filter((id) => eligible.has(id)),
    ineligible: order.flatMap((id) => {
      const reason = ineligible.get(id);
      return reason ? [{ id, reason }] : [];
    }),
  };
}
