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
 * read live, so another tab's change shows here too. The workspace (weights, thresholds) and the
 * use cases with their scores are read apart: a change of weights re-ranks without re-reading
 * thousands of records, and the group scores are not recomputed. The ranking is deferred so that
 * typing or scoring never waits for a large workspace to re-rank.
 */
export function useWorkspaceRanking(workspaceId: string): WorkspaceRanking | null | undefined {
  const workspace = useLiveQuery(() => getWorkspace(database(), workspaceId), [workspaceId]);
  const records = useLiveQuery(async () => {
    const db = database();
    const [useCases, scorecards, resolutions] = await Promise.all([
      listUseCases(db, workspaceId),
      listScorecards(db, workspaceId),
      listDivergenceResolutions(db, workspaceId),
    ]);
    return { useCases, scorecards, resolutions };
  }, [workspaceId]);
  const aggregation = workspace?.aggregation;

  // Group scores per use case: only when scores, resolutions or the aggregation change.
  const inputs = useMemo(() => {
    if (!records || !aggregation) return undefined;
    // An agreed score (divergence resolution) replaces the mean/median of that criterion.
    const agreed = agreedScoresOf(records.resolutions);
    const byUseCase = new Map<string, Scorecard[]>();
    for (const card of records.scorecards) {
      const list = byUseCase.get(card.useCaseId);
      if (list) list.push(card);
      else byUseCase.set(card.useCaseId, [card]);
    }
    return records.useCases.map((u) => ({
      id: u.id,
      title: u.title,
      values: groupScores(byUseCase.get(u.id) ?? [], aggregation, agreed.get(u.id)),
    }));
  }, [records, aggregation]);

  const settingsKey = workspace
    ? JSON.stringify([workspace.weights, workspace.thresholds, workspace.language])
    : '';
  const deferredInputs = useDeferredValue(inputs);
  const deferredKey = useDeferredValue(settingsKey);
  const ranking = useMemo(() => {
    if (!deferredInputs || !deferredKey) return undefined;
    const [weights, thresholds, locale] = JSON.parse(deferredKey) as [
      Workspace['weights'],
      Workspace['thresholds'],
      string,
    ];
    return rankUseCases(deferredInputs, { weights, thresholds, locale });
  }, [deferredInputs, deferredKey]);

  const useCasesById = useMemo(
    () => new Map(records?.useCases.map((u) => [u.id, u]) ?? []),
    [records],
  );
  return useMemo(() => {
    if (workspace === null) return null;
    if (workspace === undefined || !records || !ranking) return undefined;
    return { workspace, useCases: records.useCases, useCasesById, ranking };
  }, [workspace, records, useCasesById, ranking]);
}
