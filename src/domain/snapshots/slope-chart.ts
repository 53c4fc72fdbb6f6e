import { rankingOf } from './diff-snapshots';
import type { DecisionSnapshot } from '../schema/decision-snapshot';

/** How a use case went from the first ranking to the second. */
export type SlopeKind = 'up' | 'down' | 'same' | 'added' | 'dropped';

export interface SlopeLine {
  useCaseId: string;
  title: string;
  from: number | null;
  to: number | null;
  /** Vertical position of each end (null: not ranked on that side, no end drawn). */
  yFrom: number | null;
  yTo: number | null;
  kind: SlopeKind;
}

export interface SlopeChart {
  width: number;
  height: number;
  /** x of the left and right columns of dots. */
  xFrom: number;
  xTo: number;
  lines: SlopeLine[];
  /** Ranks beyond `rows` are drawn on one last row ("further down"), at this y, if any. */
  overflowY: number | null;
}

export interface SlopeLayout {
  /** How many ranks are drawn, top first (the others share one last row). */
  rows: number;
  rowHeight: number;
  /** Room for the labels on each side. */
  labelWidth: number;
  /** Distance between the two columns of dots. */
  span: number;
  top: number;
}

const DEFAULT_SLOPE_LAYOUT: SlopeLayout = {
  rows: 15,
  rowHeight: 34,
  labelWidth: 360,
  span: 260,
  top: 40,
};

/**
 * The slope chart from one decided ranking to another (pure geometry; the component only draws):
 * one line per use case ranked on either side, among the first `rows` on at least one side.
 */
export function slopeChartOf(
  before: Pick<DecisionSnapshot, 'useCases'>,
  after: Pick<DecisionSnapshot, 'useCases'>,
  layout: SlopeLayout = DEFAULT_SLOPE_LAYOUT,
): SlopeChart {
  const first = rankingOf(before);
  const second = rankingOf(after);
  const fromOf = new Map(first.map((id, i) => [id, i + 1]));
  const toOf = new Map(second.map((id, i) => [id, i + 1]));
  const titles = new Map(
    [...before.useCases, ...after.useCases].map((u) => [u.id, u.title] as const),
  );
  const longest = Math.max(first.length, second.length);
  const shownRows = Math.min(layout.rows, longest);
  const overflow = longest > layout.rows;
  const y = (rank: number) =>
    layout.top + (Math.min(rank, shownRows + 1) - 1) * layout.rowHeight + layout.rowHeight / 2;
  const ids = [...new Set([...first, ...second])];
  const lines: SlopeLine[] = [];
  for (const id of ids) {
    const from = fromOf.get(id) ?? null;
    const to = toOf.get(id) ?? null;
    const visible = (from !== null && from <= layout.rows) || (to !== null && to <= layout.rows);
    if (!visible) continue;
    const kind: SlopeKind =
      from === null
        ? 'added'
        : to === null
          ? 'dropped'
          : to < from
            ? 'up'
            : to > from
              ? 'down'
              : 'same';
    lines.push({
      useCaseId: id,
      title: titles.get(id) ?? '',
      from,
      to,
      yFrom: from === null ? null : y(from),
      yTo: to === null ? null : y(to),
      kind,
    });
  }
  const rowsDrawn = shownRows + (overflow ? 1 : 0);
  return {
    width: layout.labelWidth * 2 + layout.span,
    height: layout.top + rowsDrawn * layout.rowHeight + layout.rowHeight / 2,
    xFrom: layout.labelWidth,
    xTo: layout.labelWidth + layout.span,
    lines,
    overflowY: overflow ? y(shownRows + 1) : null,
  };
}
