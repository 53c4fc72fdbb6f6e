import {
  CRITERIA,
  CRITERION_IDS,
  criterionDefinition,
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
  return criterionDefinition(criterion).direction === 'higherIsWorse' ? 6 - score : score;
}

/** SCORING.md section 4 over a subset of criteria: 25 * (sum(w*o)/W - 1). */
function weightedScore(
  oriented: Record<CriterionId, number>,
  weights: Weights,
  ids: readonly CriterionId[],
): number {
  let sum = 0;
  let total = 0;
  for (const id of ids) {
    sum += weights[id] * oriented[id];
    total += weights[id];
  }
  if (total <= 0) return Number.NaN;
  return 25 * (sum / total - 1);
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
  const oriented = {} as Record<CriterionId, number>;
  for (const id of CRITERION_IDS) oriented[id] = orientScore(id, values[id] as number);
  const valueIds = CRITERIA.filter((c) => c.axis === 'value').map((c) => c.id);
  const feasibilityIds = CRITERIA.filter((c) => c.axis === 'feasibility').map((c) => c.id);
  const totalWeight = CRITERION_IDS.reduce((s, id) => s + weights[id], 0);
  const axisWeight = (ids: readonly CriterionId[]) => ids.reduce((s, id) => s + weights[id], 0);
  const valueWeight = axisWeight(valueIds);
  const feasibilityWeight = axisWeight(feasibilityIds);
  const contributions = CRITERIA.map((c): Contribution => ({
    criterion: c.id,
    axis: c.axis,
    raw: values[c.id] as number,
    oriented: oriented[c.id],
    weight: weights[c.id],
    points: (25 * weights[c.id] * (oriented[c.id] - 3)) / totalWeight,
    axisPoints:
      (25 * weights[c.id] * (oriented[c.id] - 3)) /
      (c.axis === 'value' ? valueWeight : feasibilityWeight),
  }));
  return {
    status: 'scored',
    overall: weightedScore(oriented, weights, CRITERION_IDS),
    value: weightedScore(oriented, weights, valueIds),
    feasibility: weightedScore(oriented, weights, feasibilityIds),
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
