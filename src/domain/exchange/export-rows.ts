import {
  decideWithParticipants,
  type RankedDecision,
  type WorkspaceDecision,
} from '../decision/decide-workspace';
import type { Quadrant } from '../scoring/quadrant';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Wave } from '../schema/roadmap';
import type { UseCase } from '../schema/use-case';
import type { WorkspaceBundle } from '../schema/workspace-bundle';

/** A ranked use case as exported, at full precision (files for reading round the table). */
export interface RankedListRow
  extends
    Pick<RankedDecision, 'rank' | 'overall' | 'value' | 'feasibility' | 'quadrant'>,
    Pick<UseCase, 'title' | 'scope' | 'status' | 'owner'> {
  /** The effective score per criterion (single, mean, median or agreed), 1..5. */
  scores: Record<CriterionId, number>;
  /** Clarity items filled, 0..7 (SCORING.md section 12). */
  clarity: number;
}

/** One line per ranked use case of the decision, in rank order. */
export function rankedListRows(
  ranked: readonly RankedDecision[],
  useCasesById: ReadonlyMap<string, UseCase>,
): RankedListRow[] {
  return ranked.flatMap((r) => {
    const useCase = useCasesById.get(r.id);
    if (!useCase) return [];
    const scores = Object.fromEntries(
      CRITERION_IDS.map((id) => [id, r.values[id] as number]),
    ) as Record<CriterionId, number>;
    return [
      {
        rank: r.rank,
        title: useCase.title,
        overall: r.overall,
        value: r.value,
        feasibility: r.feasibility,
        quadrant: r.quadrant,
        scope: useCase.scope,
        status: useCase.status,
        owner: useCase.owner,
        scores,
        clarity: r.clarity.filled,
      },
    ];
  });
}

export interface RoadmapRow {
  wave: string;
  /** 1 = first in its wave. */
  position: number;
  title: string;
  /** Null when the use case is not scored (not ranked). */
  rank: number | null;
  quadrant: Quadrant | null;
  owner: string;
}

/** One line per use case placed in a wave, waves in their order, cards in theirs. */
export function roadmapRows(
  waves: readonly Wave[],
  decision: Pick<WorkspaceDecision, 'byId'>,
  useCasesById: ReadonlyMap<string, UseCase>,
): RoadmapRow[] {
  return [...waves]
    .sort((a, b) => a.position - b.position)
    .flatMap((wave) =>
      wave.useCaseIds
        .flatMap((id) => {
          const useCase = useCasesById.get(id);
          if (!useCase) return [];
          const r = decision.byId.get(id);
          return [
            {
              wave: wave.name,
              position: 0,
              title: useCase.title,
              rank: r?.rank ?? null,
              quadrant: r?.quadrant ?? null,
              owner: useCase.owner,
            },
          ];
        })
        .map((row, i) => ({ ...row, position: i + 1 })),
    );
}

/**
 * The rows every export of a workspace writes (CSV, XLSX, Markdown), read from its decision
 * (SCORING.md section 13): agreements, median, overrides and blind rounds count as on screen.
 */
export function exportRowsOf(bundle: WorkspaceBundle): {
  decision: WorkspaceDecision;
  ranked: RankedListRow[];
  roadmap: RoadmapRow[];
} {
  const decision = decideWithParticipants(bundle);
  const byId = new Map(bundle.useCases.map((u) => [u.id, u]));
  return {
    decision,
    ranked: rankedListRows(decision.ranked, byId),
    roadmap: roadmapRows(bundle.waves, decision, byId),
  };
}
