import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { Scorecard } from '../schema/scorecard';
import type { Aggregation } from '../schema/workspace';
import type { AgreedScore } from '../scoring/group-scores';
import type { CriterionValues } from '../scoring/score-use-case';

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
  /**
   * What the participants' scores give by themselves (their only score, mean or median), shown
   * next to an agreed score ("agreed 4, median 2"); null when nobody scored it.
   */
  aggregated: number | null;
}

export interface UseCaseScores {
  scores: Record<CriterionId, EffectiveScore>;
  values: CriterionValues;
  /** Participants who scored at least one criterion. */
  raters: number;
}

/** The median of a short list (sorted in place). */
function medianOf(given: number[]): number {
  given.sort((a, b) => a - b);
  const mid = given.length >> 1;
  return given.length % 2 === 1
    ? (given[mid] as number)
    : ((given[mid - 1] as number) + (given[mid] as number)) / 2;
}

/*
 * Effective scores are read, never changed: the same frozen object serves every criterion nobody
 * scored and every score 1..5 of a single rater without agreement (a large workspace is mostly
 * these), so deciding 50,000 use cases does not allocate 400,000 small objects.
 */
const NO_SCORE: EffectiveScore = Object.freeze({
  value: null,
  source: 'none',
  raters: 0,
  agreement: null,
  aggregated: null,
});

/** SINGLE[s]: the score s (1..5) of a single rater, no agreement. */
const SINGLE: readonly EffectiveScore[] = [1, 2, 3, 4, 5].reduce<EffectiveScore[]>((all, s) => {
  all[s] = Object.freeze({ value: s, source: 'single', raters: 1, agreement: null, aggregated: s });
  return all;
}, []);

function singleScore(s: number): EffectiveScore {
  return SINGLE[s] ?? { value: s, source: 'single', raters: 1, agreement: null, aggregated: s };
}

/** Every criterion unscored (nobody scored, or a blind round not revealed). */
const NO_SCORES: Record<CriterionId, EffectiveScore> = Object.freeze(scoresFrom(() => NO_SCORE));
const NO_VALUES: CriterionValues = Object.freeze(valuesOf(NO_SCORES));

/** Scratch list of one criterion's scores (used synchronously, never kept). */
const given: number[] = [];

/** SCORING.md section 9 for one criterion of one use case. */
function effectiveScoreOf(
  cards: readonly Scorecard[],
  id: CriterionId,
  aggregation: Aggregation,
  agreed: ReadonlyMap<CriterionId, AgreedScore> | undefined,
): EffectiveScore {
  const agreement = agreed?.get(id) ?? null;
  if (cards.length === 1 && agreement === null) {
    const s = (cards[0] as Scorecard).scores[id].score;
    return s === null ? NO_SCORE : singleScore(s);
  }
  given.length = 0;
  let sum = 0;
  for (const card of cards) {
    const s = card.scores[id].score;
    if (s !== null) {
      given.push(s);
      sum += s;
    }
  }
  const count = given.length;
  const aggregated =
    count === 0
      ? null
      : count === 1
        ? (given[0] as number)
        : aggregation === 'median'
          ? medianOf(given)
          : sum / count;
  if (agreement)
    return { value: agreement.agreedScore, source: 'agreed', raters: count, agreement, aggregated };
  if (count === 0) return NO_SCORE;
  if (count === 1) return singleScore(given[0] as number);
  return {
    value: aggregated,
    source: aggregation,
    raters: count,
    agreement: null,
    aggregated,
  };
}

/** One object per use case, its keys in canonical order (CRITERION_IDS), in one allocation. */
function scoresFrom(of: (id: CriterionId) => EffectiveScore): Record<CriterionId, EffectiveScore> {
  return {
    strategicValue: of('strategicValue'),
    customerImpact: of('customerImpact'),
    financialPotential: of('financialPotential'),
    dataMaturity: of('dataMaturity'),
    technicalComplexity: of('technicalComplexity'),
    brandImpact: of('brandImpact'),
    complianceRisk: of('complianceRisk'),
    strategicAlignment: of('strategicAlignment'),
  };
}

function valuesOf(s: Record<CriterionId, EffectiveScore>): CriterionValues {
  return {
    strategicValue: s.strategicValue.value,
    customerImpact: s.customerImpact.value,
    financialPotential: s.financialPotential.value,
    dataMaturity: s.dataMaturity.value,
    technicalComplexity: s.technicalComplexity.value,
    brandImpact: s.brandImpact.value,
    complianceRisk: s.complianceRisk.value,
    strategicAlignment: s.strategicAlignment.value,
  };
}

/** Participants who scored at least one criterion. */
function ratersOf(cards: readonly Scorecard[]): number {
  let raters = 0;
  for (const card of cards) {
    for (const id of CRITERION_IDS) {
      if (card.scores[id].score !== null) {
        raters++;
        break;
      }
    }
  }
  return raters;
}

/**
 * SCORING.md section 9 for one use case: per criterion, the score of its only rater, the mean
 * (or median) of the participants who scored it, or the group's agreed score when there is one.
 * `hidden` (blind round not revealed): nothing of the participants' scores comes out, not even
 * how many scored each criterion; only the number of participants who scored.
 * The scores, and the values of a use case nobody scored, are shared and frozen: read them only.
 */
export function effectiveScoresOf(
  cards: readonly Scorecard[],
  aggregation: Aggregation,
  agreed: ReadonlyMap<CriterionId, AgreedScore> | undefined,
  hidden: boolean,
): UseCaseScores {
  const raters = ratersOf(cards);
  if (hidden || (cards.length === 0 && agreed === undefined))
    return { scores: NO_SCORES, values: NO_VALUES, raters };
  // A closure per use case would cost as much as the scores: the eight calls are written out.
  const scores: Record<CriterionId, EffectiveScore> = {
    strategicValue: effectiveScoreOf(cards, 'strategicValue', aggregation, agreed),
    customerImpact: effectiveScoreOf(cards, 'customerImpact', aggregation, agreed),
    financialPotential: effectiveScoreOf(cards, 'financialPotential', aggregation, agreed),
    dataMaturity: effectiveScoreOf(cards, 'dataMaturity', aggregation, agreed),
    technicalComplexity: effectiveScoreOf(cards, 'technicalComplexity', aggregation, agreed),
    brandImpact: effectiveScoreOf(cards, 'brandImpact', aggregation, agreed),
    complianceRisk: effectiveScoreOf(cards, 'complianceRisk', aggregation, agreed),
    strategicAlignment: effectiveScoreOf(cards, 'strategicAlignment', aggregation, agreed),
  };
  return { scores, values: valuesOf(scores), raters };
}
