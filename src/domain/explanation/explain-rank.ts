import { CRITERION_IDS, type CriterionId, type Weights } from '../schema/criterion';
import { compareScores } from '../ranking/rank-order';
import type { RankedUseCase, Ranking } from '../ranking/rank-use-cases';
import { compareTitled } from '../ranking/title-order';
import { orientScore, scoreUseCase, type CriterionValues } from '../scoring/score-use-case';

export interface Separation {
  criterion: CriterionId;
  /** w_c * (o_c,this - o_c,other): positive where this use case does better. */
  gap: number;
}

/** One of this use case's scores changed to an integer 1..5 (raw, as a rater would type it). */
export interface SwapChange {
  criterion: CriterionId;
  from: number;
  to: number;
}

export interface RankExplanation {
  rank: number;
  above: RankedUseCase | null;
  below: RankedUseCase | null;
  /** All eight criteria, largest |gap| first (ties: canonical order). */
  separatesFromAbove: Separation[];
  separatesFromBelow: Separation[];
  /** Smallest single change that puts this use case above the one above; null if none. */
  swapWithAbove: SwapChange | null;
  /** Smallest single change that lets the one below pass this use case; null if none. */
  swapWithBelow: SwapChange | null;
}

type Standing = Pick<RankedUseCase, 'id' | 'title' | 'overall' | 'value' | 'feasibility'>;

/** SCORING.md section 7 order (scores within SCORE_TOLERANCE tie): negative when a ranks first. */
function compareStanding(a: Standing, b: Standing, collator: Intl.Collator): number {
  return compareScores(a, b) || compareTitled(collator, a, b);
}

function separations(item: RankedUseCase, other: RankedUseCase, weights: Weights): Separation[] {
  return CRITERION_IDS.map((criterion) => {
    const mine = orientScore(criterion, item.values[criterion] as number);
    const theirs = orientScore(criterion, other.values[criterion] as number);
    return { criterion, gap: weights[criterion] * (mine - theirs) };
  }).sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap));
}

/** The smallest |to - from| single change of `own` after which `wins(changed standing)` holds. */
function smallestChange(
  own: CriterionValues,
  weights: Weights,
  wins: (changed: Pick<Standing, 'overall' | 'value' | 'feasibility'>) => boolean,
): SwapChange | null {
  let best: SwapChange | null = null;
  for (const criterion of CRITERION_IDS) {
    const from = own[criterion];
    if (from === null) continue;
    for (let to = 1; to <= 5; to++) {
      if (to === from) continue;
      if (best && Math.abs(to - from) >= Math.abs(best.to - best.from)) continue;
      const result = scoreUseCase({ ...own, [criterion]: to }, weights);
      if (result.status === 'scored' && wins(result)) best = { criterion, from, to };
    }
  }
  return best;
}

/**
 * "Why here?" (SCORING.md section 7): the neighbours just above and below, the criteria that
 * separate them most, and the smallest single score change that would swap them (the size of a
 * change is |to - from|; equal sizes: the first criterion in canonical order). `weights` must be
 * the ones the ranking used; `locale` is the workspace's, for the title tie-break.
 * Null when the use case is not ranked.
 */
export function explainRank(
  ranking: Ranking,
  values: ReadonlyMap<string, CriterionValues>,
  weights: Weights,
  useCaseId: string,
  locale?: string,
): RankExplanation | null {
  const index = ranking.ranked.findIndex((r) => r.id === useCaseId);
  const item = ranking.ranked[index];
  if (!item) return null;
  const above = ranking.ranked[index - 1] ?? null;
  const below = ranking.ranked[index + 1] ?? null;
  const own = values.get(useCaseId);
  const collator = new Intl.Collator(locale);
  const changed = (s: Pick<Standing, 'overall' | 'value' | 'feasibility'>): Standing => ({
    id: item.id,
    title: item.title,
    overall: s.overall,
    value: s.value,
    feasibility: s.feasibility,
  });
  return {
    rank: item.rank,
    above,
    below,
    separatesFromAbove: above ? separations(item, above, weights) : [],
    separatesFromBelow: below ? separations(item, below, weights) : [],
    swapWithAbove:
      above && own
        ? smallestChange(own, weights, (s) => compareStanding(changed(s), above, collator) < 0)
        : null,
    swapWithBelow:
      below && own
        ? smallestChange(own, weights, (s) => compareStanding(below, changed(s), collator) < 0)
        : null,
  };
}
