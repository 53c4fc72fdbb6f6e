import type { Scope } from '../../domain/schema/use-case';

/** Up to this many marks each is an SVG element; above, all are drawn on one canvas. */
export const SVG_MARKS_UP_TO = 200;

/** One mark of the chart: a use case, or a cell of several (count > 1 when aggregated). */
export interface ChartMark {
  key: string;
  /** Use case id; null for an aggregated cell. */
  id: string | null;
  /** Feasibility, 0..100 (rightwards). */
  x: number;
  /** Value, 0..100 (upwards). */
  y: number;
  /** Yearly benefit, or the count of a cell: the size of the bubble when sized. */
  z: number;
  scope: Scope;
  count: number;
}

/** A mark where it is drawn, in CSS pixels of the chart. */
export interface PlacedMark {
  mark: ChartMark;
  px: number;
  py: number;
  r: number;
}

/** The chart's box and its plot area (the square 0..100 x 0..100), in CSS pixels. */
export interface PlotGeometry {
  width: number;
  height: number;
  left: number;
  top: number;
  plotWidth: number;
  plotHeight: number;
  /** 1 on a laptop, larger on a wide screen or a projector: fonts grow with it. */
  fontScale: number;
}

/** Height of the chart for a width: wide enough to read, never taller than a projector shows. */
export function chartHeightFor(width: number): number {
  return Math.round(Math.min(660, Math.max(420, width * 0.56)));
}

export function plotGeometry(width: number, height: number): PlotGeometry {
  const fontScale = width >= 1250 ? 1.15 : 1;
  const left = Math.round(68 * fontScale);
  const top = 16;
  const right = 24;
  const bottom = Math.round(58 * fontScale);
  return {
    width,
    height,
    left,
    top,
    plotWidth: Math.max(1, width - left - right),
    plotHeight: Math.max(1, height - top - bottom),
    fontScale,
  };
}

export const xOf = (g: PlotGeometry, feasibility: number): number =>
  g.left + (feasibility / 100) * g.plotWidth;
export const yOf = (g: PlotGeometry, value: number): number =>
  g.top + (1 - value / 100) * g.plotHeight;

/** Bubble areas in px² (smallest and largest), as a scatter's size axis would give them. */
const AREA = { fixed: 110, min: 80, max: 1400 };

/** Two numbers in [0, 1) drawn from a key (FNV-1a): the same mark always moves the same way. */
function hashPair(key: string): [number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const a = (h >>> 0) / 4294967296;
  h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
  return [a, ((h ^ (h >>> 15)) >>> 0) / 4294967296];
}

/**
 * Places the marks. Unsized: one size. Sized (yearly benefit, or a cell's count): the area grows
 * linearly with z from 0 to the largest z. Cells of the two scopes share a square: the internal
 * one sits left of its centre, the external one right, and neither outgrows its half of the square.
 * Spread (a crowded chart): each mark moves by less than its radius, always the same way, so that
 * use cases with the same scores do not hide each other entirely.
 */
export function placeMarks(
  marks: readonly ChartMark[],
  g: PlotGeometry,
  sized: boolean,
  cellSize: number | null,
  spread = false,
): PlacedMark[] {
  let maxZ = 0;
  if (sized) for (const m of marks) if (m.z > maxZ) maxZ = m.z;
  const fixedR = Math.sqrt(AREA.fixed / Math.PI);
  let maxR = Math.sqrt(AREA.max / Math.PI);
  let shift = 0;
  if (cellSize !== null) {
    const cellW = (cellSize / 100) * g.plotWidth;
    const cellH = (cellSize / 100) * g.plotHeight;
    shift = cellW / 4;
    maxR = Math.max(4, Math.min(cellW / 4, cellH / 2) - 1);
  }
  const minR = Math.min(maxR, Math.sqrt(AREA.min / Math.PI));
  return marks.map((mark) => {
    let r = fixedR;
    if (sized && maxZ > 0) {
      const share = Math.max(0, mark.z) / maxZ;
      r = Math.sqrt(minR * minR + share * (maxR * maxR - minR * minR));
    } else if (sized) r = minR;
    let dx = cellSize === null ? 0 : mark.scope === 'internal' ? -shift : shift;
    let dy = 0;
    if (spread) {
      const [turn, reach] = hashPair(mark.key);
      const distance = Math.sqrt(reach) * fixedR * 0.9;
      dx += Math.cos(turn * 2 * Math.PI) * distance;
      dy = Math.sin(turn * 2 * Math.PI) * distance;
    }
    return { mark, px: xOf(g, mark.x) + dx, py: yOf(g, mark.y) + dy, r };
  });
}

/**
 * The mark under a point of the chart: the top-most one drawn under it (marks are drawn in
 * order, so the last one wins), else the nearest within `slack` pixels of its edge.
 */
export function markAt(
  placed: readonly PlacedMark[],
  x: number,
  y: number,
  slack = 4,
): PlacedMark | null {
  let nearest: PlacedMark | null = null;
  let nearestGap = slack;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i] as PlacedMark;
    const d = Math.hypot(p.px - x, p.py - y);
    // Diamonds reach 1.2 r along the axes: count their tips as inside.
    const reach = p.mark.scope === 'external' ? p.r * 1.2 : p.r;
    if (d <= reach) return p;
    if (d - reach < nearestGap) {
      nearestGap = d - reach;
      nearest = p;
    }
  }
  return nearest;
}

/** The outline of a diamond (external scope) of "radius" r, as an SVG path. */
export function diamondPath(cx: number, cy: number, r: number): string {
  const a = r * 1.2;
  const n = (v: number) => Math.round(v * 10) / 10;
  return `M${n(cx)},${n(cy - a)}L${n(cx + a)},${n(cy)}L${n(cx)},${n(cy + a)}L${n(cx - a)},${n(cy)}Z`;
}
