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
  | 'finance.unavailable.incomplete'
  | 'finance.unavailable.notPaidBack'
  | 'finance.unavailable.noOneOffCost'
  | 'finance.unavailable.zeroOneOffCost'
  | 'finance.unavailable.tooLarge';

/**
 * A computed figure, or null with the reason; never NaN nor Infinity. An incomplete figure
 * (SCORING.md section 11: "a missing input is missing, not zero") names the inputs it needs.
 */
export type Figure =
  | { value: number; reason: null; needs?: undefined }
  | { value: null; reason: UnavailableReason; needs?: FinancialInput[] };

export interface FinancialResult {
  /** volume × minutes / 60 × hourly cost × adoption + uplift, per year. */
  yearlyBenefit: Figure;
  /** yearly benefit − yearly running cost. */
  yearlyNet: Figure;
  /** one-off cost / yearly net × 12; none when the net is 0 or less. */
  paybackMonths: Figure;
  /** (3 × yearly net − one-off cost) / one-off cost, as a ratio (1 = 100 %). */
  threeYearRoi: Figure;
  /** Inputs left empty (never counted as 0). */
  missing: FinancialInput[];
  currency: string;
}

/** The time-savings part of the yearly benefit: it needs all four once one is given. */
const SAVINGS_INPUTS: readonly FinancialInput[] = [
  'yearlyVolume',
  'minutesSavedPerItem',
  'hourlyCost',
  'adoptionRate',
];

function figure(value: number): Figure {
  return Number.isFinite(value) ? { value, reason: null } : none('finance.unavailable.tooLarge');
}

/*
 * A figure without a value is read, never changed: one frozen object per reason serves every use
 * case (a large workspace decides 50,000 estimates at once).
 */
const UNAVAILABLE = new Map<UnavailableReason, Figure>();

function none(reason: UnavailableReason): Figure {
  let known = UNAVAILABLE.get(reason);
  if (!known) {
    known = Object.freeze({ value: null, reason });
    UNAVAILABLE.set(reason, known);
  }
  return known;
}

function incomplete(needs: FinancialInput[]): Figure {
  return { value: null, reason: 'finance.unavailable.incomplete', needs };
}

/** The yearly benefit: savings (all four inputs) plus uplift; each part counts when it is given. */
function benefitOf(estimate: FinancialEstimate): Figure {
  const { yearlyVolume, minutesSavedPerItem, hourlyCost, adoptionRate } = estimate;
  const savingsStarted =
    yearlyVolume !== null ||
    minutesSavedPerItem !== null ||
    hourlyCost !== null ||
    adoptionRate !== null;
  if (!savingsStarted && estimate.yearlyRevenueUplift === null)
    return none('finance.unavailable.noBenefitInputs');
  if (
    savingsStarted &&
    (yearlyVolume === null ||
      minutesSavedPerItem === null ||
      hourlyCost === null ||
      adoptionRate === null)
  )
    return incomplete(SAVINGS_INPUTS.filter((key) => estimate[key] === null));
  const savings = savingsStarted
    ? (((estimate.yearlyVolume as number) * (estimate.minutesSavedPerItem as number)) / 60) *
      (estimate.hourlyCost as number) *
      ((estimate.adoptionRate as number) / 100)
    : 0;
  return figure(savings + (estimate.yearlyRevenueUplift ?? 0));
}

/** The inputs left empty, in FINANCIAL_INPUTS order (written out: a named read is faster). */
function missingInputs(e: FinancialEstimate): FinancialInput[] {
  const missing: FinancialInput[] = [];
  if (e.yearlyVolume === null) missing.push('yearlyVolume');
  if (e.minutesSavedPerItem === null) missing.push('minutesSavedPerItem');
  if (e.hourlyCost === null) missing.push('hourlyCost');
  if (e.adoptionRate === null) missing.push('adoptionRate');
  if (e.yearlyRevenueUplift === null) missing.push('yearlyRevenueUplift');
  if (e.oneOffCost === null) missing.push('oneOffCost');
  if (e.yearlyRunningCost === null) missing.push('yearlyRunningCost');
  return missing;
}

/**
 * SCORING.md section 11. A missing input is missing, not zero: the yearly benefit counts the
 * time savings when their four inputs are given (one of them given and another missing: the
 * benefit is incomplete and names what it needs) and the revenue uplift when it is given; the
 * yearly net needs the running cost; the payback and the ROI need the one-off cost. An input the
 * person knows to be nothing is typed 0. Adoption is typed in % (0..100), hence the division.
 * Figures without a value are shared and frozen: read them only.
 */
export function estimateFinances(estimate: FinancialEstimate): FinancialResult {
  const missing = missingInputs(estimate);
  const currency = estimate.currency;
  const yearlyBenefit = benefitOf(estimate);
  let yearlyNet: Figure;
  if (yearlyBenefit.value === null) yearlyNet = yearlyBenefit;
  else if (estimate.yearlyRunningCost === null) yearlyNet = incomplete(['yearlyRunningCost']);
  else yearlyNet = figure(yearlyBenefit.value - estimate.yearlyRunningCost);
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
