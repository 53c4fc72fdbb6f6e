import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import {
  listDecisionSnapshots,
  readDecisionNow,
  type DecisionNow,
} from '../db/repositories/decision-snapshots';
import type { DecisionSnapshot } from '../domain/schema/decision-snapshot';
import { freezeDecision, type FreezeInput } from '../domain/snapshots/freeze-decision';

/** The decision snapshots of a workspace, newest first; undefined while loading. */
export function useDecisionSnapshots(workspaceId: string): DecisionSnapshot[] | undefined {
  return useLiveQuery(() => listDecisionSnapshots(database(), workspaceId), [workspaceId]);
}

/** The records the decision depends on and the decision now, live; null: no such workspace. */
export function useDecisionNow(workspaceId: string): DecisionNow | null | undefined {
  return useLiveQuery(() => {
    const db = database();
    return db.transaction(
      'r',
      [db.workspaces, db.useCases, db.scorecards, db.decisions, db.participants],
      () => readDecisionNow(db, workspaceId),
    );
  }, [workspaceId]);
}

/** Now, shaped like a snapshot (not stored), to compare a snapshot with today. */
export function snapshotOfNow(now: FreezeInput, at: string, actor: string): DecisionSnapshot {
  return freezeDecision(now, { id: 'now', name: 'now', takenAt: at, takenBy: actor || '-' });
}
