import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listAuditEntriesFor } from '../db/repositories/audit-trail';
import {
  findParticipantByName,
  listParticipants,
  listScorecardsOfUseCase,
} from '../db/repositories/scorecards';
import { getUseCase } from '../db/repositories/use-cases';
import type { AuditEntry } from '../domain/schema/audit-entry';
import type { Participant } from '../domain/schema/participant';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';

export function useUseCase(useCaseId: string): UseCase | null | undefined {
  return useLiveQuery(() => getUseCase(database(), useCaseId), [useCaseId]);
}

export interface UseCaseScoring {
  scorecards: Scorecard[];
  participants: Participant[];
  /** The scorecard of the person at this browser, if they scored already. */
  own: Scorecard | null;
}

export function useUseCaseScoring(
  workspaceId: string,
  useCaseId: string,
  actor: string,
): UseCaseScoring | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [scorecards, participants, me] = await Promise.all([
      listScorecardsOfUseCase(db, useCaseId),
      listParticipants(db, workspaceId),
      actor ? findParticipantByName(db, workspaceId, actor) : Promise.resolve(null),
    ]);
    return {
      scorecards,
      participants,
      own: scorecards.find((c) => c.participantId === me?.id) ?? null,
    };
  }, [workspaceId, useCaseId, actor]);
}

export function useUseCaseHistory(
  workspaceId: string,
  useCaseId: string,
): AuditEntry[] | undefined {
  // The use case's own entries, its scores, and the decisions about it (overrides, agreements).
  return useLiveQuery(async () => {
    const db = database();
    const decisions = await db.decisions.where('useCaseId').equals(useCaseId).primaryKeys();
    return listAuditEntriesFor(db, workspaceId, [useCaseId, ...decisions]);
  }, [workspaceId, useCaseId]);
}
