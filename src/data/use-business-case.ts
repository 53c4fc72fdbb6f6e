import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import {
  readBusinessCaseRecords,
  type BusinessCaseRecords,
} from '../db/repositories/business-case';
import type { WorkspaceRanking } from './use-ranking';
import { useWorkflowAnchors, useWorkspaceParticipants } from './workspace-queries';

/**
 * The workflows, steps, participants, scorecards and decisions of a workspace, read live, for
 * the one-page business cases and the book; undefined while loading.
 */
export function useBusinessCaseRecords(workspaceId: string): BusinessCaseRecords | undefined {
  return useLiveQuery(() => readBusinessCaseRecords(database(), workspaceId), [workspaceId]);
}

/**
 * What the business case of one use case shows besides the ranking: its scorecards and the
 * decisions about it, taken from the records the ranking was decided from (already in memory,
 * so its figures and its scores are of the same read), with the workspace's participants,
 * workflows and steps (small shared reads). Nothing of the whole workspace is read again.
 */
export function useUseCaseBusinessCaseRecords(
  data: WorkspaceRanking,
  useCaseId: string,
): BusinessCaseRecords | undefined {
  const workspaceId = data.workspace.id;
  const participants = useWorkspaceParticipants(workspaceId);
  const anchors = useWorkflowAnchors(workspaceId);
  const { scorecards, decisions } = data.input;
  return useMemo(
    () =>
      participants && anchors
        ? {
            workflows: anchors.workflows,
            steps: anchors.steps,
            participants,
            scorecards: scorecards.filter((c) => c.useCaseId === useCaseId),
            decisions: decisions.filter((d) => 'useCaseId' in d && d.useCaseId === useCaseId),
          }
        : undefined,
    [participants, anchors, scorecards, decisions, useCaseId],
  );
}
