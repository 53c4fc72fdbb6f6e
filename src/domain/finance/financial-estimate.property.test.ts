import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FinancialEstimate } from '../schema/use-case';
import { FINANCIAL_INPUTS, estimateFinances, type Figure } from './financial-estimate';

const SAVINGS = ['yearlyVolume', 'minutesSavedPerItem', 'hourlyCost', 'adoptionRate'] as const;

/** SCORING.md section 11 the plain way, one figure after the other. */
function plainFinances(e: FinancialEstimate) {
  const value = (v: number): Figure =>
    Number.isFinite(v)
      ? { value: v, reason: null }
      : { value: null, reason: 'finance.unavailable.tooLarge' };
  const missing = FINANCIAL_INPUTS.filter((k) => e[k] === null);
  const started = SAVINGS.some((k) => e[k] !== null);
  const needs = SAVINGS.filter((k) => e[k] === null);
  const benefit: Figure =
    !started && e.yearlyRevenueUplift === null
      ? { value: null, reason: 'finance.unavailable.noBenefitInputs' }
      : started && needs.length > 0
        ? { value: null, reason: 'finance.unavailable.incomplete', needs }
        : value(
            (started
              ? (((e.yearlyVolume ?? 0) * (e.minutesSavedPerItem ?? 0)) / 60) *
                (e.hourlyCost ?? 0) *
                ((e.adoptionRate ?? 0) / 100)
              : 0) + (e.yearlyRevenueUplift ?? 0),
          );
  const net: Figure =
    benefit.value === null
      ? benefit
      : e.yearlyRunningCost === null
        ? { value: null, reason: 'finance.unavailable.incomplete', needs: ['yearlyRunningCost'] }
        : value(benefit.value - e.yearlyRunningCost);
  const oneOff = e.oneOffCost;
  const noOneOff: Figure = { value: null, reason: 'finance.unavailable.noOneOffCost' };
  const payback: Figure =
    net.value === null
      ? net
      : oneOff === null
        ? noOneOff
        : net.value <= 0
          ? { value: null, reason: 'finance.unavailable.notPaidBack' }
          : value((oneOff / net.value) * 12);
  const roi: Figure =
    net.value === null
      ? net
      : oneOff === null
        ? noOneOff
        : oneOff === 0
          ? { value: null, reason: 'finance.unavailable.zeroOneOffCost' }
          : value((3 * net.value - oneOff) / oneOff);
  return {
    yearlyBenefit: benefit,
    yearlyNet: net,
    paybackMonths: payback,
    threeYearRoi: roi,
    missing,
    currency: e.currency,
  };
}

const input = fc.option(
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1e6 }), fc.constant(1e308)),
  {
    freq: 3,
  },
);
const estimateArb = fc.record({
  yearlyVolume: input,
  minutesSavedPerItem: input,
  hourlyCost: input,
  adoptionRate: input,
  yearlyRevenueUplift: input,
  oneOffCost: input,
  yearlyRunningCost: input,
  currency: fc.constantFrom('EUR', 'USD'),
});

describe('estimateFinances against the plain reference (fast-check)', () => {
  it('gives the same figures, reasons and missing inputs, in the same key order', () => {
    fc.assert(
      fc.property(estimateArb, (e) => {
        const result = estimateFinances(e);
        expect(JSON.stringify(result)).toBe(JSON.stringify(plainFinances(e)));
        // Shared figures (no value, no list of needs) are frozen.
        for (const f of [result.yearlyBenefit, result.paybackMonths, result.threeYearRoi])
          if (f.value === null && f.needs === undefined) expect(Object.isFrozen(f)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
