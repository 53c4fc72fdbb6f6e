import { useProjector } from './projector';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface ContributionBar {
  label: string;
  detail: string;
  points: number;
}

interface Props {
  bars: readonly ContributionBar[];
  formatPoints: (n: number) => string;
  /** Accessible name of the chart; the figures are also in the table beside it. */
  title: string;
  animate?: boolean;
  /** Size of every label (axis, criteria, points), in CSS pixels. */
  fontSize?: number;
  /** Room for the criteria's names, in CSS pixels. */
  labelWidth?: number;
  /** Height of one bar's row, in CSS pixels. */
  rowHeight?: number;
  /** The scale of points under the bars (each bar also writes its points). */
  axis?: boolean;
  /**
   * Room (CSS pixels) for each bar's points in a column of their own at the right, instead of
   * at the end of the bar: in a narrow chart, a long bar's figure would run into the names.
   */
  pointsColumn?: number;
}

/** The size projector.css draws chart labels at. */
const PROJECTOR_LABEL_PX = 18;

/** Contributions (points above or below 50) as horizontal bars, largest first. Drawn only. */
export default function ContributionChart({
  bars,
  formatPoints,
  title,
  animate = true,
  fontSize = 14,
  labelWidth = 330,
  rowHeight = 42,
  axis = true,
  pointsColumn,
}: Props) {
  // A symmetric axis in steps of 5 points, so that left and right read the same.
  const limit = 5 * Math.max(1, ...bars.map((b) => Math.ceil(Math.abs(b.points) / 5)));
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];
  const data = bars.map((b) => ({
    ...b,
    name: b.detail ? `${b.label} · ${b.detail}` : b.label,
    shown: formatPoints(b.points),
  }));
  // On the projector every chart label is drawn at 18 px (projector.css) while the names are
  // wrapped to `labelWidth` as measured at `fontSize`: the names' column widens in proportion
  // (and a little more), so that no name is cut at the left edge.
  const projector = useProjector();
  const namesWidth =
    projector && fontSize < PROJECTOR_LABEL_PX
      ? Math.round((labelWidth * PROJECTOR_LABEL_PX * 1.05) / fontSize)
      : labelWidth;
  const tick = { fontSize, fill: '#1c2430' };
  return (
    <figure role="img" aria-label={title} style={{ margin: 0 }}>
      <ResponsiveContainer
        width="100%"
        height={bars.length * rowHeight + (axis ? 40 : 16)}
        initialDimension={{ width: 720, height: 380 }}
      >
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: pointsColumn ? 4 : 48, bottom: 8, left: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            hide={!axis}
            type="number"
            domain={[-limit, limit]}
            ticks={ticks}
            tickFormatter={(v: number) => formatPoints(v)}
            tick={tick}
          />
          {/* In the narrow chart (points in their own column) a name stays on one line: wrapped,
              it would run into the next bar's name. */}
          <YAxis
            type="category"
            dataKey="name"
            width={namesWidth}
            tick={{ ...tick, width: pointsColumn ? 1000 : labelWidth }}
            interval={0}
          />
          {pointsColumn ? (
            <YAxis
              yAxisId="points"
              orientation="right"
              type="category"
              dataKey="shown"
              width={pointsColumn}
              tick={{ ...tick, textAnchor: 'end', dx: pointsColumn - 4 }}
              axisLine={false}
              tickLine={false}
              interval={0}
            />
          ) : null}
          <ReferenceLine x={0} stroke="#1c2430" />
          <Tooltip formatter={(v) => formatPoints(Number(v))} />
          <Bar
            dataKey="points"
            isAnimationActive={animate}
            label={
              pointsColumn
                ? false
                : {
                    position: 'right',
                    formatter: (v: unknown) => formatPoints(Number(v)),
                    fontSize,
                    fill: '#1c2430',
                  }
            }
          >
            {data.map((d) => (
              <Cell key={d.name} fill={d.points >= 0 ? 'var(--positive)' : 'var(--negative)'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
