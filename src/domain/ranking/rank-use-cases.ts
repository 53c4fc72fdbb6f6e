import type { CriterionId, Weights } from '../schema/criterion';
import type { Thresholds } from '../schema/workspace';
import { quadrantOf, type Quadrant } from '../scoring/quadrant';
import { scoreUseCase, type Contribution, type CriterionValues } from '../scoring/score-use-case';

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
  contributions: Contribution[];
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
}

/**
 * SCORING.md section 7: scored use cases by overall descending; ties by value, then
 * feasibility (both descending), then title (Intl.Collator of the workspace locale), then id.
 * Use cases with an unset criterion are "to score", never ranked.
 */
export function rankUseCases(inputs: readonly RankingInput[], settings: RankingSettings): Ranking {
  const collator = new Intl.Collator(settings.locale);
  const scored: RankedUseCase[] = [];
  const toScore: UnscoredUseCase[] = [];
  for (const input of inputs) {
    const result = scoreUseCase(input.values, settings.weights);
    if (result.status === 'toScore') {
      toScore.push({ id: input.id, title: input.title, missing: result.missing });
      continue;
    }
    scored.push({
      rank: 0,
      id: input.id,
      title: input.title,
      overall: result.overall,
      value: result.value,
      feasibility: result.feasibility,
      quadrant: quadrantOf(result.value, result.feasibility, settings.thresholds),
      contributions: result.contributions,
    });
  }
  scored.sort(
    (a, b) =>
      b.overall - a.overall ||
      b.value - a.value ||
      b.feasibility - a.feasibility ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  toScore.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  scored.forEach((s, i) => {
    s.rank = i + 1;
  });
  return { ranked: scored, toScore };
}
