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
import {
  listDivergenceResolutions,
  readWorkspaceWith,
  SCORING_LISTS,
} from '../db/repositories/workspace-reads';

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

/** Everything the group-scoring screen shows, read live; undefined while loading, null if no workspace. */
export function useGroupScoring(workspaceId: string): GroupScoringData | null | undefined {
  const data = useLiveQuery(async () => {
    const db = database();
    const [records, resolutions] = await Promise.all([
      readWorkspaceWith(db, workspaceId, SCORING_LISTS),
      listDivergenceResolutions(db, workspaceId),
    ]);
    return records && { ...records, resolutions };
  }, [workspaceId]);
  return useMemo(() => {
    if (!data) return data;
    const { workspace } = data;
    const hidden = new Set(
      workspace.blindScoring
        ? data.useCases.filter((u) => u.scoresRevealedAt === null).map((u) => u.id)
        : [],
    );
    return {
      ...data,
      scorecards: data.scorecards.filter((c) => !hidden.has(c.useCaseId)),
      participants: [...data.participants].sort(byName(workspace.language)),
      agreed: agreedScoresOf(data.resolutions),
    };
  }, [data]);
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
