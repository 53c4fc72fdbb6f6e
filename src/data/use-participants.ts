import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { readWorkspaceLists } from '../db/repositories/workspace-reads';
import type { Participant } from '../domain/schema/participant';

export interface ParticipantsOverview {
  participants: Participant[];
  /** How many use cases each participant scored (scorecards; no score is shown). */
  scorecardCount: ReadonlyMap<string, number>;
}

/** The participants of a workspace, by name, with their scorecard counts (read live). */
export function useParticipants(workspaceId: string): ParticipantsOverview | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const lists = ['participants', 'scorecards'] as const;
    const { participants, scorecards } = await readWorkspaceLists(db, workspaceId, lists);
    const scorecardCount = new Map<string, number>();
    for (const c of scorecards)
      scorecardCount.set(c.participantId, (scorecardCount.get(c.participantId) ?? 0) + 1);
    const collator = new Intl.Collator();
    participants.sort((a, b) => collator.compare(a.name, b.name));
    return { participants, scorecardCount };
  }, [workspaceId]);
}
