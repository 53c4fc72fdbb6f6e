import type { Review } from '../schema/review';
import type { Department, Kpi } from '../schema/workspace';

/** One reviewed use case: what was promised against what was delivered (its latest review). */
export interface DeliveredRow {
  review: Review;
  useCaseId: string;
  kpi: Kpi | null;
  departmentName: string;
  /**
   * How much of the promised KPI move happened: (actual − baseline) / (target − baseline);
   * 1 = the target was met exactly. Null when a figure is missing or target = baseline.
   */
  kpiAttainment: number | null;
  /** realised / estimated yearly benefit; null when either is missing or the estimate is 0. */
  benefitRatio: number | null;
  /** Cases handled by the machine / all cases; null when none were counted. */
  machineShare: number | null;
}

/** How far one person's (or department's) estimates were from what happened. */
export interface TrackRecord {
  key: string;
  reviews: number;
  /** Σ realised / Σ estimated yearly benefit over the reviews that have both. */
  benefitRatio: number | null;
  /** Mean KPI attainment over the reviews that have one. */
  kpiAttainment: number | null;
}

function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** The latest review of each reviewed use case, as promised against delivered. */
export function deliveredRows(
  reviews: readonly Review[],
  kpis: readonly Kpi[],
  departments: readonly Department[],
): DeliveredRow[] {
  const latest = new Map<string, Review>();
  for (const r of reviews) {
    const current = latest.get(r.useCaseId);
    if (!current || r.reviewedAt > current.reviewedAt) latest.set(r.useCaseId, r);
  }
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  return [...latest.values()].map((review) => {
    const kpi = review.kpiId === null ? null : (kpiById.get(review.kpiId) ?? null);
    const move =
      review.actual === null || review.baseline === null ? null : review.actual - review.baseline;
    const promised =
      review.target === null || review.baseline === null ? null : review.target - review.baseline;
    const cases = review.automation
      ? review.automation.handledByMachine + review.automation.takenOverByPerson
      : null;
    return {
      review,
      useCaseId: review.useCaseId,
      kpi,
      departmentName: kpi?.departmentId ? (departmentName.get(kpi.departmentId) ?? '') : '',
      kpiAttainment: ratio(move, promised),
      benefitRatio: ratio(review.realisedYearlyBenefit, review.estimatedYearlyBenefit),
      machineShare: ratio(review.automation?.handledByMachine ?? null, cases),
    };
  });
}

/** The track record of the estimates, grouped by `keyOf` (owner, department); '' is left out. */
export function trackRecords(
  rows: readonly DeliveredRow[],
  keyOf: (row: DeliveredRow) => string,
): TrackRecord[] {
  const groups = new Map<string, DeliveredRow[]>();
  for (const row of rows) {
    const key = keyOf(row).trim();
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const withBenefit = list.filter(
      (r) => r.review.realisedYearlyBenefit !== null && r.review.estimatedYearlyBenefit !== null,
    );
    const estimated = withBenefit.reduce((s, r) => s + (r.review.estimatedYearlyBenefit ?? 0), 0);
    const realised = withBenefit.reduce((s, r) => s + (r.review.realisedYearlyBenefit ?? 0), 0);
    const attained = list.flatMap((r) => (r.kpiAttainment === null ? [] : [r.kpiAttainment]));
    return {
      key,
      reviews: list.length,
      benefitRatio: withBenefit.length ? ratio(realised, estimated) : null,
      kpiAttainment: attained.length ? attained.reduce((s, a) => s + a, 0) / attained.length : null,
    };
  });
}
