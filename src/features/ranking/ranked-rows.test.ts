import { describe, expect, it } from 'vitest';
import type { RankedRow } from './ranked-rows';
import { CRITERION_IDS, defaultWeights } from '../../domain/schema/criterion';
import type { CriterionValues } from '../../domain/scoring/score-use-case';
import { filterRankedRows, sortRankedRows } from './ranked-rows';

const NEUTRAL = Object.fromEntries(CRITERION_IDS.map((id) => [id, 3])) as CriterionValues;

function row(
  rank: number,
  title: string,
  quadrant: RankedRow['quadrant'],
  status: RankedRow['status'],
): RankedRow {
  return {
    id: `u${rank}`,
    rank,
    title,
    quadrant,
    status,
    scope: 'internal',
    overall: 100 - rank,
    value: 50,
    feasibility: 50,
    values: NEUTRAL,
    weights: defaultWeights(),
  };
}

const rows = [
  row(1, 'Zèbre', 'fillIn', 'done'),
  row(2, 'écho', 'quickWin', 'idea'),
  row(3, 'Alpha', 'deprioritise', 'planned'),
  row(4, 'Bravo', 'quickWin', 'idea'),
];

describe('sortRankedRows', () => {
  it('sorts quadrants in the product order (quick win first), ties by rank', () => {
    const sorted = sortRankedRows(rows, { column: 'quadrant', direction: 'ascending' }, 'fr');
    expect(sorted.map((r) => r.rank)).toEqual([2, 4, 1, 3]);
  });

  it('sorts statuses along the lifecycle', () => {
    const sorted = sortRankedRows(rows, { column: 'status', direction: 'ascending' }, 'fr');
    expect(sorted.map((r) => r.status)).toEqual(['idea', 'idea', 'planned', 'done']);
  });

  it('sorts titles with the locale, descending on demand', () => {
    const sorted = sortRankedRows(rows, { column: 'title', direction: 'ascending' }, 'fr');
    expect(sorted.map((r) => r.title)).toEqual(['Alpha', 'Bravo', 'écho', 'Zèbre']);
  });
});

describe('filterRankedRows', () => {
  it('keeps the rows matching every chosen filter', () => {
    const kept = filterRankedRows(rows, { quadrant: 'quickWin', scope: 'all', status: 'idea' });
    expect(kept.map((r) => r.rank)).toEqual([2, 4]);
  });
});
