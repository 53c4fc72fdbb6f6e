/**
 * The facts the roadmap needs about each use case, from the workspace's own data: the ranking
 * (SCORING.md sections 4 to 9: group scores, quadrant, rank) and the clarity (section 12).
 * The same function feeds the screen and the repository, so that the suggestion the screen
 * shows is the one a move is checked against.
 */
import { clarityOf, type Clarity } from '../qualification/clarity';
import { rankUseCases, type RankedUseCase } from '../ranking/rank-use-cases';
import { aggregateScores } from '../scoring/aggregate-scores';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Workspace } from '../schema/workspace';
import type { RoadmapCandidate } from './suggest-roadmap';

export interface RoadmapFacts {
  candidates: RoadmapCandidate[];
  ranked: Map<string, RankedUseCase>;
  clarity: Map<string, Clarity>;
}

export function roadmapFactsOf(
  workspace: Workspace,
  useCases: readonly UseCase[],
  scorecards: readonly Scorecard[],
): RoadmapFacts {
  const byUseCase = new Map<string, Scorecard[]>();
  for (const card of scorecards) {
    const list = byUseCase.get(card.useCaseId);
    if (list) list.push(card);
    else byUseCase.set(card.useCaseId, [card]);
  }
  const ranking = rankUseCases(
    useCases.map((u) => ({
      id: u.id,
      title: u.title,
      values: aggregateScores(byUseCase.get(u.id) ?? [], workspace.aggregation),
    })),
    { weights: workspace.weights, thresholds: workspace.thresholds, locale: workspace.language },
  );
  const ranked = new Map(ranking.ranked.map((r) => [r.id, r]));
  const clarity = new Map(useCases.map((u) => [u.id, clarityOf(u)]));
  const candidates = useCases.map((u) => {
    const r = ranked.get(u.id);
    return {
      id: u.id,
      scope: u.scope,
      status: u.status,
      clear: clarity.get(u.id)?.clear ?? false,
      rank: r?.rank ?? null,
      quadrant: r?.quadrant ?? null,
    };
  });
  return { candidates, ranked, clarity };
}
