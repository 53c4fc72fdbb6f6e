import { useDeferredValue, useEffect, useMemo, useState } from 'react';
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
  // Just moved to another workspace: the previous one's figures are not shown under its name.
  const current = deferred?.workspace.id === workspaceId ? deferred : undefined;
  const ranking = useRankingInTurn(current, DECIDED_IN_TURN_FROM);
  return workspace === null ? null : ranking;
}

/** From this many use cases, a decision not yet computed is computed in a task of its own. */
const DECIDED_IN_TURN_FROM = 5_000;

interface RankingSnapshot {
  workspace: Workspace;
  records: RankingRecords;
}

/**
 * The decision of a snapshot. From `inTurnFrom` use cases, a decision not computed yet is not
 * computed while the screen draws: the screen keeps what it shows (the decision computed last if
 * it is the same workspace's, or its loading state), the decision is computed in a task of its own just after,
 * then the screen draws it. At 50,000 use cases deciding and drawing each take a few hundred
 * milliseconds: done in one task, they would hold the page twice as long.
 */
export function useRankingInTurn(
  snapshot: RankingSnapshot | undefined,
  inTurnFrom: number,
): WorkspaceRanking | undefined {
  const [, setDecidedCount] = useState(0);
  const known = snapshot && knownRanking(snapshot.workspace, snapshot.records);
  const inTurn = !!snapshot && !known && snapshot.records.useCases.length >= inTurnFrom;
  useEffect(() => {
    if (!snapshot || !inTurn) return;
    const task = setTimeout(() => {
      rankingOf(snapshot.workspace, snapshot.records);
      setDecidedCount((count) => count + 1);
    }, 0);
    return () => clearTimeout(task);
  }, [snapshot, inTurn]);
  if (!snapshot) return undefined;
  if (known) return known;
  if (!inTurn) return rankingOf(snapshot.workspace, snapshot.records);
  return latest?.workspace.id === snapshot.workspace.id ? latest : undefined;
}

/**
 * Each read of the records decided once, whichever screens and panels ask: the live reads are
 * shared (the same records object for every reader), so the decision is too.
 */
const decided = new WeakMap<RankingRecords, WorkspaceRanking>();

/** The decision computed last (shown while the next one of its workspace is computed). */
let latest: WorkspaceRanking | undefined;

/** The decision of `ws` from its ranking records, computed once per read of the records. */
export function rankingOf(ws: Workspace, r: RankingRecords): WorkspaceRanking {
  const known = knownRanking(ws, r);
  if (known) return known;
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
  latest = ranking;
  return ranking;
}

/** The decision of `ws` from these records if it was computed already. */
function knownRanking(ws: Workspace, r: RankingRecords): WorkspaceRanking | undefined {
  const known = decided.get(r);
  // Every recorded change stamps the workspace's updatedAt (a roadmap move, a note): the decision
  // does not read it, so the same decision (the same object) still holds.
  if (known && (known.workspace === ws || sameButUpdatedAt(known.workspace, ws))) return known;
  return undefined;
}

function sameButUpdatedAt(a: Workspace, b: Workspace): boolean {
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}
