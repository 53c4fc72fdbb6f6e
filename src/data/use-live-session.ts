import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import { getOpenLiveSession } from '../db/repositories/live-sessions';
import { listDecisions } from '../db/repositories/decision-input';
import { readWorkspaceWith, SCORING_LISTS } from '../db/repositories/workspace-reads';
import {
  decideWithParticipants,
  type WorkspaceDecision,
} from '../domain/decision/decide-workspace';
import type { LiveSession } from '../domain/schema/live-session';
import type { Participant } from '../domain/schema/participant';
import type { UseCase } from '../domain/schema/use-case';
import type { Workspace } from '../domain/schema/workspace';

export interface LiveSessionData {
  workspace: Workspace;
  useCases: UseCase[];
  participants: Participant[];
  /** The session still open on this machine, if any. */
  session: LiveSession | null;
  /** The decision function's result on the workspace as it is now. */
  decision: WorkspaceDecision;
}

/** What the facilitator's live-session screen shows, read live; null when no such workspace. */
export function useLiveSession(workspaceId: string): LiveSessionData | null | undefined {
  const data = useLiveQuery(async () => {
    const db = database();
    const [records, decisions, session] = await Promise.all([
      readWorkspaceWith(db, workspaceId, SCORING_LISTS),
      listDecisions(db, workspaceId),
      getOpenLiveSession(db, workspaceId),
    ]);
    return records && { ...records, decisions, session };
  }, [workspaceId]);
  return useMemo(() => {
    if (!data) return data;
    const { workspace, useCases, participants, scorecards, decisions, session } = data;
    const decision = decideWithParticipants({
      workspace,
      useCases,
      scorecards,
      decisions,
      participants,
    });
    return { workspace, useCases, participants, session, decision };
  }, [data]);
}
