import { CHART_FONT, INK, SCOPE_COLOUR } from './matrix-colours';
import { MARK_OPACITY, COUNT_MIN_RADIUS, countFontSize } from './matrix-canvas';
import {
  chartHeightFor,
  diamondPath,
  placeMarks,
  plotGeometry,
  SVG_MARKS_UP_TO,
  type ChartMark,
  type PlacedMark,
} from './matrix-geometry';
import {
  backgroundShapes,
  foregroundShapes,
  type ChartTexts,
  type LabelSource,
  type Shape,
} from './matrix-scene';
import type { Thresholds } from '../../domain/schema/workspace';
import { downloadBlob, downloadText } from '../../ui/download-file';

/** Width of the exported chart: a 16:9 slide, sharp on a projector (the PNG is twice as big). */
const EXPORT_WIDTH = 1280;

export interface ExportLegend {
  title: string;
  items: { label: string; colour: string; shape: 'circle' | 'diamond' }[];
}

export interface MatrixExport {
  marks: readonly ChartMark[];
  labels: readonly LabelSource[];
  cellSize: number | null;
  thresholds: Thresholds;
  sized: boolean;
  texts: ChartTexts;
  legend: ExportLegend;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 10) / 10);

function shapeMarkup(shape: Shape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"/>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${shape.width}"${shape.dash ? ` stroke-dasharray="${shape.dash}"` : ''}/>`;
    case 'text': {
      const rotate = shape.rotate
        ? ` transform="rotate(${shape.rotate} ${n(shape.x)} ${n(shape.y)})"`
        : '';
      const bold = shape.bold ? ' font-weight="700"' : '';
      const halo = shape.halo
        ? ' stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"'
        : '';
      return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${shape.size}" fill="${shape.fill}" text-anchor="${shape.anchor}"${bold}${halo}${rotate}>${escapeXml(shape.text)}</text>`;
    }
  }
}

function markMarkup({ mark, px, py, r }: PlacedMark): string {
  const colour = SCOPE_COLOUR[mark.scope];
  const paint = `fill="${colour}" fill-opacity="${MARK_OPACITY}" stroke="#ffffff"`;
  const shape =
    mark.scope === 'internal'
      ? `<circle cx="${n(px)}" cy="${n(py)}" r="${n(r)}" ${paint}/>`
      : `<path d="${diamondPath(px, py, r)}" ${paint}/>`;
  if (mark.count <= 1 || r < COUNT_MIN_RADIUS) return shape;
  const size = countFontSize(r);
  return `${shape}<text x="${n(px)}" y="${n(py + size * 0.35)}" font-size="${size}" font-weight="700" fill="#ffffff" text-anchor="middle">${mark.count}</text>`;
}

/**
 * The matrix as a standalone SVG document, written from the data (not copied from the screen,
 * whose marks may be on a canvas): white background, a title above, the chart with every mark,
 * the legend below, fonts and colours written in.
 */
export function matrixSvg(source: MatrixExport): string {
  const width = EXPORT_WIDTH;
  const chartHeight = chartHeightFor(width);
  const g = plotGeometry(width, chartHeight);
  const crowded = source.marks.length > SVG_MARKS_UP_TO;
  const placed = placeMarks(
    source.marks,
    g,
    source.sized,
    source.cellSize,
    crowded && source.cellSize === null,
  );
  const top = 48;
  const height = top + chartHeight + 48;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="32" font-size="22" font-weight="700" fill="${INK}">${escapeXml(source.legend.title)}</text>`,
    `<g transform="translate(0, ${top})">`,
    ...backgroundShapes(g, source.thresholds, source.texts).map(shapeMarkup),
    ...placed.map(markMarkup),
    ...foregroundShapes(source.labels, placed, g, crowded, source.texts).map(shapeMarkup),
    '</g>',
  ];
  let x = 16;
  const y = top + chartHeight + 30;
  for (const item of source.legend.items) {
    parts.push(
      item.shape === 'circle'
        ? `<circle cx="${x + 7}" cy="${y - 5}" r="7" fill="${item.colour}"/>`
        : `<path d="${diamondPath(x + 7, y - 5, 7)}" fill="${item.colour}"/>`,
      `<text x="${x + 22}" y="${y}" font-size="16" fill="${INK}">${escapeXml(item.label)}</text>`,
    );
    x += 48 + item.label.length * 9;
  }
  parts.push('</svg>');
  return parts.join('');
}

export function downloadSvg(svgText: string, fileName: string): void {
  downloadText(fileName, svgText, 'image/svg+xml;charset=utf-8');
}

/** Draws the SVG on a canvas at twice its size (sharp on a projector) and downloads a PNG. */
export async function downloadPng(svgText: string, fileName: string): Promise<void> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The PNG could not be made');
  downloadBlob(fileName, blob);
}
