import { CRITERION_IDS, type Weights } from '../schema/criterion';

/** Saaty's random index RI(n), at index n - 1 (SCORING.md section 8). */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/** How much more a matters than b (a_ij on Saaty's scale); same shape as pairwiseJudgmentSchema. */
export interface PairwiseJudgment {
  a: string;
  b: string;
  value: number;
}

export interface AhpResult {
  /** The principal right eigenvector, normalised to sum 1. */
  weights: number[];
  lambdaMax: number;
  ci: number;
  cr: number;
  /** The RI(n) used for CR (0 for n <= 2). */
  randomIndex: number;
  iterations: number;
  /** cr < 0.1 */
  consistent: boolean;
}

export interface Disagreement {
  a: string;
  b: string;
  value: number;
  /** w_a / w_b */
  implied: number;
  /** |ln(value * w_b / w_a)| */
  deviation: number;
}

const TOLERANCE = 1e-12;
const MAX_STEPS = 1000;

/** The positive reciprocal matrix of the judgments: a_ii = 1, a_ji = 1 / a_ij, missing pairs = 1. */
export function buildPairwiseMatrix(
  ids: readonly string[],
  judgments: readonly PairwiseJudgment[],
): number[][] {
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix = ids.map(() => ids.map(() => 1));
  for (const { a, b, value } of judgments) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j || !(value > 0)) continue;
    (matrix[i] as number[])[j] = value;
    (matrix[j] as number[])[i] = 1 / value;
  }
  return matrix;
}

function multiply(matrix: readonly (readonly number[])[], vector: readonly number[]): number[] {
  return matrix.map((row) => row.reduce((sum, a, j) => sum + a * (vector[j] as number), 0));
}

/**
 * SCORING.md section 8: weights by power iteration (until the max change is below 1e-12, at most
 * 1000 steps), lambda_max = mean of (Aw)_i / w_i, CI = (lambda_max - n) / (n - 1), CR = CI / RI(n).
 * For n above 10 the last RI of the table (1.49) is used.
 */
export function deriveAhpWeights(matrix: readonly (readonly number[])[]): AhpResult {
  const n = matrix.length;
  if (n === 0) {
    return {
      weights: [],
      lambdaMax: 0,
      ci: 0,
      cr: 0,
      randomIndex: 0,
      iterations: 0,
      consistent: true,
    };
  }
  let w = matrix.map(() => 1 / n);
  let iterations = 0;
  while (iterations < MAX_STEPS) {
    const next = multiply(matrix, w);
    const total = next.reduce((s, x) => s + x, 0);
    const normalised = next.map((x) => x / total);
    const change = Math.max(...normalised.map((x, i) => Math.abs(x - (w[i] as number))));
    w = normalised;
    iterations += 1;
    if (change < TOLERANCE) break;
  }
  const aw = multiply(matrix, w);
  const lambdaMax = aw.reduce((s, x, i) => s + x / (w[i] as number), 0) / n;
  // lambda_max >= n for a positive reciprocal matrix (Perron): clamp rounding noise below n.
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const randomIndex = SAATY_RANDOM_INDEX[Math.min(n, SAATY_RANDOM_INDEX.length) - 1] ?? 0;
  const cr = randomIndex === 0 ? 0 : ci / randomIndex;
  return { weights: w, lambdaMax, ci, cr, randomIndex, iterations, consistent: cr < 0.1 };
}

/** The judgments (i < j) that disagree most with the weights: largest |ln(a_ij * w_j / w_i)| first. */
export function mostInconsistentJudgments(
  ids: readonly string[],
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  limit: number,
): Disagreement[] {
  const all: Disagreement[] = [];
  ids.forEach((a, i) => {
    ids.forEach((b, j) => {
      if (j <= i) return;
      const value = matrix[i]?.[j] ?? 1;
      const implied = (weights[i] as number) / (weights[j] as number);
      all.push({ a, b, value, implied, deviation: Math.abs(Math.log(value / implied)) });
    });
  });
  // Array.prototype.sort is stable: equal deviations keep the canonical pair order.
  return all.sort((x, y) => y.deviation - x.deviation).slice(0, Math.max(0, limit));
}

/** Weights of the eight criteria (summing to 1) from pairwise judgments between criterion ids. */
export function weightsFromJudgments(judgments: readonly PairwiseJudgment[]): {
  weights: Weights;
  result: AhpResult;
} {
  const result = deriveAhpWeights(buildPairwiseMatrix(CRITERION_IDS, judgments));
  const weights = Object.fromEntries(
    CRITERION_IDS.map((id, i) => [id, result.weights[i] as number]),
  ) as Weights;
  return { weights, result };
}

/**
 * The workspace's weights from pairwise answers (SCORING.md sections 3 and 8): the AHP weights
 * (summing to 1) times the number of criteria, so that they keep a mean of 1 like typed weights
 * (only ratios matter). Full precision: never rounded here (a screen rounds what it shows).
 */
export function workspaceWeightsFromJudgments(judgments: readonly PairwiseJudgment[]): {
  weights: Weights;
  result: AhpResult;
} {
  const { weights, result } = weightsFromJudgments(judgments);
  const scaled = Object.fromEntries(
    CRITERION_IDS.map((id) => [id, weights[id] * CRITERION_IDS.length]),
  ) as Weights;
  return { weights: scaled, result };
}
