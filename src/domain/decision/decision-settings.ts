import type { Workspace } from '../schema/workspace';
import type { WorkspaceDecision } from './decide-workspace';

/**
 * The settings a decision was computed with, copied for a record kept apart from the workspace
 * (a decision snapshot, the JSON report): its weights, thresholds and top K, and the workspace's
 * aggregation and blind-scoring setting.
 */
export function settingsOfDecision(
  decision: Pick<WorkspaceDecision, 'weights' | 'thresholds' | 'topK'>,
  workspace: Pick<Workspace, 'aggregation' | 'blindScoring'>,
) {
  return {
    weights: { ...decision.weights },
    thresholds: { ...decision.thresholds },
    aggregation: workspace.aggregation,
    blindScoring: workspace.blindScoring,
    topK: decision.topK,
  };
}
