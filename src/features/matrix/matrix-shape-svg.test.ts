import { describe, expect, it } from 'vitest';
import { shapeSvg } from './matrix-shape-svg';

const oneDecimal = (v: number) => String(Math.round(v * 10) / 10);

describe('shapeSvg', () => {
  it('writes a quadrant as a rectangle, its position as the export rounds it', () => {
    const quadrant = {
      kind: 'rect',
      x: 10.04,
      y: 20.06,
      width: 300,
      height: 150.56,
      fill: '#eef',
    } as const;
    expect(shapeSvg(quadrant, oneDecimal)).toEqual({
      tag: 'rect',
      attributes: { x: '10', y: '20.1', width: '300', height: '150.6', fill: '#eef' },
    });
  });

  it('writes a threshold as a dashed line, and a plain one without a dash', () => {
    const line = { x1: 0, y1: 5, x2: 100, y2: 5, stroke: '#333', width: 1.5 };
    expect(shapeSvg({ kind: 'line', ...line, dash: '4 3' }).attributes).toEqual({
      x1: 0,
      y1: 5,
      x2: 100,
      y2: 5,
      stroke: '#333',
      'stroke-width': 1.5,
      'stroke-dasharray': '4 3',
    });
    expect(shapeSvg({ kind: 'line', ...line }).attributes).not.toHaveProperty('stroke-dasharray');
  });

  it('writes an axis name turned a quarter, in bold, with its white outline', () => {
    const name = {
      kind: 'text',
      x: 12.34,
      y: 200,
      text: 'Value',
      size: 14,
      fill: '#111',
      anchor: 'middle',
      bold: true,
      rotate: -90,
      halo: true,
    } as const;
    expect(shapeSvg(name)).toEqual({
      tag: 'text',
      text: 'Value',
      attributes: {
        x: 12.34,
        y: 200,
        'font-size': 14,
        fill: '#111',
        'text-anchor': 'middle',
        'font-weight': 700,
        stroke: '#ffffff',
        'stroke-width': 4,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
        transform: 'rotate(-90 12.34 200)',
      },
    });
    // The export rounds the turn's centre with the position.
    expect(shapeSvg(name, oneDecimal).attributes.transform).toBe('rotate(-90 12.3 200)');
  });

  it('leaves out what a plain name does not have', () => {
    const plain = shapeSvg({
      kind: 'text',
      x: 1,
      y: 2,
      text: 'Quick wins',
      size: 12,
      fill: '#555',
      anchor: 'start',
    });
    expect(Object.keys(plain.attributes)).toEqual(['x', 'y', 'font-size', 'fill', 'text-anchor']);
  });
});
