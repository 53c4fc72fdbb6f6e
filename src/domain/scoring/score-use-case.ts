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

/**
 * A set of weights prepared once (SCORING.md sections 3 and 4): the criteria in canonical order
 * with their weight, axis and direction, and the totals W over all eight and per axis.
 */
export interface WeightPlan {
  ids: readonly CriterionId[];
  weights: readonly number[];
  onValueAxis: readonly boolean[];
  higherIsWorse: readonly boolean[];
  total: number;
  value: number;
  feasibility: number;
}

const plans = new WeakMap<Weights, WeightPlan>();

/** The plan of a set of weights, computed once per weights object. */
export function weightPlanOf(weights: Weights): WeightPlan {
  let plan = plans.get(weights);
  if (!plan) {
    let total = 0;
    let value = 0;
    let feasibility = 0;
    for (const c of CRITERIA) {
      total += weights[c.id];
      if (c.axis === 'value') value += weights[c.id];
      else feasibility += weights[c.id];
    }
    plan = {
      ids: CRITERIA.map((c) => c.id),
      weights: CRITERIA.map((c) => weights[c.id]),
      onValueAxis: CRITERIA.map((c) => c.axis === 'value'),
      higherIsWorse: CRITERIA.map((c) => HIGHER_IS_WORSE.has(c.id)),
      total,
      value,
      feasibility,
    };
    plans.set(weights, plan);
  }
  return plan;
}

/** 25 * (sum / W - 1), or NaN when W is 0 (refused by checkWeights before it gets here). */
export function stretch(sum: number, total: number): number {
  return total > 0 ? 25 * (sum / total - 1) : Number.NaN;
}

/** The missing criteria of a use case, in canonical order. */
export function missingCriteria(values: CriterionValues): CriterionId[] {
  const missing: CriterionId[] = [];
  for (const id of CRITERION_IDS) if (values[id] === null) missing.push(id);
  return missing;
}

/**
 * SCORING.md section 5: the contribution of each criterion (canonical order) of a fully scored
 * use case. Computed on demand (explanations), not for every ranked use case.
 */
export function contributionsOf(values: CriterionValues, weights: Weights): Contribution[] {
  const plan = weightPlanOf(weights);
  return CRITERIA.map((c) => {
    const raw = values[c.id];
    if (raw === null) throw new RangeError(`contributionsOf: ${c.id} is not scored`);
    const oriented = orientScore(c.id, raw);
    const w = weights[c.id];
    return {
      criterion: c.id,
      axis: c.axis,
      raw,
      oriented,
      weight: w,
      points: (25 * w * (oriented - 3)) / plan.total,
      axisPoints: (25 * w * (oriented - 3)) / plan[c.axis],
    };
  });
}

/**
 * SCORING.md sections 4 and 5: overall, value and feasibility (0..100, full precision)
 * and the contribution of each criterion. A use case with any criterion unset is "to score".
 * The sums run per axis in canonical order: rankUseCases and rankRobustness use the same
 * arithmetic, so the same scores give the same floating-point numbers everywhere.
 */
export function scoreUseCase(values: CriterionValues, weights: Weights): ScoreResult {
  const missing = missingCriteria(values);
  if (missing.length > 0) return { status: 'toScore', missing };
  const plan = weightPlanOf(weights);
  let sumValue = 0;
  let sumFeasibility = 0;
  for (let c = 0; c < plan.ids.length; c++) {
    const raw = values[plan.ids[c] as CriterionId] as number;
    const x = (plan.weights[c] as number) * (plan.higherIsWorse[c] ? 6 - raw : raw);
    if (plan.onValueAxis[c]) sumValue += x;
    else sumFeasibility += x;
  }
  return {
    status: 'scored',
    overall: stretch(sumValue + sumFeasibility, plan.total),
    value: stretch(sumValue, plan.value),
    feasibility: stretch(sumFeasibility, plan.feasibility),
    contributions: contributionsOf(values, weights),
  };
}

/** Contributions sorted by absolute size, largest first (ties: canonical order). */
export function sortContributions(contributions: readonly Contribution[]): Contribution[] {
  return contributions
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Math.abs(b.c.points) - Math.abs(a.c.points) || a.i - b.i)
    .map(({ c }) => c);
}
