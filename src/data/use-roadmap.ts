import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import { readRoadmap, type RoadmapState } from '../db/repositories/roadmap';
import type { UseCase } from '../domain/schema/use-case';

export interface RoadmapView extends RoadmapState {
  useCasesById: Map<string, UseCase>;
}

/**
 * The roadmap of a workspace, read live: its waves, the facts about each use case (rank,
 * quadrant, clarity) and the suggestion computed now. Undefined while loading, null when the
 * workspace does not exist.
 */
export function useRoadmap(workspaceId: string): RoadmapView | null | undefined {
  const state = useLiveQuery(() => readRoadmap(database(), workspaceId), [workspaceId]);
  return useMemo(() => {
    if (state === undefined || state === null) return state;
    return { ...state, useCasesById: new Map(state.useCases.map((u) => [u.id, u])) };
  }, [state]);
}
