import type { Shape } from './matrix-scene';

/** A scene shape as an SVG element: its tag, its attributes by their SVG names, its words. */
export interface ShapeSvg {
  tag: Shape['kind'];
  attributes: Record<string, string | number>;
  text?: string;
}

/**
 * How a scene shape is written in SVG, once for both: the screen renders it and the export writes
 * it, so the two always agree. `at` writes a position (the export rounds it to one decimal; the
 * screen keeps it as it is).
 */
export function shapeSvg(
  shape: Shape,
  at: (position: number) => number | string = (position) => position,
): ShapeSvg {
  switch (shape.kind) {
    case 'rect': {
      const { x, y, width, height, fill } = shape;
      return {
        tag: 'rect',
        attributes: { x: at(x), y: at(y), width: at(width), height: at(height), fill },
      };
    }
    case 'line':
      return {
        tag: 'line',
        attributes: {
          x1: at(shape.x1),
          y1: at(shape.y1),
          x2: at(shape.x2),
          y2: at(shape.y2),
          stroke: shape.stroke,
          'stroke-width': shape.width,
          ...(shape.dash ? { 'stroke-dasharray': shape.dash } : {}),
        },
      };
    case 'text':
      return {
        tag: 'text',
        text: shape.text,
        attributes: {
          x: at(shape.x),
          y: at(shape.y),
          'font-size': shape.size,
          fill: shape.fill,
          'text-anchor': shape.anchor,
          ...(shape.bold ? { 'font-weight': 700 } : {}),
          // A white outline under the letters: readable over marks.
          ...(shape.halo
            ? {
                stroke: '#ffffff',
                'stroke-width': 4,
                'stroke-linejoin': 'round',
                'paint-order': 'stroke',
              }
            : {}),
          ...(shape.rotate
            ? { transform: `rotate(${shape.rotate} ${at(shape.x)} ${at(shape.y)})` }
            : {}),
        },
      };
  }
}
