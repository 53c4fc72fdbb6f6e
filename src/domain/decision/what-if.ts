import type { Weights } from '../schema/criterion';
import { decideWorkspace, type DecisionInput, type WorkspaceDecision } from './decide-workspace';

/**
 * A what-if (the weights screen's previews, the comparison of weight sets): the same workspace
 * decided with other weights, by the one decision function. The effective scores are not
 * aggregated again (decideWorkspace keeps them per snapshot): only the ranking is redone.
 */
export function decideWithWeights(input: DecisionInput, weights: Weights): WorkspaceDecision {
  return decideWorkspace({ ...input, workspace: { ...input.workspace, weights } });
}
