import type { MouseEvent } from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import type { Scope } from '../../domain/schema/use-case';
import type { Thresholds } from '../../domain/schema/workspace';
import { INK, MUTED_INK, QUADRANT_FILL, SCOPE_COLOUR } from './matrix-colours';

/** One mark of the chart: a use case, or a cell of several (count > 1 when aggregated). */
export interface ChartDatum {
  key: string;
  /** Use case id; null for an aggregated cell. */
  id: string | null;
  x: number;
  y: number;
  z: number;
  scope: Scope;
  label: { text: string; side: 'left' | 'right' } | null;
  /** Lines shown in the tooltip, already formatted. */
  tooltip: string[];
  count: number;
}

export interface ChartTexts {
  value: string;
  feasibility: string;
  scope: Record<Scope, string>;
  quadrant: { quickWin: string; strategicBet: string; fillIn: string; deprioritise: string };
}

interface Props {
  internal: ChartDatum[];
  external: ChartDatum[];
  thresholds: Thresholds;
  /** Bubbles sized by z (yearly benefit, or count of a cell). */
  sized: boolean;
  texts: ChartTexts;
  onOpen: (id: string) => void;
  height: number;
  animate: boolean;
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  width?: number;
  payload?: ChartDatum;
}

function makeShape(onOpen: (id: string) => void) {
  return function MatrixMark({ cx = 0, cy = 0, width = 10, payload }: ShapeProps) {
    if (!payload) return <g />;
    const r = Math.max(5, width / 2);
    const colour = SCOPE_COLOUR[payload.scope];
    const open = (e: MouseEvent) => {
      e.stopPropagation();
      if (payload.id) onOpen(payload.id);
    };
    const mark =
      payload.scope === 'internal' ? (
        <circle cx={cx} cy={cy} r={r} fill={colour} fillOpacity={0.8} stroke="#fff" />
      ) : (
        <path
          d={`M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`}
          fill={colour}
          fillOpacity={0.8}
          stroke="#fff"
        />
      );
    const label = payload.label;
    return (
      <g
        onClick={open}
        style={{ cursor: payload.id ? 'pointer' : 'default' }}
        data-use-case={payload.id ?? undefined}
      >
        {mark}
        {payload.count > 1 ? (
          <text x={cx} y={cy + 5} textAnchor="middle" fontSize={13} fill="#fff" fontWeight={700}>
            {payload.count}
          </text>
        ) : null}
        {label ? (
          <text
            x={label.side === 'right' ? cx + r + 4 : cx - r - 4}
            y={cy + 5}
            textAnchor={label.side === 'right' ? 'start' : 'end'}
            fontSize={14}
            fill={INK}
            stroke="#fff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {label.text}
          </text>
        ) : null}
      </g>
    );
  };
}

function TooltipBox({ active, datum }: { active: boolean; datum: ChartDatum | undefined }) {
  if (!active || !datum) return null;
  return (
    <div
      style={{
        background: '#fff',
        border: '1px solid #d9dee5',
        borderRadius: 6,
        padding: '0.5rem 0.7rem',
        fontSize: 14,
      }}
    >
      {datum.tooltip.map((line, i) => (
        <div key={i} style={i === 0 ? { fontWeight: 700 } : undefined}>
          {line}
        </div>
      ))}
    </div>
  );
}

const TICKS = [0, 25, 50, 75, 100];

/** The value vs feasibility scatter, quadrants at the workspace thresholds. Drawn only. */
export default function MatrixChart(props: Props) {
  const { thresholds: th, texts, sized, animate } = props;
  const shape = makeShape(props.onOpen);
  const area = (
    x1: number,
    x2: number,
    y1: number,
    y2: number,
    fill: string,
    value: string,
    position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight',
  ) => (
    <ReferenceArea
      x1={x1}
      x2={x2}
      y1={y1}
      y2={y2}
      fill={fill}
      fillOpacity={1}
      ifOverflow="hidden"
      label={{ value, position, fontSize: 16, fontWeight: 700, fill: MUTED_INK }}
    />
  );
  return (
    <ResponsiveContainer
      width="100%"
      height={props.height}
      initialDimension={{ width: 960, height: props.height }}
    >
      <ScatterChart
        margin={{ top: 16, right: 24, bottom: 32, left: 16 }}
        accessibilityLayer={false}
      >
        {area(
          th.feasibility,
          100,
          th.value,
          100,
          QUADRANT_FILL.quickWin,
          texts.quadrant.quickWin,
          'insideTopRight',
        )}
        {area(
          0,
          th.feasibility,
          th.value,
          100,
          QUADRANT_FILL.strategicBet,
          texts.quadrant.strategicBet,
          'insideTopLeft',
        )}
        {area(
          th.feasibility,
          100,
          0,
          th.value,
          QUADRANT_FILL.fillIn,
          texts.quadrant.fillIn,
          'insideBottomRight',
        )}
        {area(
          0,
          th.feasibility,
          0,
          th.value,
          QUADRANT_FILL.deprioritise,
          texts.quadrant.deprioritise,
          'insideBottomLeft',
        )}
        <CartesianGrid strokeDasharray="3 3" stroke="#d9dee5" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, 100]}
          ticks={TICKS}
          tick={{ fontSize: 14, fill: INK }}
          label={{
            value: texts.feasibility,
            position: 'bottom',
            offset: 12,
            fontSize: 15,
            fill: INK,
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, 100]}
          ticks={TICKS}
          tick={{ fontSize: 14, fill: INK }}
          width={56}
          label={{
            value: texts.value,
            angle: -90,
            position: 'insideLeft',
            fontSize: 15,
            fill: INK,
          }}
        />
        <ZAxis type="number" dataKey="z" range={sized ? [80, 1400] : [110, 110]} />
        <ReferenceLine x={th.feasibility} stroke={INK} strokeWidth={2} />
        <ReferenceLine y={th.value} stroke={INK} strokeWidth={2} />
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          content={({ active, payload }) => (
            <TooltipBox active={active} datum={payload[0]?.payload as ChartDatum | undefined} />
          )}
        />
        <Scatter
          name={texts.scope.internal}
          data={props.internal}
          fill={SCOPE_COLOUR.internal}
          shape={shape}
          legendType="circle"
          isAnimationActive={animate}
        />
        <Scatter
          name={texts.scope.external}
          data={props.external}
          fill={SCOPE_COLOUR.external}
          shape={shape}
          legendType="diamond"
          isAnimationActive={animate}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
