import type { MouseEvent } from 'react';
import { usePlotArea } from 'recharts';
import { INK, SCOPE_COLOUR } from './matrix-colours';
import type { ChartDatum } from './matrix-chart';

const R = 5;

/**
 * Many marks as two SVG paths (one per scope) instead of one element per use case: a weight
 * change on 1,000 use cases repaints without freezing the page. Labels stay as text; a click
 * opens the nearest use case.
 */
export function DenseMarks({
  internal,
  external,
  onOpen,
}: {
  internal: ChartDatum[];
  external: ChartDatum[];
  onOpen: (id: string) => void;
}) {
  const plot = usePlotArea();
  if (!plot) return null;
  const px = (d: ChartDatum) => plot.x + (d.x / 100) * plot.width;
  const py = (d: ChartDatum) => plot.y + (1 - d.y / 100) * plot.height;
  const circles = internal
    .map((d) => `M${px(d) - R},${py(d)}a${R},${R} 0 1,0 ${2 * R},0a${R},${R} 0 1,0 ${-2 * R},0`)
    .join('');
  const diamonds = external.map((d) => `M${px(d)},${py(d) - 6}l6,6l-6,6l-6,-6Z`).join('');
  const all = [...internal, ...external];
  const open = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = plot.x + e.clientX - box.left;
    const y = plot.y + e.clientY - box.top;
    let best: ChartDatum | null = null;
    let bestDistance = 10 * 10;
    for (const d of all) {
      const distance = (px(d) - x) ** 2 + (py(d) - y) ** 2;
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    if (best?.id) onOpen(best.id);
  };
  return (
    <g data-dense-marks={all.length}>
      <path d={circles} fill={SCOPE_COLOUR.internal} fillOpacity={0.6} />
      <path d={diamonds} fill={SCOPE_COLOUR.external} fillOpacity={0.6} />
      {all.map((d) =>
        d.label ? (
          <text
            key={d.key}
            x={d.label.side === 'right' ? px(d) + R + 4 : px(d) - R - 4}
            y={py(d) + 5}
            textAnchor={d.label.side === 'right' ? 'start' : 'end'}
            fontSize={14}
            fill={INK}
            stroke="#fff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {d.label.text}
          </text>
        ) : null,
      )}
      <rect
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        style={{ cursor: 'pointer' }}
        onClick={open}
      />
    </g>
  );
}
