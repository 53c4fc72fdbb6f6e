import { CHART_FONT, INK, SCOPE_COLOUR } from './matrix-colours';
import { MARK_OPACITY, COUNT_MIN_RADIUS, countFontSize } from './matrix-canvas';
import { diamondPath, type PlacedMark } from './matrix-geometry';
import { layOutMatrix, type MatrixSource, type Shape } from './matrix-scene';
import { shapeSvg } from './matrix-shape-svg';
import { downloadBlob, downloadText } from '../../ui/download-file';

/** Width of the exported chart: a 16:9 slide, sharp on a projector (the PNG is twice as big). */
const EXPORT_WIDTH = 1280;

export interface ExportLegend {
  title: string;
  items: { label: string; colour: string; shape: 'circle' | 'diamond' }[];
}

export interface MatrixExport extends MatrixSource {
  legend: ExportLegend;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 10) / 10);

function shapeMarkup(shape: Shape): string {
  const { tag, attributes, text } = shapeSvg(shape, n);
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return text === undefined
    ? `<${tag}${written}/>`
    : `<${tag}${written}>${escapeXml(text)}</${tag}>`;
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
  const scene = layOutMatrix(width, source);
  const chartHeight = scene.height;
  const top = 48;
  const height = top + chartHeight + 48;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="32" font-size="22" font-weight="700" fill="${INK}">${escapeXml(source.legend.title)}</text>`,
    `<g transform="translate(0, ${top})">`,
    ...scene.background.map(shapeMarkup),
    ...scene.placed.map(markMarkup),
    ...scene.foreground.map(shapeMarkup),
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
