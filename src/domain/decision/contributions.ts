import { contributionsOf, sortContributions, type Contribution } from '../scoring/score-use-case';
import type { RankedDecision } from './decide-workspace';

/**
 * SCORING.md section 5 for a ranked use case of the decision: each criterion's points above or
 * below the neutral 50 (overall = 50 + their sum), with its raw and oriented score and weight,
 * largest first. Computed on demand (explanations, business cases), not for every use case of a
 * large workspace.
 */
export function contributionsOfDecision(
  d: Pick<RankedDecision, 'values' | 'weights'>,
): Contribution[] {
  return sortContributions(contributionsOf(d.values, d.weights));
}
