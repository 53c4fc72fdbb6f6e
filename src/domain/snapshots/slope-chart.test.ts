import { describe, expect, it } from 'vitest';
import {
  aFrozenUseCase,
  aSnapshot,
  rankedUseCases,
} from '../../../test/fixtures/snapshot-builders';
import { slopeChartOf } from './slope-chart';

const layout = { rows: 3, rowHeight: 40, labelWidth: 300, span: 200, top: 20 };

describe('slopeChartOf', () => {
  it('draws each use case from its old row to its new row, rising or falling', () => {
    const before = aSnapshot({ useCases: rankedUseCases(['a', 'b', 'c']) });
    const after = aSnapshot({ useCases: rankedUseCases(['b', 'a', 'c']) });
    const chart = slopeChartOf(before, after, layout);
    // Row r is centred at top + (r - 1) * rowHeight + rowHeight / 2: 40, 80, 120.
    expect(chart.lines.map((l) => [l.useCaseId, l.yFrom, l.yTo, l.kind])).toEqual([
      ['a', 40, 80, 'down'],
      ['b', 80, 40, 'up'],
      ['c', 120, 120, 'same'],
    ]);
    expect([chart.xFrom, chart.xTo, chart.width]).toEqual([300, 500, 800]);
    expect(chart.height).toBe(20 + 3 * 40 + 20);
    expect(chart.overflowY).toBeNull();
  });

  it('puts ranks beyond the rows shown on one last row, and leaves out the rest', () => {
    const before = aSnapshot({ useCases: rankedUseCases(['a', 'b', 'c', 'd', 'e']) });
    const after = aSnapshot({
      useCases: [
        ...rankedUseCases(['e', 'b', 'c', 'd']),
        aFrozenUseCase('a', { rank: null, decidedRank: null, standing: 'toScore' }),
        aFrozenUseCase('f', { rank: 5, decidedRank: 5 }),
      ],
    });
    const chart = slopeChartOf(before, after, layout);
    // e rose from 5 (drawn on the overflow row, y 160) to 1; a left the ranking; d (4 then 4)
    // and f (new at 5) are both beyond row 3: left out.
    expect(chart.overflowY).toBe(160);
    expect(chart.lines.map((l) => [l.useCaseId, l.yFrom, l.yTo, l.kind])).toEqual([
      ['a', 40, null, 'dropped'],
      ['b', 80, 80, 'same'],
      ['c', 120, 120, 'same'],
      ['e', 160, 40, 'up'],
    ]);
  });
});
