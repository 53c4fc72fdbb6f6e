import type { Decision } from '../schema/decision';
import type { DecisionInput } from './decision-types';

/**
 * What decideWorkspace reads of a workspace's decisions, as keys: two lists of decisions read
 * again give the same decision when their keys are the same. It reads the agreements in force
 * (divergence resolutions, for the effective scores) and the overrides in force (for the decided
 * order and their count); roadmap placements and KPI arbitrations do not enter it, so placing use
 * cases in waves (a suggestion applied, a card moved) leaves the decision as it was.
 */
export interface DecisionsKeys {
  /** The divergence resolutions in force, in the list's order. */
  agreements: string;
  /** The overrides in force, in the list's order. */
  overrides: string;
}

export function decisionsKeysOf(decisions: readonly Decision[]): DecisionsKeys {
  const agreements: Decision[] = [];
  const overrides: Decision[] = [];
  for (const d of decisions) {
    if (d.withdrawnAt !== null) continue;
    if (d.kind === 'divergenceResolution') agreements.push(d);
    else if (d.kind === 'override') overrides.push(d);
  }
  return { agreements: JSON.stringify(agreements), overrides: JSON.stringify(overrides) };
}

/**
 * Everything else of the input the ranking step reads, besides the bases (use cases, scorecards,
 * agreements, aggregation, blind setting) and the overrides.
 */
export function settingsKeyOf(input: DecisionInput): string {
  const { weights, thresholds, topK, language } = input.workspace;
  return JSON.stringify([weights, thresholds, topK, language, input.participantCount ?? null]);
}
