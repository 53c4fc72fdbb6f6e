import { CRITERIA, CRITERION_IDS } from '../schema/criterion';
import { orderByScores } from '../ranking/rank-order';
import { rankUseCases, type RankingInput, type RankingSettings } from '../ranking/rank-use-cases';
import { titleRanksOf } from '../ranking/title-order';
import { seededRandom } from '../random/seeded-random';
import { orientScore } from '../scoring/score-use-case';

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

const C = CRITERION_IDS.length;

/** Nearest-rank percentile: the value at (1-based) position ceil(p/100 * N) of the sorted draws. */
function nearestRankTarget(p: number, count: number): number {
  return Math.max(1, Math.ceil((p / 100) * count));
}

/**
 * SCORING.md section 10: `draws` weight vectors (default 1000), each weight multiplied by a factor
 * uniform in [0.8, 1.2] drawn from seededRandom(seed), criteria in canonical order. Each draw ranks
 * the scored use cases exactly like rankUseCases (orderByScores: overall, value, feasibility
 * descending within SCORE_TOLERANCE, then the title order, which weights cannot change).
 * Same seed, same figures.
 * Returned in the current rank order.
 */
export function rankRobustness(
  inputs: readonly RankingInput[],
  settings: RankingSettings,
  options: { k: number; draws?: number; seed: number },
): Robustness[] {
  const { ranked } = rankUseCases(inputs, settings);
  const n = ranked.length;
  const draws = Math.max(1, Math.floor(options.draws ?? 1000));
  if (n === 0) return [];
  const oriented = new Float64Array(n * C);
  ranked.forEach((r, i) => {
    CRITERION_IDS.forEach((id, c) => {
      oriented[i * C + c] = orientScore(id, r.values[id] as number);
    });
  });
  // Title (then id) order: the one rankUseCases used (kept per list), which weights cannot change.
  const inputTitleRanks = titleRanksOf(inputs, settings.locale);
  const inputIndex = new Map(inputs.map((input, index) => [input.id, index]));
  const titleRank = new Int32Array(n);
  ranked.forEach((r, i) => {
    titleRank[i] = inputTitleRanks[inputIndex.get(r.id) as number] as number;
  });
  const isValue = CRITERIA.map((c) => c.axis === 'value');
  const base = CRITERION_IDS.map((id) => settings.weights[id]);
  const random = seededRandom(options.seed);
  const w = new Float64Array(C);
  const overall = new Float64Array(n);
  const value = new Float64Array(n);
  const feasibility = new Float64Array(n);
  const ranks = new Int32Array(n * draws);
  const order = new Int32Array(n);
  const packed = new Float64Array(n);
  const keys = { scores: [overall, value, feasibility] as const, titleRank };

  for (let d = 0; d < draws; d++) {
    let total = 0;
    let totalValue = 0;
    let totalFeasibility = 0;
    for (let c = 0; c < C; c++) {
      const wc = (base[c] as number) * (0.8 + 0.4 * random());
      w[c] = wc;
      total += wc;
      if (isValue[c]) totalValue += wc;
      else totalFeasibility += wc;
    }
    for (let i = 0; i < n; i++) {
      // Exactly the arithmetic of scoreUseCase (same order of sums), so exact ties stay ties.
      let sumValue = 0;
      let sumFeasibility = 0;
      for (let c = 0; c < C; c++) {
        const x = (w[c] as number) * (oriented[i * C + c] as number);
        if (isValue[c]) sumValue += x;
        else sumFeasibility += x;
      }
      overall[i] = 25 * ((sumValue + sumFeasibility) / total - 1);
      value[i] = 25 * (sumValue / totalValue - 1);
      feasibility[i] = 25 * (sumFeasibility / totalFeasibility - 1);
    }
    orderByScores(keys, packed, order);
    for (let position = 0; position < n; position++) {
      ranks[(order[position] as number) * draws + d] = position + 1;
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
