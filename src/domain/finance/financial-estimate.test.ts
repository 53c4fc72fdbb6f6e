import { describe, expect, it } from 'vitest';
import { financialEstimateSchema, type FinancialEstimate } from '../schema/use-case';
import { FINANCIAL_INPUTS, estimateFinances, isEmptyEstimate } from './financial-estimate';

function estimate(fields: Partial<FinancialEstimate>): FinancialEstimate {
  return financialEstimateSchema.parse(fields);
}

/** The figures of an estimate with these inputs (the others not given). */
function financesOf(fields: Partial<FinancialEstimate>) {
  return estimateFinances(estimate(fields));
}

/**
 * The savings inputs in the order of the formula: items a year × minutes saved on each × cost of
 * an hour × adoption %.
 */
function savings(
  yearlyVolume: number,
  minutesSavedPerItem: number,
  hourlyCost: number,
  adoptionRate: number,
): Partial<FinancialEstimate> {
  return { yearlyVolume, minutesSavedPerItem, hourlyCost, adoptionRate };
}

describe('estimateFinances (SCORING.md section 11)', () => {
  it('works out benefit, net, payback and ROI by hand', () => {
    // 10,000 items × 6 min / 60 = 1,000 h × 40 /h = 40,000 × 100 % = 40,000 + 0 uplift
    // net = 40,000 − 1,800 = 38,200 ; payback = 19,100 / 38,200 × 12 = 0.5 × 12 = 6 months
    // ROI = (3 × 38,200 − 19,100) / 19,100 = (114,600 − 19,100) / 19,100 = 95,500 / 19,100 = 5
    const result = financesOf({
      ...savings(10_000, 6, 40, 100),
      yearlyRevenueUplift: 0,
      oneOffCost: 19_100,
      yearlyRunningCost: 1_800,
    });
    expect(result.yearlyBenefit).toEqual({ value: 40_000, reason: null });
    expect(result.yearlyNet).toEqual({ value: 38_200, reason: null });
    expect(result.paybackMonths.value).toBeCloseTo(6, 12);
    expect(result.threeYearRoi.value).toBeCloseTo(5, 12);
    expect(result.missing).toEqual([]);
    expect(result.currency).toBe('EUR');
  });

  it('divides the adoption rate by 100 (the demo invoice capture)', () => {
    // 48,000 × 6 / 60 = 4,800 h × 38 = 182,400 × 80 % = 145,920 ; net 145,920 − 18,000 = 127,920
    // payback = 65,000 / 127,920 × 12 = 780,000 / 127,920 = 6.09756… months
    // ROI = (383,760 − 65,000) / 65,000 = 318,760 / 65,000 = 4.904
    const result = financesOf({
      ...savings(48_000, 6, 38, 80),
      oneOffCost: 65_000,
      yearlyRunningCost: 18_000,
    });
    expect(result.yearlyBenefit.value).toBeCloseTo(145_920, 9);
    expect(result.yearlyNet.value).toBeCloseTo(127_920, 9);
    expect(result.paybackMonths.value).toBeCloseTo(6.09756, 5);
    expect(result.threeYearRoi.value).toBeCloseTo(4.904, 12);
    expect(result.missing).toEqual(['yearlyRevenueUplift']);
  });

  it('adds the revenue uplift, alone when there are no savings', () => {
    // benefit 850,000 ; net 850,000 − 40,000 = 810,000 ; payback 180,000 / 810,000 × 12 = 2.666…
    // ROI = (2,430,000 − 180,000) / 180,000 = 12.5
    const result = financesOf({
      yearlyRevenueUplift: 850_000,
      oneOffCost: 180_000,
      yearlyRunningCost: 40_000,
    });
    expect(result.yearlyBenefit.value).toBe(850_000);
    expect(result.yearlyNet.value).toBe(810_000);
    expect(result.paybackMonths.value).toBeCloseTo(8 / 3, 12);
    expect(result.threeYearRoi.value).toBeCloseTo(12.5, 12);
    // the savings part was not started: the benefit is the uplift; its inputs are listed as empty
    expect(result.missing).toEqual([
      'yearlyVolume',
      'minutesSavedPerItem',
      'hourlyCost',
      'adoptionRate',
    ]);
  });

  it('never pays back a net of 0 or less, and gives a negative ROI', () => {
    // 1,000 × 3 / 60 = 50 h × 60 = 3,000 × 50 % = 1,500 ; net 1,500 − 2,000 = −500
    // ROI = (3 × −500 − 1,000) / 1,000 = −2.5
    const result = financesOf({
      ...savings(1_000, 3, 60, 50),
      oneOffCost: 1_000,
      yearlyRunningCost: 2_000,
    });
    expect(result.yearlyNet.value).toBe(-500);
    expect(result.paybackMonths).toEqual({
      value: null,
      reason: 'finance.unavailable.notPaidBack',
    });
    expect(result.threeYearRoi.value).toBe(-2.5);
  });

  it('gives figures of zero inputs without NaN nor Infinity', () => {
    // every one of the seven inputs given as 0
    const result = financesOf(Object.fromEntries(FINANCIAL_INPUTS.map((input) => [input, 0])));
    expect(result.yearlyBenefit.value).toBe(0);
    expect(result.yearlyNet.value).toBe(0);
    // net 0: 0 / 0 would be NaN; the estimate says it never pays back
    expect(result.paybackMonths.reason).toBe('finance.unavailable.notPaidBack');
    // one-off 0: the ROI divides by 0
    expect(result.threeYearRoi.reason).toBe('finance.unavailable.zeroOneOffCost');
  });

  it('pays back at once when nothing is spent up front', () => {
    // 0 / 1,000 × 12 = 0 months
    const result = financesOf({ yearlyRevenueUplift: 1_000, oneOffCost: 0, yearlyRunningCost: 0 });
    expect(result.paybackMonths).toEqual({ value: 0, reason: null });
  });

  it('says which figures are unavailable when inputs are missing', () => {
    const empty = financesOf({});
    for (const key of ['yearlyBenefit', 'yearlyNet', 'paybackMonths', 'threeYearRoi'] as const) {
      expect(empty[key]).toEqual({ value: null, reason: 'finance.unavailable.noBenefitInputs' });
    }
    expect(empty.missing).toHaveLength(7);

    // adoption missing: missing, not 0 (SCORING.md section 11). The benefit is incomplete and
    // says what it needs, and so are the figures that depend on it.
    const noAdoption = financesOf({
      yearlyVolume: 100,
      minutesSavedPerItem: 6,
      hourlyCost: 50,
      yearlyRevenueUplift: 500,
      oneOffCost: 1_000,
      yearlyRunningCost: 100,
    });
    const needsAdoption = {
      value: null,
      reason: 'finance.unavailable.incomplete',
      needs: ['adoptionRate'],
    };
    expect(noAdoption.yearlyBenefit).toEqual(needsAdoption);
    expect(noAdoption.yearlyNet).toEqual(needsAdoption);
    expect(noAdoption.paybackMonths).toEqual(needsAdoption);
    expect(noAdoption.threeYearRoi).toEqual(needsAdoption);
    expect(noAdoption.missing).toEqual(['adoptionRate']);

    // running cost missing: the benefit stands (500), the net needs the running cost
    const noRunning = financesOf({ yearlyRevenueUplift: 500, oneOffCost: 1_000 });
    expect(noRunning.yearlyBenefit).toEqual({ value: 500, reason: null });
    expect(noRunning.yearlyNet).toEqual({
      value: null,
      reason: 'finance.unavailable.incomplete',
      needs: ['yearlyRunningCost'],
    });
    expect(noRunning.paybackMonths.reason).toBe('finance.unavailable.incomplete');

    // one-off missing: no payback nor ROI
    const noOneOff = financesOf({ yearlyRevenueUplift: 500, yearlyRunningCost: 0 });
    expect(noOneOff.yearlyNet.value).toBe(500);
    expect(noOneOff.paybackMonths.reason).toBe('finance.unavailable.noOneOffCost');
    expect(noOneOff.threeYearRoi.reason).toBe('finance.unavailable.noOneOffCost');
  });

  it('counts the savings alone when the uplift is not given, and the uplift alone (matrix bubbles)', () => {
    // 3,000 × 10 min = 500 h; × 50 EUR = 25,000; × 50 % = 12,500.
    const savingsAlone = financesOf(savings(3000, 10, 50, 50));
    expect(savingsAlone.yearlyBenefit.value).toBeCloseTo(12_500, 9);
    // 12,000 × 4 min = 800 h × 40 = 32,000 × 80 % = 25,600 + 5,000 uplift = 30,600
    const both = financesOf({ ...savings(12000, 4, 40, 80), yearlyRevenueUplift: 5000 });
    expect(both.yearlyBenefit.value).toBeCloseTo(30_600, 9);
    // a savings input given and the others missing: incomplete, never "the uplift alone"
    const partial = financesOf({ yearlyVolume: 3000, hourlyCost: 50, yearlyRevenueUplift: 7000 });
    expect(partial.yearlyBenefit.needs).toEqual(['minutesSavedPerItem', 'adoptionRate']);
  });

  it('refuses to show an overflow as a number', () => {
    const result = financesOf(savings(1e300, 1e300, 1, 100));
    expect(result.yearlyBenefit).toEqual({ value: null, reason: 'finance.unavailable.tooLarge' });
    expect(result.yearlyNet.reason).toBe('finance.unavailable.tooLarge');
    expect(result.paybackMonths.reason).toBe('finance.unavailable.tooLarge');
  });

  it('keeps the currency', () => {
    expect(financesOf({ currency: 'CHF', hourlyCost: 1 }).currency).toBe('CHF');
  });
});

describe('isEmptyEstimate', () => {
  it('is true only when no input is filled', () => {
    expect(isEmptyEstimate(estimate({}))).toBe(true);
    expect(isEmptyEstimate(estimate({ oneOffCost: 0 }))).toBe(false);
  });
});
