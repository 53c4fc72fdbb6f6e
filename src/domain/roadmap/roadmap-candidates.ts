/**
 * The facts the roadmap needs about each use case, read from the workspace's decision
 * (SCORING.md section 13: effective scores, quadrant, rank, clarity). The same function feeds the
 * screen and the repository, so that the suggestion the screen shows is the one a move is checked
 * against. A use case awaiting reveal (blind round) is not placed by its scores: it has no rank.
 */
import type { RankedDecision, WorkspaceDecision } from '../decision/decide-workspace';
import type { Clarity } from '../qualification/clarity';
import type { UseCase } from '../schema/use-case';
import type { RoadmapCandidate } from './suggest-roadmap';

export interface RoadmapFacts {
  candidates: RoadmapCandidate[];
  ranked: Map<string, RankedDecision>;
  clarity: Map<string, Clarity>;
}

export function roadmapFactsOf(
  decision: WorkspaceDecision,
  useCases: readonly UseCase[],
): RoadmapFacts {
  const ranked = new Map(decision.ranked.map((r) => [r.id, r]));
  const clarity = new Map<string, Clarity>();
  const candidates = useCases.map((u) => {
    const d = decision.byId.get(u.id);
    const r = ranked.get(u.id);
    if (d) clarity.set(u.id, d.clarity);
    return {
      id: u.id,
      scope: u.scope,
      status: u.status,
      clear: d?.clarity.clear ?? false,
      rank: r?.rank ?? null,
      quadrant: r?.quadrant ?? null,
    };
  });
  return { candidates, ranked, clarity };
}
