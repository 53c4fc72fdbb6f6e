import { clarityOf } from '../qualification/clarity';
import type { RankedUseCase } from '../ranking/rank-use-cases';
import type { Quadrant } from '../scoring/quadrant';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Wave } from '../schema/roadmap';
import type { Scope, UseCase, UseCaseStatus } from '../schema/use-case';

/** Scores as exported: two decimals, enough to check a rank by hand. */
export function roundScore(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface RankedListRow {
  rank: number;
  title: string;
  overall: number;
  value: number;
  feasibility: number;
  quadrant: Quadrant;
  scope: Scope;
  status: UseCaseStatus;
  owner: string;
  /** The group's score per criterion (mean or median of the raters), 1..5. */
  scores: Record<CriterionId, number>;
  /** Clarity items filled, 0..7 (SCORING.md section 12). */
  clarity: number;
}

/** One line per ranked use case, in rank order. */
export function rankedListRows(
  ranked: readonly RankedUseCase[],
  useCasesById: ReadonlyMap<string, UseCase>,
): RankedListRow[] {
  return ranked.flatMap((r) => {
    const useCase = useCasesById.get(r.id);
    if (!useCase) return [];
    const scores = Object.fromEntries(
      CRITERION_IDS.map((id) => [id, roundScore(r.values[id] ?? 0)]),
    ) as Record<CriterionId, number>;
    return [
      {
        rank: r.rank,
        title: useCase.title,
        overall: roundScore(r.overall),
        value: roundScore(r.value),
        feasibility: roundScore(r.feasibility),
        quadrant: r.quadrant,
        scope: useCase.scope,
        status: useCase.status,
        owner: useCase.owner,
        scores,
        clarity: clarityOf(useCase).filled,
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
  ranked: readonly RankedUseCase[],
  useCasesById: ReadonlyMap<string, UseCase>,
): RoadmapRow[] {
  const rankedById = new Map(ranked.map((r) => [r.id, r]));
  return [...waves]
    .sort((a, b) => a.position - b.position)
    .flatMap((wave) =>
      wave.useCaseIds
        .flatMap((id) => {
          const useCase = useCasesById.get(id);
          if (!useCase) return [];
          const r = rankedById.get(id);
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
