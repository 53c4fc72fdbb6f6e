import type { WorkspaceDecision } from '../decision/decide-workspace';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import { orientScore, type CriterionValues } from '../scoring/score-use-case';

export interface StabilityInterval {
  criterion: CriterionId;
  current: number;
  /** The interval's bounds; the order may tie (and tip) exactly at a finite bound. */
  min: number;
  /** May be Infinity. */
  max: number;
}

function orientedOf(values: CriterionValues): number[] {
  return CRITERION_IDS.map((id) => orientScore(id, values[id] as number));
}

/**
 * SCORING.md section 10. For each criterion k, the other weights fixed, the range of w_k in
 * [0, infinity) in which the current top K keeps its order and no other use case enters it.
 * The current order and the effective scores are the decision's (decideWorkspace, or
 * decideWithWeights for weights being tried): nothing is ranked here.
 *
 * overall(a) - overall(b) has the sign of g(w_k) = S + w_k d_k, with d_c = o_c,a - o_c,b and
 * S = sum over c != k of w_c d_c (the normalisation cancels). Each consecutive pair of the top K,
 * and the K-th against every use case below it, must keep g >= 0: with d_k > 0 that bounds w_k
 * from below by w* = -S / d_k, with d_k < 0 from above; with d_k = 0 the pair never changes.
 */
export function weightStabilityIntervals(
  decision: Pick<WorkspaceDecision, 'ranked' | 'weights'>,
  k: number,
): StabilityInterval[] {
  const { ranked } = decision;
  const oriented = ranked.map((r) => orientedOf(r.values));
  const size = Math.min(Math.max(0, Math.floor(k)), ranked.length);
  // [winner, loser] index pairs whose order must hold.
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < size; i++) pairs.push([i, i + 1]);
  if (size > 0) for (let j = size; j < ranked.length; j++) pairs.push([size - 1, j]);
  const weights = CRITERION_IDS.map((id) => decision.weights[id]);

  return CRITERION_IDS.map((criterion, kk) => {
    let min = 0;
    let max = Infinity;
    for (const [a, b] of pairs) {
      const oa = oriented[a] as number[];
      const ob = oriented[b] as number[];
      const dk = (oa[kk] as number) - (ob[kk] as number);
      if (dk === 0) continue;
      let s = 0;
      for (let c = 0; c < CRITERION_IDS.length; c++) {
        if (c !== kk) s += (weights[c] as number) * ((oa[c] as number) - (ob[c] as number));
      }
      const crossing = -s / dk;
      if (dk > 0) min = Math.max(min, crossing);
      else max = Math.min(max, crossing);
    }
    // The current weight is inside by construction; clamp rounding noise of a tie at w_k itself.
    const current = decision.weights[criterion];
    return { criterion, current, min: Math.min(min, current), max: Math.max(max, current) };
  });
}
