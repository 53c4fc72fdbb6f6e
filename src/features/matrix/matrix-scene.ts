import { placeMatrixLabels } from '../../domain/matrix/matrix-labels';
import type { Thresholds } from '../../domain/schema/workspace';
import { INK, MUTED_INK, QUADRANT_FILL } from './matrix-colours';
import {
  chartHeightFor,
  placeMarks,
  plotGeometry,
  SVG_MARKS_UP_TO,
  xOf,
  yOf,
  type ChartMark,
  type PlacedMark,
  type PlotGeometry,
} from './matrix-geometry';

/**
 * What the chart draws apart from its marks, as plain shapes: the same list is rendered as SVG on
 * screen and written into the exported SVG, so the two always agree.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash?: string;
    }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill: string;
      anchor: 'start' | 'middle' | 'end';
      bold?: boolean;
      /** Degrees, about (x, y). */
      rotate?: number;
      /** A white outline under the letters: readable over marks. */
      halo?: boolean;
    };

export interface ChartTexts {
  value: string;
  feasibility: string;
  quadrant: { quickWin: string; strategicBet: string; fillIn: string; deprioritise: string };
  /** Formats an axis tick (0, 25, ... 100) in the UI language. */
  tick: (n: number) => string;
}

const TICKS = [0, 25, 50, 75, 100];
const GRID = '#d9dee5';

/** Text baseline for letters centred on y (the scene has no dominant-baseline). */
const middle = (y: number, size: number) => y + size * 0.35;

/** Quadrant fills, grid, axes with their ticks and titles, threshold lines: under the marks. */
function backgroundShapes(g: PlotGeometry, th: Thresholds, texts: ChartTexts): Shape[] {
  const x0 = g.left;
  const x1 = g.left + g.plotWidth;
  const y0 = g.top;
  const y1 = g.top + g.plotHeight;
  const tx = xOf(g, th.feasibility);
  const ty = yOf(g, th.value);
  const s = g.fontScale;
  const shapes: Shape[] = [
    { kind: 'rect', x: tx, y: y0, width: x1 - tx, height: ty - y0, fill: QUADRANT_FILL.quickWin },
    {
      kind: 'rect',
      x: x0,
      y: y0,
      width: tx - x0,
      height: ty - y0,
      fill: QUADRANT_FILL.strategicBet,
    },
    { kind: 'rect', x: tx, y: ty, width: x1 - tx, height: y1 - ty, fill: QUADRANT_FILL.fillIn },
    {
      kind: 'rect',
      x: x0,
      y: ty,
      width: tx - x0,
      height: y1 - ty,
      fill: QUADRANT_FILL.deprioritise,
    },
  ];
  const tickSize = Math.round(14 * s);
  for (const t of TICKS) {
    const x = xOf(g, t);
    const y = yOf(g, t);
    shapes.push(
      { kind: 'line', x1: x, y1: y0, x2: x, y2: y1, stroke: GRID, width: 1, dash: '3 3' },
      { kind: 'line', x1: x0, y1: y, x2: x1, y2: y, stroke: GRID, width: 1, dash: '3 3' },
      { kind: 'line', x1: x, y1: y1, x2: x, y2: y1 + 6, stroke: MUTED_INK, width: 1 },
      { kind: 'line', x1: x0 - 6, y1: y, x2: x0, y2: y, stroke: MUTED_INK, width: 1 },
      {
        kind: 'text',
        x,
        y: y1 + 8 + tickSize,
        text: texts.tick(t),
        size: tickSize,
        fill: INK,
        anchor: 'middle',
      },
      {
        kind: 'text',
        x: x0 - 10,
        y: middle(y, tickSize),
        text: texts.tick(t),
        size: tickSize,
        fill: INK,
        anchor: 'end',
      },
    );
  }
  const titleSize = Math.round(15 * s);
  shapes.push(
    { kind: 'line', x1: x0, y1: y1, x2: x1, y2: y1, stroke: MUTED_INK, width: 1 },
    { kind: 'line', x1: x0, y1: y0, x2: x0, y2: y1, stroke: MUTED_INK, width: 1 },
    { kind: 'line', x1: tx, y1: y0, x2: tx, y2: y1, stroke: INK, width: 2 },
    { kind: 'line', x1: x0, y1: ty, x2: x1, y2: ty, stroke: INK, width: 2 },
    {
      kind: 'text',
      x: x0 + g.plotWidth / 2,
      y: g.height - 10,
      text: texts.feasibility,
      size: titleSize,
      fill: INK,
      anchor: 'middle',
      bold: true,
    },
    {
      kind: 'text',
      x: 4 + titleSize,
      y: y0 + g.plotHeight / 2,
      text: texts.value,
      size: titleSize,
      fill: INK,
      anchor: 'middle',
      bold: true,
      rotate: -90,
    },
  );
  return shapes;
}

/** The quadrant names, in the outer corner of each quadrant, above the marks (with a halo). */
function quadrantNameShapes(g: PlotGeometry, texts: ChartTexts): Shape[] {
  const size = Math.round(16 * g.fontScale);
  const pad = 8;
  const left = g.left + pad;
  const right = g.left + g.plotWidth - pad;
  const top = g.top + pad + size * 0.8;
  const bottom = g.top + g.plotHeight - pad;
  const name = (x: number, y: number, text: string, anchor: 'start' | 'end'): Shape => ({
    kind: 'text',
    x,
    y,
    text,
    size,
    fill: MUTED_INK,
    anchor,
    bold: true,
    halo: true,
  });
  return [
    name(right, top, texts.quadrant.quickWin, 'end'),
    name(left, top, texts.quadrant.strategicBet, 'start'),
    name(right, bottom, texts.quadrant.fillIn, 'end'),
    name(left, bottom, texts.quadrant.deprioritise, 'start'),
  ];
}

export interface LabelSource {
  id: string;
  title: string;
  value: number;
  feasibility: number;
}

/**
 * Names next to the best-ranked marks that fit without overlapping (fewer when the chart is
 * crowded, where a name over a cloud of marks is hard to read), with a halo.
 */
function labelShapes(
  points: readonly LabelSource[],
  placed: ReadonlyMap<string, PlacedMark>,
  g: PlotGeometry,
  crowded: boolean,
): Shape[] {
  const size = Math.round((crowded ? 13 : 14) * g.fontScale);
  const labels = placeMatrixLabels(points, {
    width: g.plotWidth,
    height: g.plotHeight,
    fontSize: size,
    maxLabels: crowded ? 8 : 12,
    maxChars: g.fontScale > 1 ? 32 : 28,
  });
  const shapes: Shape[] = [];
  for (const label of labels) {
    const p = placed.get(label.id);
    if (!p) continue;
    const gap = p.r + 4;
    shapes.push({
      kind: 'text',
      x: label.side === 'right' ? p.px + gap : p.px - gap,
      y: middle(p.py, size),
      text: label.text,
      size,
      fill: INK,
      anchor: label.side === 'right' ? 'start' : 'end',
      halo: true,
    });
  }
  return shapes;
}

/** What is drawn over the marks: the names of the marks placed, then the quadrants' names. */
function foregroundShapes(
  points: readonly LabelSource[],
  placed: readonly PlacedMark[],
  g: PlotGeometry,
  crowded: boolean,
  texts: ChartTexts,
): Shape[] {
  const byId = new Map<string, PlacedMark>();
  for (const p of placed) if (p.mark.id) byId.set(p.mark.id, p);
  return [...labelShapes(points, byId, g, crowded), ...quadrantNameShapes(g, texts)];
}

/** What the matrix draws: the same on screen and in the exported SVG. */
export interface MatrixSource {
  /** In drawing order: the last one is on top (the best ranked). */
  marks: readonly ChartMark[];
  /** Candidates for a name on the chart, best ranked first (none when aggregated). */
  labels: readonly LabelSource[];
  /** Side of an aggregation cell in score points, or null when each mark is a use case. */
  cellSize: number | null;
  thresholds: Thresholds;
  sized: boolean;
  texts: ChartTexts;
}

/**
 * The matrix laid out at a width: its height and plot, the marks placed (spread apart when they
 * are too many for SVG and each is a use case), and the shapes drawn under and over them.
 */
export function layOutMatrix(width: number, source: MatrixSource) {
  const height = chartHeightFor(width);
  const g = plotGeometry(width, height);
  const crowded = source.marks.length > SVG_MARKS_UP_TO;
  const { marks, sized, cellSize, texts } = source;
  const placed = placeMarks(marks, g, sized, cellSize, crowded && cellSize === null);
  return {
    height,
    g,
    crowded,
    placed,
    background: backgroundShapes(g, source.thresholds, texts),
    foreground: foregroundShapes(source.labels, placed, g, crowded, texts),
  };
}
