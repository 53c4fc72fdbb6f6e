import type { RankedUseCase, RankingInput } from '../../domain/ranking/rank-use-cases';
import type { CriterionValues } from '../../domain/scoring/score-use-case';
import { CRITERION_IDS } from '../../domain/schema/criterion';

/** The scores behind a ranking, to rank again under other weights (only ranked use cases). */
export function rankingInputsOf(ranked: readonly RankedUseCase[]): RankingInput[] {
  return ranked.map((r) => {
    const values = Object.fromEntries(CRITERION_IDS.map((id) => [id, null])) as CriterionValues;
    for (const c of r.contributions) values[c.criterion] = c.raw;
    return { id: r.id, title: r.title, values };
  });
}
