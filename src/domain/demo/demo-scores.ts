/**
 * Who scored what in the demo: one scorecard per (use case, participant), with integer
 * scores in the canonical criterion order (CRITERION_IDS). null = left unset.
 * The rationales are per language, in texts/<language>.json (rationales), keyed by `key`.
 *
 * Reading guide (overall / value / feasibility with equal weights and the mean):
 * invoice capture is the clear quick win; instant quotes and the churn early warning are
 * strategic bets; password reset, ticket triage and approval routing are fill-ins; fast
 * account opening and the regulatory watch are to deprioritise. The service chatbot and the
 * churn early warning carry divergences of 2 between raters.
 */
import type { ParticipantKey } from './demo-structure';
import type { UseCaseKey } from './demo-use-cases';

export type DemoScore = 1 | 2 | 3 | 4 | 5 | null;

/** strategicValue, customerImpact, financialPotential, dataMaturity, technicalComplexity,
 * brandImpact, complianceRisk, strategicAlignment */
export type ScoreRow = readonly [
  DemoScore,
  DemoScore,
  DemoScore,
  DemoScore,
  DemoScore,
  DemoScore,
  DemoScore,
  DemoScore,
];

export interface ScorecardSpec<
  U extends UseCaseKey = UseCaseKey,
  P extends ParticipantKey = ParticipantKey,
> {
  key: `${U}/${P}`;
  useCase: U;
  participant: P;
  scores: ScoreRow;
}

function card<U extends UseCaseKey, P extends ParticipantKey>(
  useCase: U,
  participant: P,
  scores: ScoreRow,
): ScorecardSpec<U, P> {
  return { key: `${useCase}/${participant}`, useCase, participant, scores };
}

// prettier-ignore
export const SCORECARD_SPECS = [
  //                                                   SV CI FP DM TC BI CR SA
  card('invoiceCapture', 'facilitator',               [4, 2, 5, 4, 2, 2, 2, 5]),
  card('invoiceCapture', 'cfo',                       [5, 1, 5, 4, 2, 2, 2, 5]),
  card('discrepancyAssistant', 'facilitator',         [3, 1, 3, 3, 3, 1, 2, 4]),
  card('approvalRouting', 'facilitator',              [2, 1, 3, 4, 1, 1, 1, 2]),
  card('branchDataConsolidation', 'facilitator',      [4, 1, 3, 3, 2, 3, 3, 5]),
  card('regulatoryWatch', 'facilitator',              [3, 1, 2, 2, 3, 3, 4, 4]),
  card('safetySheetUpdates', 'facilitator',           [3, 1, 2, null, null, 2, 3, 3]),
  card('selfServiceReset', 'facilitator',             [3, 1, 3, 5, 1, 1, 2, 3]),
  card('ticketTriage', 'facilitator',                 [3, 1, 3, 4, 2, 1, 2, 5]),
  card('itKnowledgeAssistant', 'facilitator',         [3, 1, null, 3, 3, 1, null, 4]),
  card('instantQuotes', 'facilitator',                [5, 5, 4, 2, 4, 4, 3, 5]),
  card('instantQuotes', 'customerServiceHead',        [5, 5, 4, 1, 5, 4, 3, 5]),
  card('serviceChatbot', 'facilitator',               [3, 4, 4, 3, 3, 3, 4, 3]),
  card('serviceChatbot', 'cfo',                       [3, 3, 5, 3, 3, 2, 3, 3]),
  card('serviceChatbot', 'customerServiceHead',       [3, 2, 4, 3, 3, 2, 4, 3]),
  card('deliveryDelayAlerts', 'facilitator',          [4, 4, 3, 3, 3, 4, 2, 4]),
  card('deliveryDelayAlerts', 'customerServiceHead',  [4, 5, 3, 2, 3, 5, 2, 4]),
  card('churnEarlyWarning', 'facilitator',            [5, 4, 4, 2, 4, 3, 3, 5]),
  card('churnEarlyWarning', 'cfo',                    [4, 3, 2, 2, 4, 3, 3, 4]),
  card('fastAccountOpening', 'facilitator',           [3, 3, 2, 2, 4, 2, 5, 2]),
] as const satisfies readonly ScorecardSpec[];
