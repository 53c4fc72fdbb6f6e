import { createElement, memo } from 'react';
import { COUNT_MIN_RADIUS, MARK_OPACITY, countFontSize } from './matrix-canvas';
import { CHART_FONT, SCOPE_COLOUR } from './matrix-colours';
import { diamondPath, type PlacedMark } from './matrix-geometry';
import type { Shape } from './matrix-scene';
import { shapeSvg } from './matrix-shape-svg';
import styles from './matrix.module.css';

/** SVG's attribute names as React writes them: "stroke-width" is strokeWidth. */
const reactName = (name: string) =>
  name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

function ShapeElement({ shape }: { shape: Shape }) {
  const { tag, attributes, text } = shapeSvg(shape);
  const props = Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [reactName(name), value]),
  );
  return createElement(tag, props, text);
}

/** A list of scene shapes as one SVG (the background under the marks, or the names above). */
export const ShapesSvg = memo(function ShapesSvg({
  shapes,
  width,
  height,
  layer = false,
}: {
  shapes: readonly Shape[];
  width: number;
  height: number;
  /** Stacked over the others (absolute). */
  layer?: boolean;
}) {
  return (
    <svg
      className={layer ? styles.layer : styles.base}
      width={width}
      height={height}
      fontFamily={CHART_FONT}
      aria-hidden="true"
    >
      {shapes.map((shape, i) => (
        <ShapeElement key={i} shape={shape} />
      ))}
    </svg>
  );
});

/** One mark as SVG (few marks): a circle (internal) or a diamond (external). */
export function MarkSvg({ placed }: { placed: PlacedMark }) {
  const { mark, px, py, r } = placed;
  const colour = SCOPE_COLOUR[mark.scope];
  return (
    // The layer lets the pointer through; a mark itself takes it (the chart hit-tests the click).
    <g data-use-case={mark.id ?? undefined} pointerEvents="auto">
      {mark.scope === 'internal' ? (
        <circle cx={px} cy={py} r={r} fill={colour} fillOpacity={MARK_OPACITY} stroke="#fff" />
      ) : (
        <path d={diamondPath(px, py, r)} fill={colour} fillOpacity={MARK_OPACITY} stroke="#fff" />
      )}
      {mark.count > 1 && r >= COUNT_MIN_RADIUS ? (
        <text
          x={px}
          y={py + countFontSize(r) * 0.35}
          textAnchor="middle"
          fontSize={countFontSize(r)}
          fontWeight={700}
          fill="#fff"
        >
          {mark.count}
        </text>
      ) : null}
    </g>
  );
}
