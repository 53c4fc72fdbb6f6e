import type { CriterionId, Weights } from '../schema/criterion';
import type { Thresholds } from '../schema/workspace';
import { quadrantOf, type Quadrant } from '../scoring/quadrant';
import {
  missingCriteria,
  stretch,
  weightPlanOf,
  type CriterionValues,
} from '../scoring/score-use-case';
import { orderByScores } from './rank-order';
import { titleRanksOf } from './title-order';

export interface RankingInput {
  id: string;
  title: string;
  values: CriterionValues;
}

export interface RankedUseCase {
  id: string;
  title: string;
  /** 1 = best. */
  rank: number;
  overall: number;
  value: number;
  feasibility: number;
  quadrant: Quadrant;
  /** The scores it was ranked on (all set): the input's own object. */
  values: CriterionValues;
  /** The weights it was ranked with; contributionsOf(values, weights) explains the scores. */
  weights: Weights;
}

export interface UnscoredUseCase {
  id: string;
  title: string;
  missing: CriterionId[];
}

export interface Ranking {
  ranked: RankedUseCase[];
  toScore: UnscoredUseCase[];
}

export interface RankingSettings {
  weights: Weights;
  thresholds: Thresholds;
  /** Locale of the workspace, for the title tie-break (Intl.Collator). */
  locale: string;
  /**
   * The title order of `inputs` (titleRanksOf of a list aligned with them), when the caller
   * keeps it across rankings of the same use cases (decideWorkspace: the use-case list).
   */
  titleRanks?: Int32Array;
}

/**
 * SCORING.md section 7: scored use cases by overall descending; ties by value, then
 * feasibility (both descending), then title (Intl.Collator of the workspace locale), then id.
 * Scores within SCORE_TOLERANCE (1e-9) count as equal (see orderByScores).
 * Use cases with an unset criterion are "to score", never ranked.
 * The contributions (section 5) are not computed here: contributionsOf gives them on demand.
 */
export function rankUseCases(inputs: readonly RankingInput[], settings: RankingSettings): Ranking {
  const { weights, thresholds } = settings;
  const titleRanks = settings.titleRanks ?? titleRanksOf(inputs, settings.locale);
  const plan = weightPlanOf(weights);
  const { ids, onValueAxis, higherIsWorse } = plan;
  const criterionWeights = plan.weights;
  const count = ids.length;
  const scored: RankedUseCase[] = [];
  const toScore: { item: UnscoredUseCase; titleRank: number }[] = [];
  const overall = new Float64Array(inputs.length);
  const value = new Float64Array(inputs.length);
  const feasibility = new Float64Array(inputs.length);
  const titleRank = new Int32Array(inputs.length);
  inputs.forEach((input, index) => {
    const values = input.values;
    let sumValue = 0;
    let sumFeasibility = 0;
    let c = 0;
    // The arithmetic of scoreUseCase: per axis, canonical order.
    for (; c < count; c++) {
      const raw = values[ids[c] as CriterionId];
      if (raw === null) break;
      const x = (criterionWeights[c] as number) * (higherIsWorse[c] ? 6 - raw : raw);
      if (onValueAxis[c]) sumValue += x;
      else sumFeasibility += x;
    }
    if (c < count) {
      const item = { id: input.id, title: input.title, missing: missingCriteria(values) };
      toScore.push({ item, titleRank: titleRanks[index] as number });
      return;
    }
    const i = scored.length;
    const o = stretch(sumValue + sumFeasibility, plan.total);
    const v = stretch(sumValue, plan.value);
    const f = stretch(sumFeasibility, plan.feasibility);
    overall[i] = o;
    value[i] = v;
    feasibility[i] = f;
    titleRank[i] = titleRanks[index] as number;
    scored.push({
      id: input.id,
      title: input.title,
      rank: 0,
      overall: o,
      value: v,
      feasibility: f,
      quadrant: quadrantOf(v, f, thresholds),
      values,
      weights,
    });
  });
  const n = scored.length;
  const order = orderByScores({
    scores: [overall.subarray(0, n), value.subarray(0, n), feasibility.subarray(0, n)],
    titleRank: titleRank.subarray(0, n),
  });
  const ranked = new Array<RankedUseCase>(n);
  for (let p = 0; p < n; p++) {
    const item = scored[order[p] as number] as RankedUseCase;
    item.rank = p + 1;
    ranked[p] = item;
  }
  toScore.sort((a, b) => a.titleRank - b.titleRank);
  return { ranked, toScore: toScore.map(({ item }) => item) };
}
