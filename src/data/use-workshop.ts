import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import { listDecisions } from '../db/repositories/decision-input';
import { listWaves } from '../db/repositories/roadmap';
import { listParticipants } from '../db/repositories/scorecards';
import { getWorkspace, listScorecards } from '../db/repositories/workspace-reads';
import { listParkingLot, listWorkshops } from '../db/repositories/workshops';
import { readDiscoveryRecords } from './workspace-queries';
import type { Workshop } from '../domain/schema/workshop';
import {
  workshopFacts,
  type WorkshopFacts,
  type WorkshopRecords,
} from '../domain/workshop/workshop-facts';

async function readWorkshopRecords(workspaceId: string): Promise<WorkshopRecords | null> {
  const db = database();
  const workspace = await getWorkspace(db, workspaceId);
  if (!workspace) return null;
  const [discovery, participants, scorecards, decisions, waves, workshops, parkingLot] =
    await Promise.all([
      readDiscoveryRecords(workspaceId),
      listParticipants(db, workspaceId),
      listScorecards(db, workspaceId),
      listDecisions(db, workspaceId),
      listWaves(db, workspaceId),
      listWorkshops(db, workspaceId),
      listParkingLot(db, workspaceId),
    ]);
  return {
    workspace,
    participants,
    ...discovery,
    scorecards,
    decisions,
    waves,
    workshops,
    parkingLot,
  };
}

export interface WorkshopView {
  records: WorkshopRecords;
  facts: WorkshopFacts;
}

/** A workspace's records with the decision and progress facts, read live (null: no workspace). */
export function useWorkshopView(workspaceId: string): WorkshopView | null | undefined {
  const records = useLiveQuery(() => readWorkshopRecords(workspaceId), [workspaceId]);
  return useMemo(() => {
    if (records === undefined) return undefined;
    if (records === null) return null;
    return { records, facts: workshopFacts(records) };
  }, [records]);
}

/** The workshop under way on a workspace (not ended), null if none; undefined while loading. */
export function useOpenWorkshop(workspaceId: string): Workshop | null | undefined {
  return useLiveQuery(
    async () =>
      (await listWorkshops(database(), workspaceId)).find((w) => w.endedAt === null) ?? null,
    [workspaceId],
  );
}

/** The parking lot of a workspace, read live. */
export function useParkingLot(workspaceId: string) {
  return useLiveQuery(() => listParkingLot(database(), workspaceId), [workspaceId]);
}
