import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import type { CriterionScores } from '../schema/scorecard';
import type { CriterionValues } from './score-use-case';
import { GROUP_SERIES, radarSeries } from './radar-series';

function scores(row: readonly (number | null)[]): CriterionScores {
  return Object.fromEntries(
    CRITERION_IDS.map((id, i) => [id, { score: row[i] ?? null, rationale: '' }]),
  ) as CriterionScores;
}

/** The group's effective scores (what the decision gives), by criterion in canonical order. */
function group(row: readonly (number | null)[]): CriterionValues {
  return Object.fromEntries(CRITERION_IDS.map((id, i) => [id, row[i] ?? null])) as CriterionValues;
}

function valuesOf(data: ReturnType<typeof radarSeries>, series: string) {
  return Object.fromEntries(data.points.map((p) => [p.criterion, p.values[series]])) as Record<
    CriterionId,
    number | null
  >;
}

describe('radarSeries', () => {
  it('draws one participant as the group alone, oriented (5 = best)', () => {
    // raw SV CI FP DM TC BI CR SA = 4 3 5 4 2 3 1 4 ; TC and CR are "higher is worse":
    // 6 − 2 = 4 and 6 − 1 = 5
    const data = radarSeries(
      [{ participantId: 'ada', scores: scores([4, 3, 5, 4, 2, 3, 1, 4]) }],
      group([4, 3, 5, 4, 2, 3, 1, 4]),
    );
    expect(data.series).toEqual([{ id: GROUP_SERIES, kind: 'group', participantId: null }]);
    expect(data.points.map((p) => p.criterion)).toEqual([...CRITERION_IDS]);
    expect(valuesOf(data, GROUP_SERIES)).toEqual({
      strategicValue: 4,
      customerImpact: 3,
      financialPotential: 5,
      dataMaturity: 4,
      technicalComplexity: 4,
      brandImpact: 3,
      complianceRisk: 5,
      strategicAlignment: 4,
    });
  });

  it('adds one line per participant over the mean when several scored', () => {
    // SV: 5 and 2 -> mean 3.5 ; TC: 1 and 4 -> mean 2.5 -> oriented 6 − 2.5 = 3.5,
    // per participant 6 − 1 = 5 and 6 − 4 = 2 ; CI unset by Bob: Ada's 3 alone
    const data = radarSeries(
      [
        { participantId: 'ada', scores: scores([5, 3, 3, 3, 1, 3, 3, 3]) },
        { participantId: 'bob', scores: scores([2, null, 3, 3, 4, 3, 3, 3]) },
      ],
      group([3.5, 3, 3, 3, 2.5, 3, 3, 3]),
    );
    expect(data.series.map((s) => s.id)).toEqual([GROUP_SERIES, 'ada', 'bob']);
    const line = valuesOf(data, GROUP_SERIES);
    expect(line.strategicValue).toBe(3.5);
    expect(line.technicalComplexity).toBe(3.5);
    expect(line.customerImpact).toBe(3);
    expect(valuesOf(data, 'ada').technicalComplexity).toBe(5);
    expect(valuesOf(data, 'bob').technicalComplexity).toBe(2);
    expect(valuesOf(data, 'bob').customerImpact).toBeNull();
  });

  it('draws the group line from the effective score (median, or agreed), not the mean', () => {
    // SV: 1, 2, 5 -> median 2 (the mean would be 2.67)
    const row = (sv: number) => scores([sv, 3, 3, 3, 3, 3, 3, 3]);
    const data = radarSeries(
      [
        { participantId: 'a', scores: row(1) },
        { participantId: 'b', scores: row(2) },
        { participantId: 'c', scores: row(5) },
      ],
      group([2, 3, 3, 3, 3, 3, 3, 3]),
    );
    expect(valuesOf(data, GROUP_SERIES).strategicValue).toBe(2);
  });

  it('leaves unset criteria empty, and a use case nobody scored entirely empty', () => {
    const data = radarSeries([], group([]));
    expect(data.series).toHaveLength(1);
    expect(data.points.every((p) => p.values[GROUP_SERIES] === null)).toBe(true);
  });
});
