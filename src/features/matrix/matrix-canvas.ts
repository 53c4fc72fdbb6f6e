import { SCOPE_COLOUR } from './matrix-colours';
import type { PlacedMark } from './matrix-geometry';

export const MARK_OPACITY = 0.8;
/** Counts are written inside cells whose bubble is at least this big. */
export const COUNT_MIN_RADIUS = 7;

export function countFontSize(r: number): number {
  return Math.round(Math.min(13, Math.max(9, r * 0.95)));
}

function tracePath(context: CanvasRenderingContext2D, p: PlacedMark): void {
  context.beginPath();
  if (p.mark.scope === 'internal') {
    context.arc(p.px, p.py, p.r, 0, Math.PI * 2);
  } else {
    const a = p.r * 1.2;
    context.moveTo(p.px, p.py - a);
    context.lineTo(p.px + a, p.py);
    context.lineTo(p.px, p.py + a);
    context.lineTo(p.px - a, p.py);
    context.closePath();
  }
}

/**
 * Draws the marks on a canvas of the chart's size (CSS pixels times the device pixel ratio):
 * one path per mark, in order (the last drawn is on top), white outline, count in the cells.
 * A thousand marks take a few milliseconds, where as many SVG nodes take a long task to lay out.
 */
export function drawMarks(
  canvas: HTMLCanvasElement,
  placed: readonly PlacedMark[],
  width: number,
  height: number,
  font: string,
): void {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.lineWidth = 1;
  context.strokeStyle = '#ffffff';
  for (const p of placed) {
    tracePath(context, p);
    context.globalAlpha = MARK_OPACITY;
    context.fillStyle = SCOPE_COLOUR[p.mark.scope];
    context.fill();
    context.globalAlpha = 1;
    context.stroke();
  }
  context.fillStyle = '#ffffff';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const p of placed) {
    if (p.mark.count <= 1 || p.r < COUNT_MIN_RADIUS) continue;
    context.font = `700 ${countFontSize(p.r)}px ${font}`;
    context.fillText(String(p.mark.count), p.px, p.py + 0.5);
  }
}
