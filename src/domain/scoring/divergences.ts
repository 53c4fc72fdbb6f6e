import { groupBy } from '../collections/group-by';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { CriterionScores } from '../schema/scorecard';
import type { Aggregation } from '../schema/workspace';
import { titleOrder } from '../search/title-order';
import { DIVERGENCE_TO_DISCUSS, aggregateScores, divergenceOf } from './aggregate-scores';

interface ScorecardLike {
  useCaseId: string;
  participantId: string;
  scores: CriterionScores;
}

interface UseCaseLike {
  id: string;
  title: string;
}

/** One participant's answer on the criterion under discussion. */
export interface ParticipantAnswer {
  participantId: string;
  score: number;
  rationale: string;
}

/** A criterion of a use case whose participants' scores differ by 2 or more (SCORING.md section 9). */
export interface Divergence {
  useCaseId: string;
  title: string;
  criterion: CriterionId;
  /** max - min of the participants' scores. */
  spread: number;
  /** Every participant who scored it, in the order of `participantOrder`, then by id. */
  answers: ParticipantAnswer[];
}

/** The key of a criterion of a use case, as `alsoKeep` of listDivergences expects it. */
export function divergenceKey(useCaseId: string, criterion: CriterionId): string {
  return `${useCaseId}/${criterion}`;
}

/**
 * The criteria flagged "to discuss" across use cases (divergence >= 2), most divergent first;
 * ties by use case title (Intl.Collator of `locale`), then the criterion's canonical order,
 * then the use case id. `alsoKeep` (keys from divergenceKey) lists criteria to include even
 * below the threshold: those the group already resolved, whose scores may have moved since.
 */
export function listDivergences(
  useCases: readonly UseCaseLike[],
  scorecards: readonly ScorecardLike[],
  participantOrder: readonly string[],
  locale: string,
  alsoKeep: ReadonlySet<string> = new Set(),
): Divergence[] {
  const rank = new Map(participantOrder.map((id, i) => [id, i]));
  const position = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const cardsOf = groupBy(scorecards, (c) => c.useCaseId);
  const out: Divergence[] = [];
  for (const useCase of useCases) {
    const cards = [...(cardsOf.get(useCase.id) ?? [])].sort(
      (a, b) =>
        position(a.participantId) - position(b.participantId) ||
        (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0),
    );
    for (const criterion of CRITERION_IDS) {
      const answers: ParticipantAnswer[] = [];
      for (const card of cards) {
        const { score, rationale } = card.scores[criterion];
        if (score !== null) answers.push({ participantId: card.participantId, score, rationale });
      }
      const spread = divergenceOf(answers.map((a) => a.score));
      if (spread >= DIVERGENCE_TO_DISCUSS || alsoKeep.has(divergenceKey(useCase.id, criterion))) {
        out.push({ useCaseId: useCase.id, title: useCase.title, criterion, spread, answers });
      }
    }
  }
  // Each distinct title compared once with the collator, then ranks compared as numbers.
  const compare = titleOrder(locale);
  const titles = [...new Set(out.map((d) => d.title))].sort(compare);
  const titleRank = new Map<string, number>();
  titles.forEach((title, i) => {
    const before = titles[i - 1];
    // Titles the collator holds equal share a rank, as they would compare equal.
    const same = before !== undefined && compare(before, title) === 0;
    titleRank.set(title, same ? (titleRank.get(before) ?? i) : i);
  });
  const rankOf = (title: string) => titleRank.get(title) ?? 0;
  const order = new Map(CRITERION_IDS.map((id, i) => [id, i]));
  return out.sort(
    (a, b) =>
      b.spread - a.spread ||
      rankOf(a.title) - rankOf(b.title) ||
      (order.get(a.criterion) ?? 0) - (order.get(b.criterion) ?? 0) ||
      (a.useCaseId < b.useCaseId ? -1 : a.useCaseId > b.useCaseId ? 1 : 0),
  );
}

/** One cell of the divergence heatmap; spread null = fewer than two raters (or groups). */
export interface DivergenceCell {
  spread: number | null;
  /** How many raters (or groups) scored the criterion. */
  count: number;
}

export interface DivergenceRow {
  useCaseId: string;
  title: string;
  cells: Record<CriterionId, DivergenceCell>;
}

/**
 * The heatmap of divergence, use cases x criteria. `groupOf` says whose scores are compared:
 * each participant on their own (the spread of section 9), or each department as one voice
 * (its members' scores aggregated by the workspace's method, mean or median), so that the
 * spread says how far departments stand apart. Rows in the order of `useCases`.
 */
export function divergenceMatrix(
  useCases: readonly UseCaseLike[],
  scorecards: readonly ScorecardLike[],
  groupOf: (participantId: string) => string,
  method: Aggregation,
): DivergenceRow[] {
  const cardsOf = groupBy(scorecards, (c) => c.useCaseId);
  return useCases.map((useCase) => {
    const groups = groupBy(cardsOf.get(useCase.id) ?? [], (c) => groupOf(c.participantId));
    const voices = [...groups.values()].map((cards) => aggregateScores(cards, method));
    const cells = {} as Record<CriterionId, DivergenceCell>;
    for (const id of CRITERION_IDS) {
      const given = voices.flatMap((v) => (v[id] === null ? [] : [v[id]]));
      cells[id] = { spread: given.length < 2 ? null : divergenceOf(given), count: given.length };
    }
    return { useCaseId: useCase.id, title: useCase.title, cells };
  });
}

/** The key under which participants without a department are grouped. */
export const NO_DEPARTMENT = '';
