/**
 * The language-independent skeleton of the demo workspace: which records exist, in which
 * order, how they reference each other, and every number (use cases: demo-use-cases.ts;
 * scores: demo-scores.ts). The texts live in per-language tables keyed by the same keys
 * (texts/fr.json, texts/en.json, read by demo-texts.ts), so both languages always have the same structure,
 * the same ids order and the same scores.
 */
import type { StepKind, JourneyPhase } from '../schema/workflow';

export const DEPARTMENT_KEYS = [
  'finance',
  'customerService',
  'sales',
  'it',
  'legal',
  'operations',
] as const;
export type DepartmentKey = (typeof DEPARTMENT_KEYS)[number];

export const INITIATIVE_KEYS = ['backOffice', 'artisansFirst', 'trustedData'] as const;

interface KpiSpec {
  key: string;
  department: DepartmentKey;
  direction: 'up' | 'down';
  baseline: number;
}

export const KPI_SPECS = [
  { key: 'invoiceCost', department: 'finance', direction: 'down', baseline: 9.4 },
  { key: 'dso', department: 'finance', direction: 'down', baseline: 58 },
  { key: 'nps', department: 'sales', direction: 'up', baseline: 31 },
  { key: 'churn', department: 'sales', direction: 'down', baseline: 11.5 },
  { key: 'fcr', department: 'customerService', direction: 'up', baseline: 62 },
  { key: 'handlingTime', department: 'customerService', direction: 'down', baseline: 9 },
  { key: 'ticketTime', department: 'it', direction: 'down', baseline: 19 },
  { key: 'regReportDays', department: 'legal', direction: 'down', baseline: 12 },
] as const satisfies readonly KpiSpec[];
export type KpiKey = (typeof KPI_SPECS)[number]['key'];

export interface StepSpec<K extends string = string> {
  key: K;
  kind: StepKind | null;
  phase: JourneyPhase | null;
  department: DepartmentKey;
  owner: string;
  yearlyVolume: number | null;
}

function step<K extends string>(
  key: K,
  kind: StepKind,
  department: DepartmentKey,
  owner: string,
  yearlyVolume: number | null,
): StepSpec<K> {
  return { key, kind, phase: null, department, owner, yearlyVolume };
}

function journeyStep<K extends string>(
  key: K,
  phase: JourneyPhase,
  department: DepartmentKey,
  owner: string,
  yearlyVolume: number | null,
): StepSpec<K> {
  return { key, kind: null, phase, department, owner, yearlyVolume };
}

interface WorkflowSpec {
  key: string;
  kind: 'internal' | 'journey';
  steps: readonly StepSpec[];
}

export const WORKFLOW_SPECS = [
  {
    key: 'supplierInvoices',
    kind: 'internal',
    steps: [
      step('receiveInvoices', 'highVolume', 'finance', 'Sophie Garnier', 48_000),
      step('matchOrders', 'highVolume', 'finance', 'Sophie Garnier', 48_000),
      step('resolveDiscrepancies', 'longTail', 'operations', 'Julien Roux', 7_200),
      step('approveInvoices', 'control', 'finance', 'Claire Martin', 48_000),
      step('payAndAnswerSuppliers', 'longTail', 'finance', 'Sophie Garnier', 6_500),
    ],
  },
  {
    key: 'regulatoryReporting',
    kind: 'internal',
    steps: [
      step('collectBranchData', 'highVolume', 'legal', 'Nadia Haddad', 540),
      step('reconcileWithErp', 'control', 'finance', 'Nadia Haddad', 12),
      step('watchRegulation', 'knowledge', 'legal', 'Nadia Haddad', null),
      step('draftDeclarations', 'knowledge', 'legal', 'Étienne Faure', 6),
      step('updateSafetySheets', 'longTail', 'operations', 'Julien Roux', 3_500),
    ],
  },
  {
    key: 'itHelpdesk',
    kind: 'internal',
    steps: [
      step('submitRequest', 'highVolume', 'it', 'Thomas Lefèvre', 26_000),
      step('triageTickets', 'highVolume', 'it', 'Thomas Lefèvre', 26_000),
      step('resolveCommonRequests', 'longTail', 'it', 'Thomas Lefèvre', 14_000),
      step('escalateTickets', 'control', 'it', 'Inès Moreau', 4_000),
      step('maintainKnowledgeBase', 'knowledge', 'it', 'Inès Moreau', null),
    ],
  },
  {
    key: 'proJourney',
    kind: 'journey',
    steps: [
      journeyStep('searchProducts', 'discovery', 'sales', 'Camille Petit', 420_000),
      journeyStep('requestQuote', 'discovery', 'sales', 'Camille Petit', 36_000),
      journeyStep('openAccount', 'onboarding', 'finance', 'Claire Martin', 2_400),
      journeyStep('orderAndDelivery', 'engagement', 'operations', 'Julien Roux', 310_000),
      journeyStep('contactCustomerService', 'support', 'customerService', 'Karim Benali', 95_000),
      journeyStep('reorderAndLoyalty', 'retention', 'sales', 'Camille Petit', 9_000),
      journeyStep('dormantAccounts', 'afterJourney', 'sales', 'Camille Petit', 1_050),
    ],
  },
] as const satisfies readonly WorkflowSpec[];
export type StepKey = (typeof WORKFLOW_SPECS)[number]['steps'][number]['key'];

interface FrictionSpec<K extends string = string> {
  key: K;
  step: StepKey;
  severity: 1 | 2 | 3;
  kpis: readonly KpiKey[];
}

function friction<K extends string>(
  key: K,
  stepKey: StepKey,
  severity: 1 | 2 | 3,
  kpis: readonly KpiKey[],
): FrictionSpec<K> {
  return { key, step: stepKey, severity, kpis };
}

export const FRICTION_SPECS = [
  friction('manualKeying', 'receiveInvoices', 3, ['invoiceCost']),
  friction('discrepancyMailboxes', 'resolveDiscrepancies', 2, ['invoiceCost']),
  friction('approvalBottleneck', 'approveInvoices', 2, ['invoiceCost']),
  friction('paymentQueries', 'payAndAnswerSuppliers', 1, ['invoiceCost']),
  friction('spreadsheetsPerBranch', 'collectBranchData', 3, ['regReportDays']),
  friction('singlePersonWatch', 'watchRegulation', 2, ['regReportDays']),
  friction('outdatedSafetySheets', 'updateSafetySheets', 2, []),
  friction('passwordResets', 'resolveCommonRequests', 2, ['ticketTime']),
  friction('misroutedTickets', 'triageTickets', 2, ['ticketTime']),
  friction('slowQuotes', 'requestQuote', 3, ['churn', 'nps']),
  friction('slowAccountOpening', 'openAccount', 2, ['nps', 'dso']),
  friction('noDelayWarning', 'orderAndDelivery', 3, ['nps', 'handlingTime']),
  friction('whereIsMyDelivery', 'contactCustomerService', 2, ['handlingTime', 'fcr']),
  friction('churnSeenTooLate', 'dormantAccounts', 3, ['churn']),
] as const satisfies readonly FrictionSpec[];

export const PARTICIPANT_SPECS = [
  /** The facilitator: their name is the `actor` given to the builder. */
  { key: 'facilitator', name: null, department: 'it' },
  { key: 'cfo', name: 'Claire Martin', department: 'finance' },
  { key: 'customerServiceHead', name: 'Karim Benali', department: 'customerService' },
] as const satisfies readonly { key: string; name: string | null; department: DepartmentKey }[];
export type ParticipantKey = (typeof PARTICIPANT_SPECS)[number]['key'];
