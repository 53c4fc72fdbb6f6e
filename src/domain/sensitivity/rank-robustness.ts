import { decideWorkspace, type DecisionInput } from '../decision/decide-workspace';
import { decideWithWeights } from '../decision/what-if';
import { CRITERION_IDS, type Weights } from '../schema/criterion';
import { seededRandom } from '../random/seeded-random';

export interface Robustness {
  id: string;
  title: string;
  /** Share of the draws in which it stays in the top K, 0..1. */
  topKShare: number;
  /** Nearest-rank 5th and 95th percentiles of its rank over the draws. */
  p5Rank: number;
  p95Rank: number;
  currentRank: number;
}

/** Nearest-rank percentile: the value at (1-based) position ceil(p/100 * N) of the sorted draws. */
function nearestRankTarget(p: number, count: number): number {
  return Math.max(1, Math.ceil((p / 100) * count));
}

/**
 * SCORING.md section 10: `draws` weight vectors (default 1000), each weight multiplied by a factor
 * uniform in [0.8, 1.2] drawn from seededRandom(seed), criteria in canonical order. Each draw is
 * the workspace decided again with the drawn weights (decideWithWeights: the one decision
 * function, its ties and tie-breaks included). Same seed, same figures.
 * Returned in the current rank order (the decision of `input`).
 */
export function rankRobustness(
  input: DecisionInput,
  options: { k: number; draws?: number; seed: number },
): Robustness[] {
  const { ranked } = decideWorkspace(input);
  const n = ranked.length;
  const draws = Math.max(1, Math.floor(options.draws ?? 1000));
  if (n === 0) return [];
  const index = new Map(ranked.map((r, i) => [r.id, i]));
  const base = input.workspace.weights;
  const random = seededRandom(options.seed);
  const ranks = new Int32Array(n * draws);
  for (let d = 0; d < draws; d++) {
    const drawn = {} as Weights;
    for (const id of CRITERION_IDS) drawn[id] = base[id] * (0.8 + 0.4 * random());
    for (const r of decideWithWeights(input, drawn).ranked) {
      ranks[(index.get(r.id) as number) * draws + d] = r.rank;
    }
  }

  const k = Math.max(0, Math.floor(options.k));
  const counts = new Int32Array(n + 1);
  const p5Target = nearestRankTarget(5, draws);
  const p95Target = nearestRankTarget(95, draws);
  return ranked.map((r, i) => {
    counts.fill(0);
    for (let d = 0; d < draws; d++) {
      const rank = ranks[i * draws + d] as number;
      counts[rank] = (counts[rank] as number) + 1;
    }
    let inTop = 0;
    let cumulative = 0;
    let p5Rank = n;
    let p95Rank = n;
    for (let rank = 1; rank <= Math.min(k, n); rank++) inTop += counts[rank] as number;
    for (let rank = 1; rank <= n; rank++) {
      const before = cumulative;
      cumulative += counts[rank] as number;
      if (before < p5Target && cumulative >= p5Target) p5Rank = rank;
      if (before < p95Target && cumulative >= p95Target) {
        p95Rank = rank;
        break;
      }
    }
    return {
      id: r.id,
      title: r.title,
      topKShare: inTop / draws,
      p5Rank,
      p95Rank,
      currentRank: r.rank,
    };
  });
}
