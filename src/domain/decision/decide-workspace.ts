/**
 * SCORING.md section 13: the one decision function. Every surface (screens, explanations, the
 * business case, the roadmap suggestion, KPI conflicts, exceptions, every export, snapshots, the
 * live session, the benchmark, the test hooks) reads its result; nothing else recomputes a score,
 * a rank, a quadrant or a benefit. docs/decision-model.md tells the same in the product's words.
 *
 * The pipeline, per use case: effective score per criterion (single rater, mean or median, or the
 * group's agreed score; nothing while a blind round is not revealed) -> overall, value and
 * feasibility (section 4) -> quadrant (section 6, within 1e-9) -> rank (section 7, ties within
 * 1e-9) -> decided position (overrides) ; and the financial estimate (section 11) and clarity
 * (section 12). Contributions (section 5) on demand: contributionsOfDecision.
 */
import type { Weights } from '../schema/criterion';
import type { Decision, Override } from '../schema/decision';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Workspace } from '../schema/workspace';
import { applyOverrides } from '../ranking/apply-overrides';
import { rankIndexes } from '../ranking/rank-use-cases';
import { titleRanksOf } from '../ranking/title-order';
import { agreedScoresOf } from '../scoring/group-scores';
import { quadrantOf } from '../scoring/quadrant';
import { missingCriteria } from '../scoring/score-use-case';
import { estimateFinances } from '../finance/financial-estimate';
import { clarityOf } from '../qualification/clarity';
import { effectiveScoresOf } from './effective-scores';
import { decisionsKeysOf, settingsKeyOf, type DecisionsKeys } from './decision-memo';

export type { EffectiveScore } from './effective-scores';

import type {
  DecisionInput,
  RankedDecision,
  UseCaseDecision,
  WorkspaceDecision,
} from './decision-types';

export type {
  DecisionInput,
  RankedDecision,
  UseCaseDecision,
  WorkspaceDecision,
} from './decision-types';

/** What does not depend on the weights, thresholds or overrides, per use case. */
type UseCaseBase = Pick<
  UseCaseDecision,
  'id' | 'title' | 'standing' | 'scores' | 'values' | 'missing' | 'raters' | 'finance' | 'clarity'
>;

interface Bases {
  scorecards: readonly Scorecard[];
  /** The last list of decisions seen, and what the decision reads of it. */
  decisions: readonly Decision[];
  keys: DecisionsKeys;
  aggregation: Workspace['aggregation'];
  blindScoring: boolean;
  list: UseCaseBase[];
  raterCount: number;
  /** The last decision taken from these bases, with its settings and overrides. */
  last: { settings: string; overrides: string; decision: WorkspaceDecision } | null;
}

/**
 * The effective scores, finance and clarity of each use case are kept per snapshot (the same
 * use-case and scorecard lists, the same agreements, aggregation and blind setting): a change of
 * weights, thresholds or overrides re-ranks a large workspace without aggregating it again. The
 * lists are snapshots (the live reads give new lists on every change); they are not changed in
 * place. A new list of decisions that differs only by decisions the decision does not read
 * (roadmap placements, arbitrations, withdrawn ones: decision-memo.ts) keeps the bases, and with
 * the same settings and overrides the whole decision (the same object).
 */
const kept = new WeakMap<readonly UseCase[], Bases>();
const NO_CARDS: readonly Scorecard[] = [];

function basesOf(input: DecisionInput): Bases {
  const { workspace } = input;
  const known = kept.get(input.useCases);
  const sameLists = known?.scorecards === input.scorecards;
  const keys =
    known && sameLists && known.decisions === input.decisions
      ? known.keys
      : decisionsKeysOf(input.decisions);
  if (
    known &&
    sameLists &&
    known.keys.agreements === keys.agreements &&
    known.aggregation === workspace.aggregation &&
    known.blindScoring === workspace.blindScoring
  ) {
    known.decisions = input.decisions;
    known.keys = keys;
    return known;
  }
  const agreed = agreedScoresOf(input.decisions);
  // Most use cases have one scorecard (or none): a list is made only for a second one.
  const cardsByUseCase = new Map<string, Scorecard | Scorecard[]>();
  const raterIds = new Set<string>();
  for (const card of input.scorecards) {
    raterIds.add(card.participantId);
    const known = cardsByUseCase.get(card.useCaseId);
    if (known === undefined) cardsByUseCase.set(card.useCaseId, card);
    else if (Array.isArray(known)) known.push(card);
    else cardsByUseCase.set(card.useCaseId, [known, card]);
  }
  const one: Scorecard[] = [];
  const list = new Array<UseCaseBase>(input.useCases.length);
  for (let i = 0; i < list.length; i++) {
    const useCase = input.useCases[i] as UseCase;
    const known = cardsByUseCase.get(useCase.id);
    const cards = known === undefined ? NO_CARDS : Array.isArray(known) ? known : one;
    one[0] = known as Scorecard;
    // A blind round hides a use case once someone scored it, until the facilitator reveals it.
    const hidden = workspace.blindScoring && useCase.scoresRevealedAt === null && cards.length > 0;
    const { scores, values, raters } = effectiveScoresOf(
      cards,
      workspace.aggregation,
      agreed.get(useCase.id),
      hidden,
    );
    const missing = missingCriteria(values);
    list[i] = {
      id: useCase.id,
      title: useCase.title,
      standing: hidden ? 'awaitingReveal' : missing.length > 0 ? 'toScore' : 'ranked',
      scores,
      values,
      missing,
      raters,
      finance: estimateFinances(useCase.financialEstimate),
      clarity: clarityOf(useCase),
    };
  }
  one.length = 0;
  const bases: Bases = {
    scorecards: input.scorecards,
    decisions: input.decisions,
    keys,
    aggregation: workspace.aggregation,
    blindScoring: workspace.blindScoring,
    list,
    raterCount: raterIds.size,
    last: null,
  };
  kept.set(input.useCases, bases);
  return bases;
}

const NOT_RANKED = {
  overall: null,
  value: null,
  feasibility: null,
  quadrant: null,
  rank: null,
} as const;

/** One use case's decision, every field in one literal (one shape for all, cheap at 50,000). */
function decisionOf(
  base: UseCaseBase,
  r: Pick<UseCaseDecision, 'overall' | 'value' | 'feasibility' | 'quadrant' | 'rank'>,
  decidedRank: number | null,
  overrideIds: string[],
  weights: Weights,
): UseCaseDecision {
  return {
    id: base.id,
    title: base.title,
    standing: base.standing,
    scores: base.scores,
    values: base.values,
    missing: base.missing,
    raters: base.raters,
    overall: r.overall,
    value: r.value,
    feasibility: r.feasibility,
    quadrant: r.quadrant,
    rank: r.rank,
    decidedRank,
    overrideIds,
    finance: base.finance,
    clarity: base.clarity,
    weights,
  };
}

const RANKING_ACTIONS: ReadonlySet<Override['action']> = new Set([
  'forceIntoTop',
  'forceOutOfTop',
  'setPosition',
]);

/** SCORING.md section 13: the whole decision of one workspace. */
export function decideWorkspace(input: DecisionInput): WorkspaceDecision {
  const { workspace } = input;
  const { weights, thresholds } = workspace;
  const bases = basesOf(input);
  const settings = settingsKeyOf(input);
  const { last } = bases;
  if (last && last.settings === settings && last.overrides === bases.keys.overrides)
    return last.decision;
  const list = bases.list;

  // The title order depends on the use-case list only (kept while it is the same list): a change
  // of weights re-ranks without sorting thousands of titles again.
  const ranking = rankIndexes(list, weights, titleRanksOf(input.useCases, workspace.language));
  const byId = new Map<string, UseCaseDecision>();
  const ranked = new Array<RankedDecision>(ranking.order.length);
  for (let p = 0; p < ranked.length; p++) {
    const c = ranking.order[p] as number;
    const value = ranking.value[c] as number;
    const feasibility = ranking.feasibility[c] as number;
    const scores = {
      overall: ranking.overall[c] as number,
      value,
      feasibility,
      quadrant: quadrantOf(value, feasibility, thresholds),
      rank: p + 1,
    };
    const base = list[ranking.scored[c] as number] as UseCaseBase;
    const d = decisionOf(base, scores, p + 1, [], weights) as RankedDecision;
    byId.set(d.id, d);
    ranked[p] = d;
  }
  const overrides = input.decisions.filter(
    (x): x is Override => x.kind === 'override' && x.withdrawnAt === null,
  );
  // The decided order (SCORING.md section 7): the computed one unless a ranking override applies.
  let decided = ranked;
  if (overrides.some((o) => RANKING_ACTIONS.has(o.action))) {
    const positions = applyOverrides(ranked, overrides, workspace.topK);
    decided = positions.map((p) => {
      const d = byId.get(p.id) as RankedDecision;
      d.decidedRank = p.decidedRank;
      d.overrideIds = p.overrideIds;
      return d;
    });
  }
  const toScore: UseCaseDecision[] = [];
  const awaitingReveal: UseCaseDecision[] = [];
  for (const index of ranking.toScore) {
    const d = decisionOf(list[index] as UseCaseBase, NOT_RANKED, null, [], weights);
    byId.set(d.id, d);
    (d.standing === 'awaitingReveal' ? awaitingReveal : toScore).push(d);
  }
  const decision: WorkspaceDecision = {
    weights,
    thresholds,
    ranked,
    decided,
    toScore,
    awaitingReveal,
    byId,
    participantCount: Math.max(input.participantCount ?? 0, bases.raterCount),
    overrideCount: overrides.length,
    topK: workspace.topK,
  };
  bases.last = { settings, overrides: bases.keys.overrides, decision };
  return decision;
}

/**
 * The decision of records that list the workspace's participants: they count as the ranking
 * counts them (the M of "N of M scored"), wherever the decision is taken (snapshot, live session,
 * workshop, exports).
 */
export function decideWithParticipants(
  records: Omit<DecisionInput, 'participantCount'> & { participants: readonly unknown[] },
): WorkspaceDecision {
  const { workspace, useCases, scorecards, decisions } = records;
  const participantCount = records.participants.length;
  return decideWorkspace({ workspace, useCases, scorecards, decisions, participantCount });
}
