import type { UseCaseDecision } from '../decision/decide-workspace';
import { CRITERION_IDS, type CriterionId, type Weights } from '../schema/criterion';
import { orientScore } from '../scoring/score-use-case';
import { kendallTau } from './kendall-tau';

/**
 * TOPSIS (Hwang and Yoon, 1981), as a second opinion on the weighted sum (docs/decision-model.md).
 * 1. vector normalisation of each criterion's column: r_ij = x_ij / sqrt(sum_i x_ij^2);
 * 2. weighted: v_ij = w_j * r_ij, the weights divided by their sum;
 * 3. ideal A+ = the best v of each column, anti-ideal A- = the worst (max / min for a criterion
 *    where more is better, the reverse otherwise);
 * 4. Euclidean distances D+ (to A+) and D- (to A-);
 * 5. closeness C = D- / (D+ + D-), 0..1, higher is better. When D+ + D- = 0 (every alternative
 *    alike on every weighted criterion), each one is the ideal: C = 1.
 */
export interface TopsisAlternative {
  id: string;
  values: readonly number[];
}

export interface TopsisScore {
  id: string;
  closeness: number;
  toIdeal: number;
  toAntiIdeal: number;
  /** 1 = closest to the ideal; ties keep the order given. */
  rank: number;
}

export interface TopsisResult {
  weighted: number[][];
  ideal: number[];
  antiIdeal: number[];
  scores: TopsisScore[];
}

export function topsis(
  alternatives: readonly TopsisAlternative[],
  weights: readonly number[],
  higherIsBetter: readonly boolean[] = weights.map(() => true),
): TopsisResult {
  const columns = weights.length;
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const norms = weights.map((_, j) =>
    Math.sqrt(alternatives.reduce((sum, a) => sum + (a.values[j] ?? 0) ** 2, 0)),
  );
  const weighted = alternatives.map((a) =>
    weights.map((w, j) => {
      const norm = norms[j] ?? 0;
      return norm === 0 || weightSum === 0 ? 0 : ((a.values[j] ?? 0) / norm) * (w / weightSum);
    }),
  );
  const column = (j: number) => weighted.map((row) => row[j] ?? 0);
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  for (let j = 0; j < columns; j++) {
    const values = column(j);
    const best = higherIsBetter[j] === false ? Math.min(...values) : Math.max(...values);
    const worst = higherIsBetter[j] === false ? Math.max(...values) : Math.min(...values);
    ideal.push(values.length ? best : 0);
    antiIdeal.push(values.length ? worst : 0);
  }
  const distance = (row: readonly number[], target: readonly number[]) =>
    Math.sqrt(row.reduce((sum, v, j) => sum + (v - (target[j] ?? 0)) ** 2, 0));
  const unranked = alternatives.map((a, i) => {
    const row = weighted[i] ?? [];
    const toIdeal = distance(row, ideal);
    const toAntiIdeal = distance(row, antiIdeal);
    const total = toIdeal + toAntiIdeal;
    return { id: a.id, toIdeal, toAntiIdeal, closeness: total === 0 ? 1 : toAntiIdeal / total, i };
  });
  const order = [...unranked].sort((a, b) => b.closeness - a.closeness || a.i - b.i);
  const rankOf = new Map(order.map((s, position) => [s.id, position + 1]));
  const scores = unranked.map((s) => ({
    id: s.id,
    closeness: s.closeness,
    toIdeal: s.toIdeal,
    toAntiIdeal: s.toAntiIdeal,
    rank: rankOf.get(s.id) ?? 0,
  }));
  return { weighted, ideal, antiIdeal, scores };
}

export interface RankMove {
  id: string;
  title: string;
  weightedRank: number;
  topsisRank: number;
  /** Places gained under TOPSIS (negative: lost). */
  shift: number;
  /** The criterion that explains it: where it is farthest from the ideal (when it drops) or from the anti-ideal (when it rises). */
  criterion: CriterionId;
}

export interface SecondOpinion {
  /** Kendall's tau between the weighted-sum order and the TOPSIS order, -1..1. */
  tau: number;
  /** The ranked use cases in TOPSIS order. */
  order: (TopsisScore & { title: string; weightedRank: number })[];
  /** The use cases that move most (largest |shift|, at most `limit`), then by weighted rank. */
  movers: RankMove[];
}

/**
 * TOPSIS on the use cases that decideWorkspace ranked, on their oriented scores (SCORING.md
 * section 2: 5 = best on every criterion, so the ideal is the column maximum) and with the same
 * weights; compared with the weighted sum's order (the decision's ranks, never recomputed).
 */
export interface RankedDecision {
  weights: Weights;
  ranked: readonly Pick<UseCaseDecision, 'id' | 'title' | 'rank' | 'values'>[];
}

/** Takes a WorkspaceDecision (decideWorkspace's result), or the part of it that it reads. */
export function secondOpinion(decision: RankedDecision, limit = 5): SecondOpinion {
  const ranked = [...decision.ranked].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const alternatives = ranked.map((u) => ({
    id: u.id,
    values: CRITERION_IDS.map((c) => orientScore(c, u.values[c] ?? 1)),
  }));
  const result = topsis(
    alternatives,
    CRITERION_IDS.map((c) => decision.weights[c]),
  );
  const byId = new Map(ranked.map((u, i) => [u.id, { u, i }]));
  const order = [...result.scores]
    .sort((a, b) => a.rank - b.rank)
    .map((s) => {
      const u = byId.get(s.id)?.u;
      return { ...s, title: u?.title ?? '', weightedRank: u?.rank ?? 0 };
    });
  const tau = kendallTau(
    ranked.map((u) => u.id),
    order.map((s) => s.id),
  );
  const moves = order
    .map((s): RankMove => {
      const i = byId.get(s.id)?.i ?? 0;
      const row = result.weighted[i] ?? [];
      const shift = s.weightedRank - s.rank;
      const target = shift < 0 ? result.ideal : result.antiIdeal;
      let criterion: CriterionId = 'strategicValue';
      let gap = -1;
      CRITERION_IDS.forEach((c, j) => {
        const d = Math.abs((row[j] ?? 0) - (target[j] ?? 0));
        if (d > gap + 1e-12) {
          gap = d;
          criterion = c;
        }
      });
      return {
        id: s.id,
        title: s.title,
        weightedRank: s.weightedRank,
        topsisRank: s.rank,
        shift,
        criterion,
      };
    })
    .filter((m) => m.shift !== 0)
    .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.weightedRank - b.weightedRank);
  return { tau, order, movers: moves.slice(0, limit) };
}
