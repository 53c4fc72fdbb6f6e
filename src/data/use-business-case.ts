import { useMemo } from 'react';
import type { BusinessCaseRecords } from '../db/repositories/business-case';
import type { WorkspaceRanking } from './use-ranking';
import { useWorkflowAnchors, useWorkspaceParticipants } from './workspace-queries';

/**
 * What the book of business cases shows besides the ranking: every scorecard and decision, those
 * the ranking was decided from (already in memory: its figures and its scores are of the same
 * read, and the book reads none of the workspace's records again; at 50,000 use cases reading
 * them again cost about a second of waiting and 0.3 s of the main thread), with the workspace's
 * participants, workflows and steps (small shared reads). Undefined while loading.
 */
export function useBookRecords(
  data: WorkspaceRanking | null | undefined,
  workspaceId: string,
): BusinessCaseRecords | undefined {
  const participants = useWorkspaceParticipants(workspaceId);
  const anchors = useWorkflowAnchors(workspaceId);
  const input = data?.input;
  return useMemo(
    () =>
      participants && anchors && input
        ? {
            workflows: anchors.workflows,
            steps: anchors.steps,
            participants,
            scorecards: input.scorecards,
            decisions: input.decisions,
          }
        : undefined,
    [participants, anchors, input],
  );
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
