import {
  CRITERIA,
  CRITERION_IDS,
  type Axis,
  type CriterionId,
  type Weights,
} from '../schema/criterion';

/** A use case's score per criterion (possibly fractional for a group); null = unset. */
export type CriterionValues = Record<CriterionId, number | null>;

export interface Contribution {
  criterion: CriterionId;
  axis: Axis;
  /** The score as given (mean or median of the raters), 1..5. */
  raw: number;
  /** 5 = best: s, or 6 - s for a "higher is worse" criterion (SCORING.md section 2). */
  oriented: number;
  weight: number;
  /** Points above or below the neutral 50 (SCORING.md section 5). */
  points: number;
  /** The same on its own axis (value or feasibility): 25 * (w / W_axis) * (o - 3). */
  axisPoints: number;
}

export interface ScoredResult {
  status: 'scored';
  overall: number;
  value: number;
  feasibility: number;
  /** Contributions over all eight criteria: 50 + sum = overall. */
  contributions: Contribution[];
}

export interface ToScoreResult {
  status: 'toScore';
  missing: CriterionId[];
}

export type ScoreResult = ScoredResult | ToScoreResult;

/** SCORING.md section 2: oriented score, always 1..5 with 5 = best. */
export function orientScore(criterion: CriterionId, score: number): number {
  return HIGHER_IS_WORSE.has(criterion) ? 6 - score : score;
}

const HIGHER_IS_WORSE: ReadonlySet<CriterionId> = new Set(
  CRITERIA.filter((c) => c.direction === 'higherIsWorse').map((c) => c.id),
);

/** The weight totals of SCORING.md section 4, computed once per set of weights. */
interface WeightPlan {
  total: number;
  value: number;
  feasibility: number;
}

const plans = new WeakMap<Weights, WeightPlan>();

function planOf(weights: Weights): WeightPlan {
  let plan = plans.get(weights);
  if (!plan) {
    plan = { total: 0, value: 0, feasibility: 0 };
    for (const c of CRITERIA) {
      plan.total += weights[c.id];
      plan[c.axis] += weights[c.id];
    }
    plans.set(weights, plan);
  }
  return plan;
}

/** 25 * (sum / W - 1), or NaN when W is 0 (refused by checkWeights before it gets here). */
function stretch(sum: number, total: number): number {
  return total > 0 ? 25 * (sum / total - 1) : Number.NaN;
}

/** The missing criteria of a use case, in canonical order. */
export function missingCriteria(values: CriterionValues): CriterionId[] {
  return CRITERION_IDS.filter((id) => values[id] === null);
}

/**
 * SCORING.md sections 4 and 5: overall, value and feasibility (0..100, full precision)
 * and the contribution of each criterion. A use case with any criterion unset is "to score".
 */
export function scoreUseCase(values: CriterionValues, weights: Weights): ScoreResult {
  const missing = missingCriteria(values);
  if (missing.length > 0) return { status: 'toScore', missing };
  const plan = planOf(weights);
  const sums = { value: 0, feasibility: 0 };
  const contributions: Contribution[] = [];
  for (const c of CRITERIA) {
    const raw = values[c.id] as number;
    const oriented = orientScore(c.id, raw);
    const w = weights[c.id];
    sums[c.axis] += w * oriented;
    contributions.push({
      criterion: c.id,
      axis: c.axis,
      raw,
      oriented,
      weight: w,
      points: (25 * w * (oriented - 3)) / plan.total,
      axisPoints: (25 * w * (oriented - 3)) / plan[c.axis],
    });
  }
  return {
    status: 'scored',
    overall: stretch(sums.value + sums.feasibility, plan.total),
    value: stretch(sums.value, plan.value),
    feasibility: stretch(sums.feasibility, plan.feasibility),
    contributions,
  };
}

/** Contributions sorted by absolute size, largest first (ties: canonical order). */
export function sortContributions(contributions: readonly Contribution[]): Contribution[] {
  return contributions
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Math.abs(b.c.points) - Math.abs(a.c.points) || a.i - b.i)
    .map(({ c }) => c);
}
