/**
 * The JSON report (issue 13, point 1): the decision of a workspace as a versioned, documented
 * file for other tools (docs/decision-model.md, "The JSON report"). Everything in it is read from
 * the WorkspaceDecision (SCORING.md section 13): nothing is computed again. Numbers are at full
 * precision; keys and enum values are English identifiers whatever the UI language.
 *
 * Blind rounds (SCORING.md section 9): a use case awaiting reveal carries no score at all (no
 * effective score, no rater's score, no figure), only how many have scored it. No rater's own
 * score is ever written: only the effective score per criterion.
 */
import type { UseCaseDecision, WorkspaceDecision } from '../decision/decide-workspace';
import { settingsOfDecision } from '../decision/decision-settings';
import type { ScoreSource } from '../decision/effective-scores';
import type { FinancialInput } from '../finance/financial-estimate';
import type { ClarityItem } from '../qualification/clarity';
import type { Quadrant } from '../scoring/quadrant';
import { CRITERION_IDS, type CriterionId, type Weights } from '../schema/criterion';
import type { Decision, Override } from '../schema/decision';
import type { Workspace } from '../schema/workspace';

export const JSON_REPORT_FORMAT = 'clarte-decision-report';
export const JSON_REPORT_VERSION = 1;

export interface JsonReportScore {
  /** The effective score (single rater, mean, median or the group's agreed score). */
  value: number | null;
  source: ScoreSource;
  raters: number;
  /** The group's note, when the score was agreed. */
  agreedNote: string | null;
}

export type JsonReportBenefit =
  | { value: number; currency: string }
  | {
      value: null;
      currency: string;
      /** incomplete: an input it needs is missing (listed in needs); notEstimated: none given. */
      unavailable: 'incomplete' | 'notEstimated' | 'tooLarge';
      needs: FinancialInput[];
    };

export interface JsonReportOverride {
  id: string;
  action: Override['action'];
  position: number | null;
  reason: string;
  author: string;
  at: string;
}

export interface JsonReportUseCase {
  id: string;
  title: string;
  standing: UseCaseDecision['standing'];
  /** The model's rank (1 = best) and the position people decided; null unless ranked. */
  rank: number | null;
  decidedRank: number | null;
  overall: number | null;
  value: number | null;
  feasibility: number | null;
  quadrant: Quadrant | null;
  /** Per criterion; null while awaiting reveal (nothing of a blind round is written). */
  scores: Record<CriterionId, JsonReportScore> | null;
  /** Criteria still to score (standing toScore only). */
  missing: CriterionId[];
  /** "2 of 3 scored" while a blind round is not revealed; null otherwise. */
  awaitingReveal: { scored: number; of: number } | null;
  yearlyBenefit: JsonReportBenefit;
  clarity: { filled: number; of: number; clear: boolean; missing: ClarityItem[] };
  /** The ranking overrides in force on it, oldest first. */
  overrides: JsonReportOverride[];
}

export interface JsonReport {
  format: typeof JSON_REPORT_FORMAT;
  version: typeof JSON_REPORT_VERSION;
  generatedAt: string;
  workspace: { id: string; name: string; language: string };
  settings: {
    weights: Weights;
    thresholds: WorkspaceDecision['thresholds'];
    aggregation: Workspace['aggregation'];
    blindScoring: boolean;
    topK: number;
    participants: number;
  };
  /** Ranked use cases in the decided order, then those to score, then those awaiting reveal. */
  useCases: JsonReportUseCase[];
}

export interface JsonReportInput {
  decision: WorkspaceDecision;
  workspace: Pick<Workspace, 'id' | 'name' | 'language' | 'aggregation' | 'blindScoring'>;
  /** The workspace's decisions: the overrides named by the decision are described from them. */
  decisions: readonly Decision[];
  generatedAt: string;
}

const UNAVAILABLE = {
  'finance.unavailable.incomplete': 'incomplete',
  'finance.unavailable.noBenefitInputs': 'notEstimated',
  'finance.unavailable.tooLarge': 'tooLarge',
} as const;

function benefitOf(d: UseCaseDecision): JsonReportBenefit {
  const { yearlyBenefit, currency } = d.finance;
  if (yearlyBenefit.value !== null) return { value: yearlyBenefit.value, currency };
  const reason = yearlyBenefit.reason as keyof typeof UNAVAILABLE;
  return {
    value: null,
    currency,
    unavailable: UNAVAILABLE[reason] ?? 'notEstimated',
    needs: [...(yearlyBenefit.needs ?? [])],
  };
}

function scoresOf(d: UseCaseDecision): Record<CriterionId, JsonReportScore> | null {
  if (d.standing === 'awaitingReveal') return null;
  return Object.fromEntries(
    CRITERION_IDS.map((id) => {
      const s = d.scores[id];
      const score: JsonReportScore = {
        value: s.value,
        source: s.source,
        raters: s.raters,
        agreedNote: s.agreement?.note ?? null,
      };
      return [id, score];
    }),
  ) as Record<CriterionId, JsonReportScore>;
}

/** The JSON report of a decision (see JsonReport); JSON.stringify it to write the file. */
export function jsonReportOf(input: JsonReportInput): JsonReport {
  const { decision, workspace } = input;
  const overrides = new Map<string, Override>();
  for (const x of input.decisions) if (x.kind === 'override') overrides.set(x.id, x);
  const hidden = (d: UseCaseDecision) => d.standing === 'awaitingReveal';
  const useCaseOf = (d: UseCaseDecision): JsonReportUseCase => ({
    id: d.id,
    title: d.title,
    standing: d.standing,
    rank: d.rank,
    decidedRank: d.decidedRank,
    overall: d.overall,
    value: d.value,
    feasibility: d.feasibility,
    quadrant: d.quadrant,
    scores: scoresOf(d),
    missing: d.standing === 'toScore' ? [...d.missing] : [],
    awaitingReveal: hidden(d) ? { scored: d.raters, of: decision.participantCount } : null,
    yearlyBenefit: benefitOf(d),
    clarity: {
      filled: d.clarity.filled,
      of: d.clarity.filled + d.clarity.missing.length,
      clear: d.clarity.clear,
      missing: [...d.clarity.missing],
    },
    overrides: d.overrideIds.flatMap((id) => {
      const o = overrides.get(id);
      return o
        ? [
            {
              id,
              action: o.action,
              position: o.position,
              reason: o.reason,
              author: o.author,
              at: o.at,
            },
          ]
        : [];
    }),
  });
  return {
    format: JSON_REPORT_FORMAT,
    version: JSON_REPORT_VERSION,
    generatedAt: input.generatedAt,
    workspace: { id: workspace.id, name: workspace.name, language: workspace.language },
    settings: {
      ...settingsOfDecision(decision, workspace),
      participants: decision.participantCount,
    },
    useCases: [...decision.decided, ...decision.toScore, ...decision.awaitingReveal].map(useCaseOf),
  };
}
