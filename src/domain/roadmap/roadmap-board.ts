/**
 * What the roadmap board shows besides the waves: the use cases in no wave, split the way the
 * suggestion would split them. A use case the suggestion puts out (deprioritise) is in the
 * "out" list; every other use case in no wave is in the backlog. Done and abandoned ones are
 * in neither. Both lists are ordered by rank, those to score last.
 */
import {
  suggestedLocationOf,
  type PlacementReason,
  type RoadmapCandidate,
  type RoadmapSuggestion,
} from './suggest-roadmap';

export interface UnplacedCard {
  useCaseId: string;
  /** Why the suggestion keeps it out of the waves (null: the suggestion puts it in a wave). */
  reason: PlacementReason | null;
}

export interface UnplacedCards {
  backlog: UnplacedCard[];
  out: UnplacedCard[];
}

export function unplacedCards(
  candidates: readonly RoadmapCandidate[],
  placedIds: ReadonlySet<string>,
  suggestion: RoadmapSuggestion,
): UnplacedCards {
  const rest = candidates
    .filter((c) => !placedIds.has(c.id) && c.status !== 'done' && c.status !== 'abandoned')
    .sort(
      (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || 0,
    );
  const backlog: UnplacedCard[] = [];
  const out: UnplacedCard[] = [];
  for (const c of rest) {
    const where = suggestedLocationOf(suggestion, c.id);
    if (where.kind === 'out') out.push({ useCaseId: c.id, reason: where.reason });
    else
      backlog.push({
        useCaseId: c.id,
        reason: where.kind === 'backlog' ? where.reason : null,
      });
  }
  return { backlog, out };
}
