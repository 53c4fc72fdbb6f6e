import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { useMemo } from 'react';
import { listDecisionSnapshots, type DecisionNow } from '../db/repositories/decision-snapshots';
import { listParticipants } from '../db/repositories/scorecards';
import type { DecisionSnapshot } from '../domain/schema/decision-snapshot';
import { freezeDecision, type FreezeInput } from '../domain/snapshots/freeze-decision';
import { useWorkspaceRanking } from './use-ranking';

/** The decision snapshots of a workspace, newest first; undefined while loading. */
export function useDecisionSnapshots(workspaceId: string): DecisionSnapshot[] | undefined {
  return useLiveQuery(() => listDecisionSnapshots(database(), workspaceId), [workspaceId]);
}

/**
 * The records the decision depends on and the decision now, live: the workspace's one decision
 * (the one the ranking shows, not read and decided again) with its participants; null: no such
 * workspace.
 */
export function useDecisionNow(workspaceId: string): DecisionNow | null | undefined {
  const ranking = useWorkspaceRanking(workspaceId);
  const participants = useLiveQuery(() => listParticipants(database(), workspaceId), [workspaceId]);
  return useMemo(() => {
    if (ranking === null) return null;
    if (ranking === undefined || participants === undefined) return undefined;
    const { workspace, useCases, input, decision } = ranking;
    const { scorecards, decisions } = input;
    return { workspace, useCases, scorecards, decisions, participants, decision };
  }, [ranking, participants]);
}

/** Now, shaped like a snapshot (not stored), to compare a snapshot with today. */
export function snapshotOfNow(now: FreezeInput, at: string, actor: string): DecisionSnapshot {
  return freezeDecision(now, { id: 'now', name: 'now', takenAt: at, takenBy: actor || '-' });
}
