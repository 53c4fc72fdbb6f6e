import { CRITERIA, type Axis, type Weights } from '../schema/criterion';

export type WeightsProblem = { key: 'errors.axisWithoutWeight'; axis: Axis };

/**
 * SCORING.md section 3: weights are non-negative and each axis needs one positive weight.
 * Returns the problems (message keys with their parameters); empty when the weights are usable.
 */
export function checkWeights(weights: Weights): WeightsProblem[] {
  const problems: WeightsProblem[] = [];
  for (const axis of ['value', 'feasibility'] as const) {
    const positive = CRITERIA.some((c) => c.axis === axis && weights[c.id] > 0);
    if (!positive) problems.push({ key: 'errors.axisWithoutWeight', axis });
  }
  return problems;
}
