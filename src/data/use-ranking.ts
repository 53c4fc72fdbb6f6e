import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { database } from '../db/database';
import { listDivergenceResolutions } from '../db/repositories/group-scoring';
import { listScorecards } from '../db/repositories/scorecards';
import { listUseCases } from '../db/repositories/use-cases';
import { getWorkspace } from '../db/repositories/workspaces';
import { rankUseCases, type Ranking } from '../domain/ranking/rank-use-cases';
import { agreedScoresOf, groupScores } from '../domain/scoring/group-scores';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';
import type { Workspace } from '../domain/schema/workspace';

export interface WorkspaceRanking {
  workspace: Workspace;
  useCases: UseCase[];
  useCasesById: Map<string, UseCase>;
  ranking: Ranking;
}

/**
 * The workspace's ranking, computed once per change of its data (not per row). The data is
 * read live, so another tab's change shows here too; the computation is deferred so that typing
 * or scoring never waits for a large workspace to re-rank.
 */
export function useWorkspaceRanking(workspaceId: string): WorkspaceRanking | null | undefined {
  const data = useLiveQuery(async () => {
    const db = database();
    const [workspace, useCases, scorecards, resolutions] = await Promise.all([
      getWorkspace(db, workspaceId),
      listUseCases(db, workspaceId),
      listScorecards(db, workspaceId),
      listDivergenceResolutions(db, workspaceId),
    ]);
    return workspace ? { workspace, useCases, scorecards, resolutions } : null;
  }, [workspaceId]);
  const deferred = useDeferredValue(data);
  return useMemo(() => {
    if (deferred === undefined || deferred === null) return deferred;
    const { workspace, useCases, scorecards, resolutions } = deferred;
    // An agreed score (divergence resolution) replaces the mean/median of that criterion.
    const agreed = agreedScoresOf(resolutions);
    const byUseCase = new Map<string, Scorecard[]>();
    for (const card of scorecards) {
      const list = byUseCase.get(card.useCaseId);
      if (list) list.push(card);
      else byUseCase.set(card.useCaseId, [card]);
    }
    const ranking = rankUseCases(
      useCases.map((u) => ({
        id: u.id,
        title: u.title,
        values: groupScores(byUseCase.get(u.id) ?? [], workspace.aggregation, agreed.get(u.id)),
      })),
      { weights: workspace.weights, thresholds: workspace.thresholds, locale: workspace.language },
    );
    return { workspace, useCases, useCasesById: new Map(useCases.map((u) => [u.id, u])), ranking };
  }, [deferred]);
}
