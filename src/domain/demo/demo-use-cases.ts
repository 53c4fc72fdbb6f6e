/**
 * The language-independent part of the demo's use cases: scope, status, anchors, owner,
 * success measure, KPI effects and financial inputs. Texts are in texts/<language>.json.
 */
import type { AutomationLevel, Scope, UseCaseStatus } from '../schema/use-case';
import type { KpiKey, StepKey } from './demo-structure';

export interface FinancialSpec {
  yearlyVolume: number | null;
  minutesSavedPerItem: number | null;
  hourlyCost: number | null;
  adoptionRate: number | null;
  yearlyRevenueUplift: number | null;
  oneOffCost: number | null;
  yearlyRunningCost: number | null;
}

export interface MeasureSpec {
  kpi: KpiKey | null;
  baseline: number | null;
  target: number | null;
  /** YYYY-MM-DD */
  reviewDate: string | null;
}

export interface EffectSpec {
  kpi: KpiKey;
  effect: 'increase' | 'decrease';
}

interface UseCaseSpec {
  key: string;
  scope: Scope;
  status: UseCaseStatus;
  steps: readonly StepKey[];
  /** A person's name, the same in both languages. Empty: not yet named (a gap the demo shows). */
  owner: string;
  automationLevel: AutomationLevel | null;
  measure: MeasureSpec;
  effects: readonly EffectSpec[];
  financial: FinancialSpec;
}

/** Financial inputs in SCORING.md section 11 order; null = not estimated. */
function fin(
  yearlyVolume: number | null,
  minutesSavedPerItem: number | null,
  hourlyCost: number | null,
  adoptionRate: number | null,
  yearlyRevenueUplift: number | null,
  oneOffCost: number | null,
  yearlyRunningCost: number | null,
): FinancialSpec {
  return {
    yearlyVolume,
    minutesSavedPerItem,
    hourlyCost,
    adoptionRate,
    yearlyRevenueUplift,
    oneOffCost,
    yearlyRunningCost,
  };
}

function measure(
  kpi: KpiKey | null,
  baseline: number | null,
  target: number | null,
  reviewDate: string | null,
): MeasureSpec {
  return { kpi, baseline, target, reviewDate };
}

const up = (kpi: KpiKey): EffectSpec => ({ kpi, effect: 'increase' });
const down = (kpi: KpiKey): EffectSpec => ({ kpi, effect: 'decrease' });

// fin(volume/yr, minutes saved per item, loaded EUR/h, adoption %, revenue uplift/yr, one-off, running/yr)
export const USE_CASE_SPECS = [
  {
    key: 'invoiceCapture',
    scope: 'internal',
    status: 'planned',
    steps: ['receiveInvoices', 'matchOrders'],
    owner: 'Sophie Garnier',
    automationLevel: 'automateWithReview',
    measure: measure('invoiceCost', 9.4, 4.5, '2027-03-31'),
    effects: [down('invoiceCost')],
    financial: fin(48_000, 6, 38, 80, null, 65_000, 18_000),
  },
  {
    key: 'discrepancyAssistant',
    scope: 'internal',
    status: 'scored',
    steps: ['resolveDiscrepancies'],
    owner: 'Julien Roux',
    automationLevel: 'suggest',
    measure: measure('invoiceCost', 9.4, 8.2, '2027-06-30'),
    effects: [down('invoiceCost')],
    financial: fin(7_200, 15, 42, 60, null, 40_000, 9_000),
  },
  {
    key: 'approvalRouting',
    scope: 'internal',
    status: 'scored',
    steps: ['approveInvoices'],
    owner: 'Claire Martin',
    automationLevel: 'automate',
    measure: measure('invoiceCost', 9.4, 8.8, '2027-03-31'),
    effects: [down('invoiceCost')],
    financial: fin(48_000, 1, 55, 90, null, 12_000, 3_000),
  },
  {
    key: 'supplierQueryBot',
    scope: 'internal',
    status: 'idea',
    steps: ['payAndAnswerSuppliers'],
    owner: '',
    automationLevel: null,
    measure: measure(null, null, null, null),
    effects: [],
    financial: fin(null, null, null, null, null, null, null),
  },
  {
    key: 'branchDataConsolidation',
    scope: 'internal',
    status: 'planned',
    steps: ['collectBranchData', 'reconcileWithErp'],
    owner: 'Nadia Haddad',
    automationLevel: 'automateWithReview',
    measure: measure('regReportDays', 12, 5, '2027-01-31'),
    effects: [down('regReportDays')],
    financial: fin(540, 90, 48, 100, null, 35_000, 6_000),
  },
  {
    key: 'regulatoryWatch',
    scope: 'internal',
    status: 'scored',
    steps: ['watchRegulation'],
    owner: '',
    automationLevel: 'suggest',
    measure: measure('regReportDays', 12, 10, '2027-09-30'),
    effects: [down('regReportDays')],
    financial: fin(52, 180, 70, 70, null, 25_000, 12_000),
  },
  {
    key: 'safetySheetUpdates',
    scope: 'internal',
    status: 'qualified',
    steps: ['updateSafetySheets'],
    owner: 'Julien Roux',
    automationLevel: 'automateWithReview',
    measure: measure(null, null, null, '2027-06-30'),
    effects: [],
    financial: fin(3_500, 12, 40, 75, null, 30_000, 7_000),
  },
  {
    key: 'selfServiceReset',
    scope: 'internal',
    status: 'scored',
    steps: ['resolveCommonRequests'],
    owner: 'Thomas Lefèvre',
    automationLevel: 'automate',
    measure: measure('ticketTime', 19, 14, '2027-02-28'),
    effects: [down('ticketTime')],
    financial: fin(10_400, 10, 45, 70, null, 15_000, 8_000),
  },
  {
    key: 'ticketTriage',
    scope: 'internal',
    status: 'scored',
    steps: ['submitRequest', 'triageTickets'],
    owner: 'Thomas Lefèvre',
    automationLevel: 'automateWithReview',
    measure: measure('ticketTime', 19, 15, '2027-04-30'),
    effects: [down('ticketTime')],
    financial: fin(26_000, 3, 45, 85, null, 20_000, 6_000),
  },
  {
    key: 'itKnowledgeAssistant',
    scope: 'internal',
    status: 'qualified',
    steps: ['maintainKnowledgeBase', 'resolveCommonRequests'],
    owner: 'Inès Moreau',
    automationLevel: 'assist',
    measure: measure('ticketTime', 19, 16, '2027-10-31'),
    effects: [down('ticketTime')],
    financial: fin(14_000, 5, 45, 50, null, 45_000, 15_000),
  },
  {
    key: 'instantQuotes',
    scope: 'external',
    status: 'scored',
    steps: ['requestQuote'],
    owner: 'Camille Petit',
    automationLevel: 'automateWithReview',
    measure: measure('churn', 11.5, 9.5, '2027-12-31'),
    effects: [down('churn'), up('nps')],
    financial: fin(36_000, 20, 40, 60, 1_200_000, 420_000, 90_000),
  },
  {
    key: 'serviceChatbot',
    scope: 'external',
    status: 'scored',
    steps: ['contactCustomerService'],
    owner: 'Karim Benali',
    automationLevel: 'automate',
    measure: measure('handlingTime', 9, 6.5, '2027-06-30'),
    effects: [down('handlingTime'), down('nps')],
    financial: fin(95_000, 4, 36, 40, null, 120_000, 45_000),
  },
  {
    key: 'deliveryDelayAlerts',
    scope: 'external',
    status: 'planned',
    steps: ['orderAndDelivery', 'contactCustomerService'],
    owner: 'Julien Roux',
    automationLevel: 'automate',
    measure: measure('nps', 31, 38, '2027-06-30'),
    effects: [up('nps'), down('handlingTime'), up('fcr')],
    financial: fin(28_000, 6, 36, 90, null, 55_000, 14_000),
  },
  {
    key: 'churnEarlyWarning',
    scope: 'external',
    status: 'scored',
    steps: ['reorderAndLoyalty', 'dormantAccounts'],
    owner: 'Camille Petit',
    automationLevel: 'suggest',
    measure: measure('churn', 11.5, 9, '2027-12-31'),
    effects: [down('churn'), up('handlingTime')],
    financial: fin(null, null, null, null, 850_000, 180_000, 40_000),
  },
  {
    key: 'fastAccountOpening',
    scope: 'external',
    status: 'scored',
    steps: ['openAccount'],
    owner: 'Claire Martin',
    automationLevel: 'automateWithReview',
    measure: measure('nps', 31, 33, '2027-09-30'),
    effects: [up('nps'), up('dso')],
    financial: fin(2_400, 45, 42, 80, 150_000, 140_000, 30_000),
  },
] as const satisfies readonly UseCaseSpec[];
export type UseCaseKey = (typeof USE_CASE_SPECS)[number]['key'];
