import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { WorkspaceRanking } from '../../data/use-ranking';
import { database } from '../../db/database';
import { listDecisions } from '../../db/repositories/decision-input';
import type { Override } from '../../domain/schema/decision';

export interface DecidedPositions {
  /** Overrides in force (not withdrawn). */
  overrides: Override[];
  overridesByUseCase: ReadonlyMap<string, Override[]>;
}

/**
 * What the ranked list needs of the decisions besides the decision itself (whose decidedRank
 * gives each use case's decided position): the overrides in force, per use case. Only the
 * decisions are read (not the scorecards and waves of the whole decision board).
 */
export function useDecidedPositions(
  data: WorkspaceRanking | null | undefined,
): DecidedPositions | undefined {
  const workspaceId = data?.workspace.id ?? '';
  const decisions = useLiveQuery(
    () => (workspaceId ? listDecisions(database(), workspaceId) : undefined),
    [workspaceId],
  );
  const overrides = useMemo(() => {
    if (!decisions) return undefined;
    const active = decisions.filter(
      (d): d is Override => d.kind === 'override' && d.withdrawnAt === null,
    );
    const byUseCase = new Map<string, Override[]>();
    for (const o of active) {
      const list = byUseCase.get(o.useCaseId);
      if (list) list.push(o);
      else byUseCase.set(o.useCaseId, [o]);
    }
    return { active, byUseCase };
  }, [decisions]);
  return useMemo(() => {
    if (!data || !overrides) return undefined;
    return { overrides: overrides.active, overridesByUseCase: overrides.byUseCase };
  }, [data, overrides]);
}
