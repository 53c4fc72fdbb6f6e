import { describe, expect, it } from 'vitest';
import {
  listHeight,
  shareSheetLines,
  TEXT_SECTIONS,
  type LineNeed,
  type SheetFrame,
} from './sheet-layout';

function column(need: number, cap = 8): LineNeed[] {
  return TEXT_SECTIONS.map((id) => ({ id, place: 'column', need, cap }));
}

function rows(need: number, cap = 8, floor = 1): LineNeed[] {
  return Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, place: 'row', need, cap, floor }));
}

/**
 * One rater (no legend), a ranked use case (the contribution chart), no divergence nor decision
 * (one line each: "none"), a title and an owner line of two lines, large money figures.
 * Page 1,024 px less 8 kept free = 1,016. Fixed: header 96, scores heading 18.4 and column heads
 * 14.6, money and clarity 100, lists 18.4 + 12.8 + 3.2 = 34.4, footer 21: 284.4.
 * Charts: heading 18.4 + radar 170 + 3.2 + contribution (two heading lines 36.8, 8 bars of 14,
 * frame 16: 164.8) = 356.4.
 */
const FRAME: SheetFrame = {
  legendEntries: 1,
  contribution: true,
  lists: listHeight([1], false),
  titleLines: 2,
  metaLines: 2,
  money: 'large',
};

describe('sharing the printed lines of the one-page business case', () => {
  it('measures a list half: its heading, each entry, and the pointer to the appendix', () => {
    expect(listHeight([1], false)).toBeCloseTo(34.4, 6);
    // Two entries of two lines and "2 more in the appendix": 18.4 + 2 × 28.8 + 16.
    expect(listHeight([2, 2], true)).toBeCloseTo(92, 6);
  });

  /** The intention (the column's first text) needs `need` lines and may show `cap` at most. */
  function withIntention(needs: LineNeed[], need: number, cap: number): LineNeed[] {
    return needs.map((n, i): LineNeed =>
      i === 0 ? { id: 'intention', place: 'column', need, cap } : n,
    );
  }

  // Each row: what happens, the needs of the six column texts then the eight rows, and the lines
  // each text gets, in the same order.
  it.each<[string, LineNeed[], number[]]>([
    [
      'gives every text all it needs, and a line more where the page has room',
      // At 3 lines each: column 6 × (18.4 + 38.4 + 3.2) = 360, rows 8 × (36 + 5.8) = 334.4;
      // 284.4 + 360 + 334.4 = 978.8 ≤ 1,016: the line more fits for every text.
      [...column(2), ...rows(2)],
      [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ],
    [
      'shares the lines left under the charts between the rationales, first ones first',
      // Column at 1 line: 6 × 34.4 = 206.4, under the charts (356.4). Rows: 1,016 − 284.4 −
      // 356.4 = 375.2 px; a row is 12 px a line plus 5.8: 8 rows hold 27 lines (27.4). Equal
      // needs: one line each in turn, so 4, 4, 4 then 3 × 5. The column's texts, shown whole,
      // get a line more for free (6 × 47.2 = 283.2, still under the charts).
      [...column(1), ...rows(100)],
      [2, 2, 2, 2, 2, 2, 4, 4, 4, 3, 3, 3, 3, 3],
    ],
    [
      'counts a line of the column once the column is taller than the charts',
      // Every text needs 100 lines (cap 8). Lines go to the smallest part of the need: equal
      // needs, so all fourteen grow together. At 3 lines each: column 360 (3.6 over the charts),
      // rows 334.4: 284.4 + 360 + 334.4 = 978.8, 37.2 px left. At 4 each it would not fit, so
      // lines are added from the first text: intention and anchors (12.8 each, 25.6); a third
      // column line (12.8) or a row line (12) no longer fits in the 11.6 px left.
      [...column(100), ...rows(100)],
      [4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ],
    [
      'never gives a text more than its cap, nor lines to an empty text',
      withIntention([...column(1), ...rows(0)], 30, 5),
      [5, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
  ])('%s', (_what, needs, lines) => {
    expect(shareSheetLines(needs, FRAME)).toEqual(lines);
  });

  it('lets a long intention grow for free beside the charts, up to its cap', () => {
    // The intention needs 20 lines (part 1/20) and the rationales 100 (parts up to 4/100): the
    // rationales take their 27 lines first, then the intention grows to 8 (its cap) for free:
    // the column is 129.6 + 13 × 12.8 = 296 px. The five others then get their line more; the
    // last one brings the column to 360, 3.6 px over the charts, within the 4.8 px left.
    const lines = shareSheetLines(withIntention([...column(1), ...rows(100)], 20, 8), FRAME);
    expect(lines.slice(0, 6)).toEqual([8, 2, 2, 2, 2, 2]);
    expect(lines.slice(6).reduce((a, b) => a + b, 0)).toBe(27);
  });
});
