const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

export interface ExportLegend {
  title: string;
  items: { label: string; colour: string; shape: 'circle' | 'diamond' }[];
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * A standalone copy of the chart's SVG: white background, a title above, the legend below
 * (the on-screen legend is HTML), fonts and sizes written in, no link to the page's CSS.
 */
export function standaloneSvg(source: SVGSVGElement, legend: ExportLegend): string {
  const box = source.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const top = 40;
  const height = chartHeight + top + 44;
  const svg = svgElement('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
  });
  svg.append(svgElement('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const title = svgElement('text', { x: 16, y: 26, 'font-size': 20, 'font-weight': 700 });
  title.textContent = legend.title;
  svg.append(title);
  const chart = svgElement('g', { transform: `translate(0, ${top})` });
  for (const child of Array.from(source.childNodes)) chart.append(child.cloneNode(true));
  svg.append(chart);
  let x = 16;
  const y = top + chartHeight + 26;
  for (const item of legend.items) {
    svg.append(
      item.shape === 'circle'
        ? svgElement('circle', { cx: x + 7, cy: y - 5, r: 7, fill: item.colour })
        : svgElement('path', {
            d: `M${x + 7},${y - 14}L${x + 16},${y - 5}L${x + 7},${y + 4}L${x - 2},${y - 5}Z`,
            fill: item.colour,
          }),
    );
    const text = svgElement('text', { x: x + 22, y, 'font-size': 15 });
    text.textContent = item.label;
    svg.append(text);
    x += 40 + item.label.length * 9;
  }
  return new XMLSerializer().serializeToString(svg);
}

function download(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

export function downloadSvg(svgText: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  download(url, fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
  const url = URL.createObjectURL(blob);
  download(url, fileName);
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
