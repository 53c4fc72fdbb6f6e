import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import { listParticipants, listScorecardsOfUseCase } from '../db/repositories/scorecards';
import { agreedScoresOf, type AgreedScore } from '../domain/scoring/group-scores';
import type { CriterionId } from '../domain/schema/criterion';
import type { Decision } from '../domain/schema/decision';
import type { Participant } from '../domain/schema/participant';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';
import type { Workspace } from '../domain/schema/workspace';
import { listDivergenceResolutions } from '../db/repositories/workspace-reads';
import type { RankingRecords } from './ranking-records-read';
import { useRankingRecords, useWorkspace, useWorkspaceParticipants } from './workspace-queries';

export interface GroupScoringData {
  workspace: Workspace;
  useCases: UseCase[];
  /** Sorted by name in the workspace's language. */
  participants: Participant[];
  /**
   * The scorecards anyone may see: with blind scoring, those of a use case not yet revealed are
   * left out (SCORING.md section 9: no one sees another participant's scores before the reveal,
   * not in the divergences, the heatmap nor the tooltips).
   */
  scorecards: Scorecard[];
  resolutions: Decision[];
  /** The agreements in force, per use case and criterion. */
  agreed: Map<string, Map<CriterionId, AgreedScore>>;
}

function byName(locale: string) {
  const collator = new Intl.Collator(locale);
  return (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
}

/**
 * The group-scoring data of one read of the records (shared with the other screens that rank),
 * so that leaving the screen and coming back finds it ready.
 */
const derived = new WeakMap<
  RankingRecords,
  { participants: readonly Participant[]; data: GroupScoringData }
>();

/**
 * The group-scoring data from the workspace's shared reads. With blind scoring, the scorecards of
 * a use case not yet revealed are left out here, before any view sees them.
 */
function groupScoringOf(
  workspace: Workspace,
  records: RankingRecords,
  participants: readonly Participant[],
): GroupScoringData {
  const known = derived.get(records);
  if (known && known.data.workspace === workspace && known.participants === participants)
    return known.data;
  const hidden = new Set(
    workspace.blindScoring
      ? records.useCases.filter((u) => u.scoresRevealedAt === null).map((u) => u.id)
      : [],
  );
  const resolutions = records.decisions.filter((d) => d.kind === 'divergenceResolution');
  const data: GroupScoringData = {
    workspace,
    useCases: records.useCases,
    scorecards: hidden.size
      ? records.scorecards.filter((c) => !hidden.has(c.useCaseId))
      : records.scorecards,
    participants: [...participants].sort(byName(workspace.language)),
    resolutions,
    agreed: agreedScoresOf(resolutions),
  };
  derived.set(records, { participants, data });
  return data;
}

/**
 * Everything the group-scoring screen shows, read live through the workspace's shared reads (the
 * records the ranking reads, kept while the workspace is open, and its participants); undefined
 * while loading, null if no workspace.
 */
export function useGroupScoring(workspaceId: string): GroupScoringData | null | undefined {
  const workspace = useWorkspace(workspaceId);
  const records = useRankingRecords(workspaceId);
  const participants = useWorkspaceParticipants(workspaceId);
  return useMemo(() => {
    if (workspace === null) return null;
    // Just moved to another workspace: the previous one's scores are not shown under its name.
    if (!workspace || !records || !participants || workspace.id !== workspaceId) return undefined;
    return groupScoringOf(workspace, records, participants);
  }, [workspace, records, participants, workspaceId]);
}

export interface UseCaseGroupScoring {
  participants: Participant[];
  scorecards: Scorecard[];
  agreed: Map<CriterionId, AgreedScore>;
}

/** One use case's scorecards, the workspace's participants and the agreements about it, live. */
export function useUseCaseGroupScoring(
  workspaceId: string,
  useCaseId: string,
  locale: string,
): UseCaseGroupScoring | undefined {
  const data = useLiveQuery(async () => {
    const db = database();
    const [participants, scorecards, resolutions] = await Promise.all([
      listParticipants(db, workspaceId),
      listScorecardsOfUseCase(db, useCaseId),
      listDivergenceResolutions(db, workspaceId),
    ]);
    return { participants, scorecards, resolutions };
  }, [workspaceId, useCaseId]);
  return useMemo(() => {
    if (!data) return undefined;
    return {
      participants: [...data.participants].sort(byName(locale)),
      scorecards: data.scorecards,
      agreed: agreedScoresOf(data.resolutions).get(useCaseId) ?? new Map(),
    };
  }, [data, locale, useCaseId]);
}
