import type { FinancialEstimate } from '../schema/use-case';

/**
 * SCORING.md section 11, first line only (the matrix sizes its bubbles by it):
 * yearly benefit = volume * minutes / 60 * hourly cost * adoption + uplift.
 * The savings part counts only when its four inputs are all given; the uplift when given.
 * Null when neither part is estimated.
 */
export function yearlyBenefit(estimate: FinancialEstimate): number | null {
  const { yearlyVolume, minutesSavedPerItem, hourlyCost, adoptionRate, yearlyRevenueUplift } =
    estimate;
  const savings =
    yearlyVolume !== null &&
    minutesSavedPerItem !== null &&
    hourlyCost !== null &&
    adoptionRate !== null
      ? ((yearlyVolume * minutesSavedPerItem) / 60) * hourlyCost * (adoptionRate / 100)
      : null;
  if (savings === null && yearlyRevenueUplift === null) return null;
  return (savings ?? 0) + (yearlyRevenueUplift ?? 0);
}
