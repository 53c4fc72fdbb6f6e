import { useEffect } from 'react';
import { database } from '../db/database';
import {
  getWorkspace,
  listFrictions,
  listSteps,
  listUseCases,
  listWorkflows,
  ofWorkspace,
  watchRankingRecords,
  watchRankingStamps,
} from '../db/repositories/workspace-reads';
import { sameAsJson } from '../domain/collections/same-as-json';
import type { Participant } from '../domain/schema/participant';
import type { UseCase } from '../domain/schema/use-case';
import type { Friction, Step, Workflow } from '../domain/schema/workflow';
import type { Workspace } from '../domain/schema/workspace';
import { takeEarlyRankingRead } from '../db/early-ranking-read';
import { checkRankingCopyOffThread } from '../db/ranking-copy-check';
import { forgetCachedRankingRecords } from '../db/ranking-cache';
import {
  keepRankingRecordsRead,
  keepShownInPlaceOf,
  readRankingRecords,
  type RankingRecords,
} from './ranking-records-read';
import {
  retainLiveQuery,
  useSharedLiveQuery,
  warmLiveQuery,
  type HandOver,
} from './shared-live-query';

/**
 * The live reads a workspace's screens share, each under a key naming what it reads. They load
 * no schema, so the app can start them as soon as a workspace address is opened.
 */

export interface WorkflowAnchors {
  workflows: Workflow[];
  steps: Step[];
}

export interface DiscoveryRecords extends WorkflowAnchors {
  frictions: Friction[];
  useCases: UseCase[];
}

const workspaceRead = (workspaceId: string) => ({
  key: `workspace:${workspaceId}`,
  read: async (): Promise<Workspace | null> => getWorkspace(database(), workspaceId),
});

/** How long after the screen has drawn a copy of the ranking records is checked. */
const COPY_CHECKED_AFTER_MS = 3_000;

const rankingRecordsRead = (workspaceId: string) => ({
  key: `ranking-records:${workspaceId}`,
  read: () => readRankingRecords(database(), workspaceId),
  /** The records the page read before Dexie was loaded (main.tsx), if it did for this workspace. */
  handOver: (): HandOver<RankingRecords> | null => {
    const early = takeEarlyRankingRead(workspaceId);
    if (!early) return null;
    const { records, changed, onChange, stop, fromCopy, copyStamp, readStamp } = early;
    const observe = async (shown: RankingRecords): Promise<RankingRecords> => {
      const db = database();
      const stamp = copyStamp();
      if (stamp === null) {
        await watchRankingRecords(db, workspaceId);
        await keepRankingRecordsRead(db, workspaceId, shown, readStamp());
        return shown;
      }
      // The copy was taken under the stamp stored now, so it is the stored records; checked all
      // the same (a tab of an older release writes without renewing the stamp), in a worker: at
      // 50,000 use cases the read takes seconds. Meanwhile every stamped write wakes the query.
      await watchRankingStamps(db, workspaceId);
      const verdict = await checkRankingCopyOffThread({ name: db.name, workspaceId, stamp });
      if (verdict === 'same') {
        await keepRankingRecordsRead(db, workspaceId, shown, stamp);
        return shown;
      }
      const stored = await readRankingRecords(db, workspaceId);
      if (verdict === 'unknown' && sameAsJson(stored, shown)) {
        keepShownInPlaceOf(db, workspaceId, stored, shown);
        return shown;
      }
      await forgetCachedRankingRecords(workspaceId);
      return stored;
    };
    // A copy is checked a few seconds after the screen has drawn (the early watch hears every
    // change meantime): the check reads every record, and the screen's own reads come first.
    const startAfterMs = () => (fromCopy() ? COPY_CHECKED_AFTER_MS : 0);
    return { value: records, changed, onChange, stop, observe, startAfterMs };
  },
});

const participantsRead = (workspaceId: string) => ({
  key: `participants:${workspaceId}`,
  read: async (): Promise<Participant[]> => ofWorkspace(database().participants, workspaceId),
});

const workflowAnchorsRead = (workspaceId: string) => ({
  key: `workflow-anchors:${workspaceId}`,
  read: async (): Promise<WorkflowAnchors> => {
    const db = database();
    const [workflows, steps] = await Promise.all([
      listWorkflows(db, workspaceId),
      listSteps(db, workspaceId),
    ]);
    return { workflows, steps };
  },
});

/** The workflows, steps, frictions and use cases of a workspace, read once (in a live query). */
export async function readDiscoveryRecords(workspaceId: string): Promise<DiscoveryRecords> {
  const db = database();
  const [workflows, steps, frictions, useCases] = await Promise.all([
    listWorkflows(db, workspaceId),
    listSteps(db, workspaceId),
    listFrictions(db, workspaceId),
    listUseCases(db, workspaceId),
  ]);
  return { workflows, steps, frictions, useCases };
}

const discoveryRecordsRead = (workspaceId: string) => ({
  key: `discovery-records:${workspaceId}`,
  read: () => readDiscoveryRecords(workspaceId),
});

/** What a screen reads beyond its workspace, so its route can start reading it early. */
export type WorkspaceRead =
  'rankingRecords' | 'participants' | 'workflowAnchors' | 'discoveryRecords';

const READS = {
  rankingRecords: rankingRecordsRead,
  participants: participantsRead,
  workflowAnchors: workflowAnchorsRead,
  discoveryRecords: discoveryRecordsRead,
};

/** Starts the live reads of a workspace screen before its code has loaded. */
export function warmWorkspaceReads(workspaceId: string, reads: readonly WorkspaceRead[]): void {
  const workspace = workspaceRead(workspaceId);
  warmLiveQuery(workspace.key, workspace.read);
  for (const name of reads) {
    if (name === 'rankingRecords') {
      const { key, read, handOver } = rankingRecordsRead(workspaceId);
      warmLiveQuery(key, read, handOver);
      continue;
    }
    const { key, read } = READS[name](workspaceId);
    warmLiveQuery<unknown>(key, read);
  }
}

/**
 * While a workspace is open, its ranking records stay in memory once a screen has read them: the
 * next screen that ranks (matrix, ranking, book...) opens without reading 10,000 use cases and
 * their scorecards again, and shares the decision already computed from them.
 */
export function useRetainedWorkspaceReads(workspaceId: string): void {
  useEffect(() => retainLiveQuery(rankingRecordsRead(workspaceId).key), [workspaceId]);
}

/** One workspace: undefined while loading, null when it does not exist. */
export function useWorkspace(workspaceId: string): Workspace | null | undefined {
  const { key, read } = workspaceRead(workspaceId);
  return useSharedLiveQuery(key, read);
}

/** The use cases of a workspace with their scorecards, decisions and participants, read live. */
export function useRankingRecords(workspaceId: string): RankingRecords | undefined {
  const { key, read, handOver } = rankingRecordsRead(workspaceId);
  return useSharedLiveQuery(key, read, handOver);
}

/** The workspace's participants (in storage order), read live. */
export function useWorkspaceParticipants(workspaceId: string): Participant[] | undefined {
  const { key, read } = participantsRead(workspaceId);
  return useSharedLiveQuery(key, read);
}

/** The workspace's workflows and steps in order, read live. */
export function useWorkflowAnchors(workspaceId: string): WorkflowAnchors | undefined {
  const { key, read } = workflowAnchorsRead(workspaceId);
  return useSharedLiveQuery(key, read);
}

/** What the discovery screens show besides the workspace: workflows, steps, frictions, use cases. */
export function useDiscoveryRecords(workspaceId: string): DiscoveryRecords | undefined {
  const { key, read } = discoveryRecordsRead(workspaceId);
  return useSharedLiveQuery(key, read);
}
