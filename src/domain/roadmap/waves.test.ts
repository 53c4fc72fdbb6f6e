import { describe, expect, it } from 'vitest';
import { defaultWaves, quarterOf } from './waves';

describe('defaultWaves', () => {
  it('gives Now, Next and Later as message keys, undated', () => {
    expect(defaultWaves('waves', '2026-11-23')).toEqual([
      { nameKey: 'roadmap.wave.now', nameParams: {}, startDate: null, endDate: null },
      { nameKey: 'roadmap.wave.next', nameParams: {}, startDate: null, endDate: null },
      { nameKey: 'roadmap.wave.later', nameParams: {}, startDate: null, endDate: null },
    ]);
  });

  it('gives four quarters from the one containing the date, across the year end', () => {
    // 23 November 2026 is in Q4 2026 (October-December); then Q1-Q3 2027.
    expect(defaultWaves('quarters', '2026-11-23')).toEqual([
      q(4, 2026, '2026-10-01', '2026-12-31'),
      q(1, 2027, '2027-01-01', '2027-03-31'),
      q(2, 2027, '2027-04-01', '2027-06-30'),
      q(3, 2027, '2027-07-01', '2027-09-30'),
    ]);
  });

  it('ends February on the 29th in a leap year (2028)', () => {
    const [first] = defaultWaves('quarters', '2028-01-01');
    // Q1 2028 ends on 31 March; the month lengths come from the calendar, not a table.
    expect(first).toEqual(q(1, 2028, '2028-01-01', '2028-03-31'));
    expect(quarterOf('2028-02-29')).toEqual({ year: 2028, quarter: 1 });
    expect(quarterOf('2028-07-01')).toEqual({ year: 2028, quarter: 3 });
  });
});

function q(quarter: number, year: number, startDate: string, endDate: string) {
  return { nameKey: 'roadmap.wave.quarter', nameParams: { quarter, year }, startDate, endDate };
}
