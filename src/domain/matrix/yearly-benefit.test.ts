import { describe, expect, it } from 'vitest';
import { financialEstimateSchema } from '../schema/use-case';
import { yearlyBenefit } from './yearly-benefit';

const estimate = (fields: Record<string, number | null>) => financialEstimateSchema.parse(fields);

describe('yearly benefit (SCORING.md section 11)', () => {
  it('multiplies volume, hours saved, hourly cost and adoption, then adds the uplift', () => {
    // 12,000 items * 4 min = 48,000 min = 800 h; 800 h * 40 EUR = 32,000 EUR; * 80 % = 25,600 EUR;
    // + 5,000 EUR uplift = 30,600 EUR.
    expect(
      yearlyBenefit(
        estimate({
          yearlyVolume: 12000,
          minutesSavedPerItem: 4,
          hourlyCost: 40,
          adoptionRate: 80,
          yearlyRevenueUplift: 5000,
        }),
      ),
    ).toBeCloseTo(30600, 9);
  });

  it('counts the savings alone when there is no uplift', () => {
    // 3,000 * 10 min = 500 h; * 50 EUR = 25,000; * 50 % = 12,500.
    expect(
      yearlyBenefit(
        estimate({ yearlyVolume: 3000, minutesSavedPerItem: 10, hourlyCost: 50, adoptionRate: 50 }),
      ),
    ).toBeCloseTo(12500, 9);
  });

  it('counts the uplift alone when a savings input is missing', () => {
    expect(
      yearlyBenefit(estimate({ yearlyVolume: 3000, hourlyCost: 50, yearlyRevenueUplift: 7000 })),
    ).toBe(7000);
  });

  it('is null when nothing is estimated', () => {
    expect(yearlyBenefit(estimate({}))).toBeNull();
    expect(yearlyBenefit(estimate({ yearlyVolume: 3000 }))).toBeNull();
  });
});
