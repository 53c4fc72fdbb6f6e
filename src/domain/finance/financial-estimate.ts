import type { FinancialEstimate } from '../schema/use-case';

/** The currencies offered by the financial estimate (ISO 4217). */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'] as const;

/** The inputs of SCORING.md section 11 (all optional, non-negative). */
export const FINANCIAL_INPUTS = [
  'yearlyVolume',
  'minutesSavedPerItem',
  'hourlyCost',
  'adoptionRate',
  'yearlyRevenueUplift',
  'oneOffCost',
  'yearlyRunningCost',
] as const;
export type FinancialInput = (typeof FINANCIAL_INPUTS)[number];

/** Why an output cannot be given: message keys, phrased by the UI. */
export type UnavailableReason =
  | 'finance.unavailable.noBenefitInputs'
  | 'finance.unavailable.notPaidBack'
  | 'finance.unavailable.noOneOffCost'
  | 'finance.unavailable.zeroOneOffCost'
  | 'finance.unavailable.tooLarge';

/** A computed figure, or null with the reason; never NaN nor Infinity. */
export type Figure = { value: number; reason: null } | { value: null; reason: UnavailableReason };

export interface FinancialResult {
  /** volume × minutes / 60 × hourly cost × adoption + uplift, per year. */
  yearlyBenefit: Figure;
  /** yearly benefit − yearly running cost. */
  yearlyNet: Figure;
  /** one-off cost / yearly net × 12; none when the net is 0 or less. */
  paybackMonths: Figure;
  /** (3 × yearly net − one-off cost) / one-off cost, as a ratio (1 = 100 %). */
  threeYearRoi: Figure;
  /** Inputs left empty, counted as 0 in the figures that could still be computed. */
  missing: FinancialInput[];
  currency: string;
}

const BENEFIT_INPUTS: readonly FinancialInput[] = [
  'yearlyVolume',
  'minutesSavedPerItem',
  'hourlyCost',
  'adoptionRate',
  'yearlyRevenueUplift',
];

function figure(value: number): Figure {
  return Number.isFinite(value)
    ? { value, reason: null }
    : { value: null, reason: 'finance.unavailable.tooLarge' };
}

function none(reason: UnavailableReason): Figure {
  return { value: null, reason };
}

/**
 * SCORING.md section 11. An empty input counts as 0 (and is listed in `missing`); the yearly
 * benefit needs at least one benefit input, the payback and the ROI need a one-off cost.
 * Adoption is typed in % (0..100), hence the division by 100.
 */
export function estimateFinances(estimate: FinancialEstimate): FinancialResult {
  const missing = FINANCIAL_INPUTS.filter((key) => estimate[key] === null);
  const n = (key: FinancialInput) => estimate[key] ?? 0;
  const currency = estimate.currency;

  if (BENEFIT_INPUTS.every((key) => estimate[key] === null)) {
    const reason = 'finance.unavailable.noBenefitInputs';
    return {
      yearlyBenefit: none(reason),
      yearlyNet: none(reason),
      paybackMonths: none(reason),
      threeYearRoi: none(reason),
      missing,
      currency,
    };
  }

  const savings =
    ((n('yearlyVolume') * n('minutesSavedPerItem')) / 60) *
    n('hourlyCost') *
    (n('adoptionRate') / 100);
  const yearlyBenefit = figure(savings + n('yearlyRevenueUplift'));
  const yearlyNet =
    yearlyBenefit.value === null
      ? yearlyBenefit
      : figure(yearlyBenefit.value - n('yearlyRunningCost'));
  const oneOff = estimate.oneOffCost;

  let paybackMonths: Figure;
  if (yearlyNet.value === null) paybackMonths = yearlyNet;
  else if (oneOff === null) paybackMonths = none('finance.unavailable.noOneOffCost');
  else if (yearlyNet.value <= 0) paybackMonths = none('finance.unavailable.notPaidBack');
  else paybackMonths = figure((oneOff / yearlyNet.value) * 12);

  let threeYearRoi: Figure;
  if (yearlyNet.value === null) threeYearRoi = yearlyNet;
  else if (oneOff === null) threeYearRoi = none('finance.unavailable.noOneOffCost');
  else if (oneOff === 0) threeYearRoi = none('finance.unavailable.zeroOneOffCost');
  else threeYearRoi = figure((3 * yearlyNet.value - oneOff) / oneOff);

  return { yearlyBenefit, yearlyNet, paybackMonths, threeYearRoi, missing, currency };
}

/** True when no input at all is filled (the estimate was never made). */
export function isEmptyEstimate(estimate: FinancialEstimate): boolean {
  return FINANCIAL_INPUTS.every((key) => estimate[key] === null);
}
