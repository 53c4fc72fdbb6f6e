import type { RankingInput } from '../../domain/ranking/rank-use-cases';
import { CRITERION_IDS } from '../../domain/schema/criterion';

/**
 * The use cases that can be ranked (every criterion scored), to rank again under other weights.
 * Taken from the scores, not from a ranking: a change of weights leaves them as they are.
 */
export function completeInputsOf(inputs: readonly RankingInput[]): RankingInput[] {
  return inputs.filter((input) => CRITERION_IDS.every((id) => input.values[id] !== null));
}
