import { useDeferredValue, useMemo } from 'react';
import {
  decideWorkspace,
  type DecisionInput,
  type WorkspaceDecision,
} from '../domain/decision/decide-workspace';
import type { UseCase } from '../domain/schema/use-case';
import type { Workspace } from '../domain/schema/workspace';
import type { RankingRecords } from './ranking-records-read';
import { useRankingRecords, useWorkspace } from './workspace-queries';

export interface WorkspaceRanking {
  workspace: Workspace;
  useCases: UseCase[];
  useCasesById: Map<string, UseCase>;
  /** What the decision was computed from (a what-if re-decides it with other weights). */
  input: DecisionInput;
  /** SCORING.md section 13: the one decision every screen reads. */
  decision: WorkspaceDecision;
}

/**
 * The workspace's decision (decideWorkspace), computed once per change of its data (not per
 * row). The data is read live, so another tab's change shows here too. The decision is computed
 * from a deferred snapshot so that typing, scoring or a weight slider never waits for a large
 * workspace to re-rank.
 */
export function useWorkspaceRanking(workspaceId: string): WorkspaceRanking | null | undefined {
  const workspace = useWorkspace(workspaceId);
  const records = useRankingRecords(workspaceId);
  // Everything below is computed from a deferred snapshot: the render that follows a change keeps
  // the previous result (the same object, so the screens skip their work), and one background
  // render then decides again and repaints once, with the new data.
  const snapshot = useMemo(
    () => (workspace && records ? { workspace, records } : undefined),
    [workspace, records],
  );
  // The first data is not deferred: nothing older is on screen to keep in its place.
  const deferred = useDeferredValue(snapshot) ?? snapshot;
  const gone = workspace === null;
  return useMemo(() => {
    if (gone) return null;
    if (!deferred) return undefined;
    // Just moved to another workspace: the previous one's figures are not shown under its name.
    if (deferred.workspace.id !== workspaceId) return undefined;
    return rankingOf(deferred.workspace, deferred.records);
  }, [gone, workspaceId, deferred]);
}

/**
 * Each read of the records decided once, whichever screens and panels ask: the live reads are
 * shared (the same records object for every reader), so the decision is too.
 */
const decided = new WeakMap<RankingRecords, WorkspaceRanking>();

/** The decision of `ws` from its ranking records, computed once per read of the records. */
export function rankingOf(ws: Workspace, r: RankingRecords): WorkspaceRanking {
  const known = decided.get(r);
  // Every recorded change stamps the workspace's updatedAt (a roadmap move, a note): the decision
  // does not read it, so the same decision (the same object) still holds.
  if (known && (known.workspace === ws || sameButUpdatedAt(known.workspace, ws))) return known;
  const input: DecisionInput = {
    workspace: ws,
    useCases: r.useCases,
    scorecards: r.scorecards,
    decisions: r.decisions,
    participantCount: r.participantCount,
  };
  const ranking = {
    workspace: ws,
    useCases: r.useCases,
    useCasesById: new Map(r.useCases.map((u) => [u.id, u])),
    input,
    decision: decideWorkspace(input),
  };
  decided.set(r, ranking);
  return ranking;
}

function sameButUpdatedAt(a: Workspace, b: Workspace): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}
