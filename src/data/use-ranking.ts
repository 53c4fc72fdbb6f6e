import { useDeferredValue, useMemo } from 'react';
import { rankUseCases, type Ranking, type RankingInput } from '../domain/ranking/rank-use-cases';
import { agreedScoresOf, groupScores } from '../domain/scoring/group-scores';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';
import type { Workspace } from '../domain/schema/workspace';
import { useRankingRecords, useWorkspace } from './workspace-queries';

export interface WorkspaceRanking {
  workspace: Workspace;
  useCases: UseCase[];
  useCasesById: Map<string, UseCase>;
  /**
   * The group scores of every use case (complete or not), to rank again under other weights.
   * The same array until scores, resolutions or the aggregation change: not on a weight change.
   */
  inputs: readonly RankingInput[];
  ranking: Ranking;
}

/**
 * The workspace's ranking, computed once per change of its data (not per row). The data is
 * read live, so another tab's change shows here too. The workspace (weights, thresholds) and the
 * use cases with their scores are read apart: a change of weights re-ranks without re-reading
 * thousands of records, and the group scores are not recomputed. The ranking is deferred so that
 * typing, scoring or a weight slider never waits for a large workspace to re-rank.
 */
export function useWorkspaceRanking(workspaceId: string): WorkspaceRanking | null | undefined {
  const workspace = useWorkspace(workspaceId);
  const records = useRankingRecords(workspaceId);
  // Everything below is computed from a deferred snapshot: the render that follows a change keeps
  // the previous result (the same object, so the screens skip their work), and one background
  // render then re-ranks and repaints once, with the new data.
  const snapshot = useMemo(
    () => (workspace && records ? { workspace, records } : undefined),
    [workspace, records],
  );
  // The first data is not deferred: nothing older is on screen to keep in its place.
  const deferred = useDeferredValue(snapshot) ?? snapshot;
  const deferredRecords = deferred?.records;
  const aggregation = deferred?.workspace.aggregation;

  // Group scores per use case: only when scores, resolutions or the aggregation change.
  const inputs = useMemo((): RankingInput[] | undefined => {
    if (!deferredRecords || !aggregation) return undefined;
    // An agreed score (divergence resolution) replaces the mean/median of that criterion.
    const agreed = agreedScoresOf(deferredRecords.resolutions);
    const byUseCase = new Map<string, Scorecard[]>();
    for (const card of deferredRecords.scorecards) {
      const list = byUseCase.get(card.useCaseId);
      if (list) list.push(card);
      else byUseCase.set(card.useCaseId, [card]);
    }
    return deferredRecords.useCases.map((u) => ({
      id: u.id,
      title: u.title,
      values: groupScores(byUseCase.get(u.id) ?? [], aggregation, agreed.get(u.id)),
    }));
  }, [deferredRecords, aggregation]);

  // Re-ranked only when weights, thresholds or language change (not on a rename, say).
  const settingsKey = deferred
    ? JSON.stringify([
        deferred.workspace.weights,
        deferred.workspace.thresholds,
        deferred.workspace.language,
      ])
    : '';
  const ranking = useMemo(() => {
    if (!inputs || !settingsKey) return undefined;
    const [weights, thresholds, locale] = JSON.parse(settingsKey) as [
      Workspace['weights'],
      Workspace['thresholds'],
      string,
    ];
    return rankUseCases(inputs, { weights, thresholds, locale });
  }, [inputs, settingsKey]);

  const useCasesById = useMemo(
    () => new Map(deferredRecords?.useCases.map((u) => [u.id, u]) ?? []),
    [deferredRecords],
  );
  const gone = workspace === null;
  const deferredWorkspace = deferred?.workspace;
  return useMemo(() => {
    if (gone) return null;
    if (!deferredWorkspace || !deferredRecords || !inputs || !ranking) return undefined;
    // Just moved to another workspace: the previous one's figures are not shown under its name.
    if (deferredWorkspace.id !== workspaceId) return undefined;
    return {
      workspace: deferredWorkspace,
      useCases: deferredRecords.useCases,
      useCasesById,
      inputs,
      ranking,
    };
  }, [gone, workspaceId, deferredWorkspace, deferredRecords, useCasesById, inputs, ranking]);
}
