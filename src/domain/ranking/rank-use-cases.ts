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
 * The ranking of a list by index: what rankUseCases and the decision build their objects from
 * (the decision makes its own per use case, without an intermediate object each).
 */
export interface RankedIndexes {
  /** Position in `inputs` of each fully scored use case, in input order (its scored index). */
  scored: Int32Array;
  /** Overall, value and feasibility (0..100, full precision) by scored index. */
  overall: Float64Array;
  value: Float64Array;
  feasibility: Float64Array;
  /** Scored indexes, best first (rank p + 1 at position p). */
  order: Int32Array;
  /** Positions in `inputs` of the use cases with an unset criterion, in title order. */
  toScore: number[];
}

/**
 * SCORING.md section 7 by index: `inputs` scored with the weights (the arithmetic of
 * scoreUseCase: per axis, canonical order), ordered by orderByScores; `titleRanks` is the title
 * order of `inputs` (titleRanksOf).
 */
export function rankIndexes(
  inputs: readonly Pick<RankingInput, 'values'>[],
  weights: Weights,
  titleRanks: Int32Array,
): RankedIndexes {
  const plan = weightPlanOf(weights);
  const { ids, onValueAxis, higherIsWorse } = plan;
  const criterionWeights = plan.weights;
  const count = ids.length;
  const n = inputs.length;
  const scored = new Int32Array(n);
  const overall = new Float64Array(n);
  const value = new Float64Array(n);
  const feasibility = new Float64Array(n);
  const titleRank = new Int32Array(n);
  const toScore: number[] = [];
  let k = 0;
  for (let index = 0; index < n; index++) {
    const values = (inputs[index] as Pick<RankingInput, 'values'>).values;
    let sumValue = 0;
    let sumFeasibility = 0;
    let c = 0;
    for (; c < count; c++) {
      const raw = values[ids[c] as CriterionId];
      if (raw === null) break;
      const x = (criterionWeights[c] as number) * (higherIsWorse[c] ? 6 - raw : raw);
      if (onValueAxis[c]) sumValue += x;
      else sumFeasibility += x;
    }
    if (c < count) {
      toScore.push(index);
      continue;
    }
    scored[k] = index;
    overall[k] = stretch(sumValue + sumFeasibility, plan.total);
    value[k] = stretch(sumValue, plan.value);
    feasibility[k] = stretch(sumFeasibility, plan.feasibility);
    titleRank[k] = titleRanks[index] as number;
    k++;
  }
  const order = orderByScores({
    scores: [overall.subarray(0, k), value.subarray(0, k), feasibility.subarray(0, k)],
    titleRank: titleRank.subarray(0, k),
  });
  // Array#sort is stable: use cases with the same title rank keep their input order.
  toScore.sort((a, b) => (titleRanks[a] as number) - (titleRanks[b] as number));
  return {
    scored: scored.subarray(0, k),
    overall: overall.subarray(0, k),
    value: value.subarray(0, k),
    feasibility: feasibility.subarray(0, k),
    order,
    toScore,
  };
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
  const r = rankIndexes(inputs, weights, titleRanks);
  const ranked = Array.from(r.order, (c, p): RankedUseCase => {
    const input = inputs[r.scored[c] as number] as RankingInput;
    const v = r.value[c] as number;
    const f = r.feasibility[c] as number;
    return {
      id: input.id,
      title: input.title,
      rank: p + 1,
      overall: r.overall[c] as number,
      value: v,
      feasibility: f,
      quadrant: quadrantOf(v, f, thresholds),
      values: input.values,
      weights,
    };
  });
  const toScore = r.toScore.map((index): UnscoredUseCase => {
    const { id, title, values } = inputs[index] as RankingInput;
    return { id, title, missing: missingCriteria(values) };
  });
  return { ranked, toScore };
}
