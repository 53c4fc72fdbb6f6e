/**
 * SCORING.md section 13: the one decision function. Every surface (screens, explanations, the
 * business case, the roadmap suggestion, KPI conflicts, exceptions, every export, snapshots, the
 * live session, the benchmark, the test hooks) reads its result; nothing else recomputes a score,
 * a rank, a quadrant or a benefit.
 *
 * First version (contract): the types below are what the other areas code against. The issue
 * "One decision, the same everywhere" makes this the only computation and deletes the copies.
 */
import { CRITERION_IDS, type CriterionId, type Weights } from '../schema/criterion';
import type { Decision, Override } from '../schema/decision';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Workspace } from '../schema/workspace';
import { applyOverrides } from '../ranking/apply-overrides';
import { rankUseCases, type RankingInput } from '../ranking/rank-use-cases';
import { aggregateScores, scoresOf } from '../scoring/aggregate-scores';
import { agreedScoresOf, type AgreedScore } from '../scoring/group-scores';
import type { Quadrant } from '../scoring/quadrant';
import type { CriterionValues } from '../scoring/score-use-case';
import { estimateFinances, type FinancialResult } from '../finance/financial-estimate';
import { clarityOf, type Clarity } from '../qualification/clarity';

/** Everything the decision depends on: a snapshot of one workspace. */
export interface DecisionInput {
  workspace: Pick<
    Workspace,
    'weights' | 'thresholds' | 'aggregation' | 'blindScoring' | 'language' | 'topK'
  >;
  useCases: readonly UseCase[];
  scorecards: readonly Scorecard[];
  decisions: readonly Decision[];
}

/** Where a criterion's effective score comes from (SCORING.md sections 9 and 13). */
export type ScoreSource = 'single' | 'mean' | 'median' | 'agreed' | 'none';

export interface EffectiveScore {
  /** The score the model uses (full precision), or null when nobody scored it. */
  value: number | null;
  source: ScoreSource;
  /** How many participants scored this criterion. */
  raters: number;
  /** The agreement in force, when the group agreed on this criterion. */
  agreement: AgreedScore | null;
}

/** ranked: fully scored and visible; toScore: a criterion is unset; awaitingReveal: blind round. */
export type UseCaseStanding = 'ranked' | 'toScore' | 'awaitingReveal';

export interface UseCaseDecision {
  id: string;
  title: string;
  standing: UseCaseStanding;
  /** Effective score per criterion; all 'none' while awaiting reveal (nothing leaks). */
  scores: Record<CriterionId, EffectiveScore>;
  /** The effective values alone (null when unset or hidden), as the scoring functions take them. */
  values: CriterionValues;
  /** Criteria still unset (to score). */
  missing: CriterionId[];
  /** Participants who scored at least one criterion (shown as "3 of 5 scored" while blind). */
  raters: number;
  overall: number | null;
  value: number | null;
  feasibility: number | null;
  quadrant: Quadrant | null;
  /** The model's rank (1 = best), null unless ranked. */
  rank: number | null;
  /** The position people decided (overrides applied), null unless ranked. */
  decidedRank: number | null;
  /** Active ranking overrides of this use case, oldest first. */
  overrideIds: string[];
  /** SCORING.md section 11. */
  finance: FinancialResult;
  /** SCORING.md section 12. */
  clarity: Clarity;
}

export interface WorkspaceDecision {
  weights: Weights;
  thresholds: Workspace['thresholds'];
  /** Ranked use cases, best first (computed order). */
  ranked: UseCaseDecision[];
  /** Ranked use cases in the decided order (overrides applied). */
  decided: UseCaseDecision[];
  toScore: UseCaseDecision[];
  awaitingReveal: UseCaseDecision[];
  byId: ReadonlyMap<string, UseCaseDecision>;
}

function sourceOf(raters: number, aggregation: Workspace['aggregation']): ScoreSource {
  if (raters === 0) return 'none';
  if (raters === 1) return 'single';
  return aggregation;
}

/** SCORING.md section 13: the whole decision of one workspace. */
export function decideWorkspace(input: DecisionInput): WorkspaceDecision {
  const { workspace } = input;
  const agreed = agreedScoresOf(input.decisions);
  const cardsByUseCase = new Map<string, Scorecard[]>();
  for (const card of input.scorecards) {
    const list = cardsByUseCase.get(card.useCaseId);
    if (list) list.push(card);
    else cardsByUseCase.set(card.useCaseId, [card]);
  }

  const pending = new Map<string, UseCaseDecision>();
  const rankingInputs: RankingInput[] = [];
  for (const useCase of input.useCases) {
    const cards = cardsByUseCase.get(useCase.id) ?? [];
    const hidden = workspace.blindScoring && useCase.scoresRevealedAt === null;
    const agreedHere = hidden ? undefined : agreed.get(useCase.id);
    const aggregated = aggregateScores(cards, workspace.aggregation);
    const scores = {} as Record<CriterionId, EffectiveScore>;
    const values = {} as CriterionValues;
    for (const id of CRITERION_IDS) {
      const raters = scoresOf(cards, id).length;
      const agreement = agreedHere?.get(id) ?? null;
      if (hidden) scores[id] = { value: null, source: 'none', raters, agreement: null };
      else if (agreement)
        scores[id] = { value: agreement.agreedScore, source: 'agreed', raters, agreement };
      else
        scores[id] = {
          value: aggregated[id],
          source: sourceOf(raters, workspace.aggregation),
          raters,
          agreement: null,
        };
      values[id] = scores[id].value;
    }
    const missing = CRITERION_IDS.filter((id) => values[id] === null);
    const raters = cards.filter((c) =>
      CRITERION_IDS.some((id) => c.scores[id].score !== null),
    ).length;
    const standing: UseCaseStanding =
      hidden && cards.length > 0 ? 'awaitingReveal' : missing.length > 0 ? 'toScore' : 'ranked';
    pending.set(useCase.id, {
      id: useCase.id,
      title: useCase.title,
      standing,
      scores,
      values,
      missing: hidden ? [...CRITERION_IDS] : missing,
      raters,
      overall: null,
      value: null,
      feasibility: null,
      quadrant: null,
      rank: null,
      decidedRank: null,
      overrideIds: [],
      finance: estimateFinances(useCase.financialEstimate),
      clarity: clarityOf(useCase),
    });
    if (standing === 'ranked') rankingInputs.push({ id: useCase.id, title: useCase.title, values });
  }

  const ranking = rankUseCases(rankingInputs, {
    weights: workspace.weights,
    thresholds: workspace.thresholds,
    locale: workspace.language,
  });
  const ranked: UseCaseDecision[] = [];
  for (const r of ranking.ranked) {
    const d = pending.get(r.id) as UseCaseDecision;
    d.overall = r.overall;
    d.value = r.value;
    d.feasibility = r.feasibility;
    d.quadrant = r.quadrant;
    d.rank = r.rank;
    ranked.push(d);
  }
  const overrides = input.decisions.filter((x): x is Override => x.kind === 'override');
  const decided = applyOverrides(ranking.ranked, overrides, workspace.topK).map((p) => {
    const d = pending.get(p.id) as UseCaseDecision;
    d.decidedRank = p.decidedRank;
    d.overrideIds = p.overrideIds;
    return d;
  });
  const toScore = ranking.toScore.map((t) => pending.get(t.id) as UseCaseDecision);
  const awaitingReveal = [...pending.values()].filter((d) => d.standing === 'awaitingReveal');
  return {
    weights: workspace.weights,
    thresholds: workspace.thresholds,
    ranked,
    decided,
    toScore,
    awaitingReveal,
    byId: pending,
  };
}
