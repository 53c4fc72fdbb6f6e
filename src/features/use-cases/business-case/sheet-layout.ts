/**
 * How the printed lines of the one-page business case are shared between its texts, by what
 * each text actually needs. The page is fixed (A4, business-case.module.css, @media print); every
 * text is clamped in print to the lines given here, so the page's height is known before it is
 * printed: the sum below never exceeds the page, whatever the content.
 *
 * Sizes are CSS pixels of the printed page (8 pt = 10.67 px), taken from the print styles.
 */

/** The texts beside the charts, in the order the sheet prints them. */
export const TEXT_SECTIONS = [
  'intention',
  'anchors',
  'humanLoop',
  'successMeasure',
  'kpiEffects',
  'compliance',
] as const;

/** The sheet's height: 271 mm (A4 less its 12 mm margins). */
const PAGE = 1024;
/** A line of body text (8 pt, line height 1.2), and one of the scores table (7.5 pt). */
const LINE = 12.8;
const ROW_LINE = 12;
/** A section heading (8 pt and its margins), and a paragraph's bottom margin. */
const HEADING = 18.4;
const GAP = 3.2;
/** What a row adds to its lines: cell padding, the rule under it and the paragraph margin. */
const ROW_EXTRA = 5.8;
/** The table's column heads. */
const TABLE_HEAD = 14.6;
/**
 * The header as printed (measured): a title and an owner line of one line each, one of them on
 * two lines, or both on two (the print styles clamp each to two).
 */
const HEADER = [56, 72, 96] as const;
/**
 * The money figures and the clarity checklist (measured): figures of a few digits; large ones
 * (a figure takes three lines at most); a figure that cannot be computed, which prints its reason
 * instead and may push its name onto a second line.
 */
const MIDDLE = { plain: 76, large: 100, reasons: 113 } as const;
/** The footer and the room above it. */
const FOOTER = 21;
/** The charts: radar drawing, a legend line, the contribution chart's bar row and its frame. */
export const RADAR = 170;
const LEGEND_LINE = 15;
const LEGEND_COLUMNS = 2;
export const BAR_ROW = 14;
const BARS = 8;
const BAR_FRAME = 16;
/** Kept free against rounding in the browser's layout (a fraction of a line). */
const SAFETY = 8;

/** A text of the sheet that competes for lines. */
export interface LineNeed {
  id: string;
  /** The text column beside the charts, or a row of the scores table. */
  place: 'column' | 'row';
  /** Lines the whole text takes (estimated prudently). */
  need: number;
  /** At most this many lines, even with room to spare. */
  cap: number;
  /** Rows only: lines the criterion's name takes (the row is at least that tall anyway). */
  floor?: number;
}

/** What else is on the page and varies with the content. */
export interface SheetFrame {
  /** Entries in the radar's legend (none printed for a single line). */
  legendEntries: number;
  /** Whether the contribution chart is drawn (a ranked use case). */
  contribution: boolean;
  /** Height of the divergences and decisions, side by side (their tallest half). */
  lists: number;
  /** Lines of the title and of the owner line (1 or 2 each). */
  titleLines: 1 | 2;
  metaLines: 1 | 2;
  /** The money figures: short, large (they wrap), or a reason printed for one of them. */
  money: keyof typeof MIDDLE;
}

function chartColumn(frame: SheetFrame): number {
  const legend =
    frame.legendEntries > 1 ? Math.ceil(frame.legendEntries / LEGEND_COLUMNS) * LEGEND_LINE : 0;
  // The contribution chart's heading takes two lines.
  const bars = frame.contribution ? 2 * HEADING + BARS * BAR_ROW + BAR_FRAME : 0;
  return HEADING + RADAR + legend + GAP + bars;
}

/** The printed height of a list half: its heading, its entries, the pointer to the appendix. */
export function listHeight(entryLines: readonly number[], more: boolean): number {
  const entries = entryLines.length === 0 ? [1] : entryLines;
  return HEADING + entries.reduce((sum, n) => sum + n * LINE + GAP, 0) + (more ? LINE + GAP : 0);
}

/** The sheet's printed height when each text gets `lines[i]` lines. */
function sheetHeight(
  needs: readonly LineNeed[],
  lines: readonly number[],
  frame: SheetFrame,
): number {
  let column = 0;
  let rows = 0;
  needs.forEach((n, i) => {
    const given = lines[i] ?? 0;
    if (n.place === 'column') column += HEADING + Math.max(1, given) * LINE + GAP;
    else rows += Math.max(1, given, n.floor ?? 1) * ROW_LINE + ROW_EXTRA;
  });
  return (
    (HEADER[frame.titleLines + frame.metaLines - 2] ?? HEADER[2]) +
    Math.max(column, chartColumn(frame)) +
    HEADING +
    TABLE_HEAD +
    rows +
    MIDDLE[frame.money] +
    frame.lists +
    FOOTER
  );
}

/** Adds one line to text `i` if the page still fits; says whether it did. */
function tryLine(
  needs: readonly LineNeed[],
  lines: number[],
  i: number,
  frame: SheetFrame,
): boolean {
  lines[i] = (lines[i] as number) + 1;
  // (A hundredth of a pixel against the sums' rounding: a page filled exactly still fits.)
  if (sheetHeight(needs, lines, frame) <= PAGE - SAFETY + 0.01) return true;
  lines[i] = lines[i] - 1;
  return false;
}

/**
 * Lines for each text: first one line each (or none for an empty text), then one line at a time
 * to the text that has the smallest part of what it needs, as long as the page still fits
 * (a line of the text column is free while the column is shorter than the charts beside it; a
 * rationale's lines are free up to its criterion's name). Then, where the page still has room,
 * one line more for each text shown whole, in order: a text that wraps a little more than its
 * estimate is then printed whole rather than cut. Deterministic: ties go to the first.
 */
export function shareSheetLines(needs: readonly LineNeed[], frame: SheetFrame): number[] {
  const lines = needs.map((n) => Math.min(n.need, 1));
  const blocked = needs.map((n, i) => (lines[i] as number) >= Math.min(n.need, n.cap));
  for (;;) {
    let best = -1;
    needs.forEach((n, i) => {
      if (blocked[i]) return;
      const part = (lines[i] as number) / n.need;
      if (best < 0 || part < (lines[best] as number) / (needs[best] as LineNeed).need) best = i;
    });
    if (best < 0) break;
    const need = needs[best] as LineNeed;
    if (!tryLine(needs, lines, best, frame)) blocked[best] = true;
    else if ((lines[best] as number) >= Math.min(need.need, need.cap)) blocked[best] = true;
  }
  needs.forEach((n, i) => {
    if (n.need > 0 && lines[i] === n.need) tryLine(needs, lines, i, frame);
  });
  return lines;
}
