import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import { readRoadmapPlans } from '../db/repositories/roadmap';
import { roadmapOf, type RoadmapState } from '../domain/roadmap/roadmap-state';
import type { UseCase } from '../domain/schema/use-case';
import { useWorkspaceRanking } from './use-ranking';

export interface RoadmapView extends RoadmapState {
  useCasesById: Map<string, UseCase>;
}

/**
 * The roadmap of a workspace, read live: its waves, the facts about each use case (rank,
 * quadrant, clarity) and the suggestion computed now, from the workspace's one decision (the
 * one the other screens show, not read and decided again). Undefined while loading, null when
 * the workspace does not exist.
 */
export function useRoadmap(workspaceId: string): RoadmapView | null | undefined {
  const ranking = useWorkspaceRanking(workspaceId);
  const plans = useLiveQuery(() => readRoadmapPlans(database(), workspaceId), [workspaceId]);
  return useMemo(() => {
    if (ranking === null) return null;
    if (ranking === undefined || plans === undefined) return undefined;
    const { workspace, useCases, useCasesById, decision, input } = ranking;
    const state = roadmapOf({
      workspace,
      useCases,
      decisions: input.decisions,
      decision,
      ...plans,
    });
    return { ...state, useCasesById };
  }, [ranking, plans]);
}
