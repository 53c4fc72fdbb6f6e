import type { WorkspaceRanking } from '../../data/use-ranking';
import {
  overridesInForce,
  useReadAgainstRanking,
  type OverridesInForce,
} from '../../data/use-decisions';
import { listDecisions } from '../../db/repositories/decision-input';

/** What the ranked list needs of the decisions besides the decision itself. */
export type DecidedPositions = OverridesInForce;

/**
 * What the ranked list needs of the decisions besides the decision itself (whose decidedRank
 * gives each use case's decided position): the overrides in force, per use case. Only the
 * decisions are read (not the scorecards and waves of the whole decision board).
 */
export function useDecidedPositions(
  data: WorkspaceRanking | null | undefined,
): DecidedPositions | undefined {
  return useReadAgainstRanking(data, listDecisions, overridesInForce);
}
