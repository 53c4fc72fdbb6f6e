/**
 * The types of the one decision function's input and result (decide-workspace.ts, SCORING.md
 * section 13).
 */
import type { CriterionId, Weights } from '../schema/criterion';
import type { Decision } from '../schema/decision';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Workspace } from '../schema/workspace';
import type { Quadrant } from '../scoring/quadrant';
import type { CriterionValues } from '../scoring/score-use-case';
import type { FinancialResult } from '../finance/financial-estimate';
import type { Clarity } from '../qualification/clarity';
import type { EffectiveScore } from './effective-scores';

/** Everything the decision depends on: a snapshot of one workspace. */
export interface DecisionInput {
  workspace: Pick<
    Workspace,
    'weights' | 'thresholds' | 'aggregation' | 'blindScoring' | 'language' | 'topK'
  >;
  useCases: readonly UseCase[];
  scorecards: readonly Scorecard[];
  decisions: readonly Decision[];
  /** How many participants the workspace has (the M of "N of M scored"); default: the raters seen. */
  participantCount?: number;
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
  /** Criteria still unset (to score); all eight while awaiting reveal. */
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
  /** The workspace's weights the scores were computed with (contributionsOfDecision). */
  weights: Weights;
}

/** A ranked use case: every score, its quadrant and its ranks are there. */
export interface RankedDecision extends UseCaseDecision {
  standing: 'ranked';
  overall: number;
  value: number;
  feasibility: number;
  quadrant: Quadrant;
  rank: number;
  decidedRank: number;
}

export interface WorkspaceDecision {
  weights: Weights;
  thresholds: Workspace['thresholds'];
  /** Ranked use cases, best first (computed order). */
  ranked: RankedDecision[];
  /** Ranked use cases in the decided order (overrides applied). */
  decided: RankedDecision[];
  /** Use cases with an unset criterion, in title order. */
  toScore: UseCaseDecision[];
  /** Use cases of a blind round not yet revealed, in title order. */
  awaitingReveal: UseCaseDecision[];
  byId: ReadonlyMap<string, UseCaseDecision>;
  /** The M of "N of M scored": the workspace's participants (at least every rater seen). */
  participantCount: number;
  /** Active ranking overrides in the workspace (where the model and people disagree). */
  overrideCount: number;
  topK: number;
}
