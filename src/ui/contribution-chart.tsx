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
}

/** Contributions (points above or below 50) as horizontal bars, largest first. Drawn only. */
export default function ContributionChart({ bars, formatPoints, title, animate = true }: Props) {
  // A symmetric axis in steps of 5 points, so that left and right read the same.
  const limit = 5 * Math.max(1, ...bars.map((b) => Math.ceil(Math.abs(b.points) / 5)));
  const ticks = [-limit, -limit / 2, 0, limit / 2, limit];
  const data = bars.map((b) => ({ ...b, name: `${b.label} · ${b.detail}` }));
  return (
    <figure role="img" aria-label={title} style={{ margin: 0 }}>
      <ResponsiveContainer
        width="100%"
        height={bars.length * 42 + 40}
        initialDimension={{ width: 720, height: 380 }}
      >
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis
            type="number"
            domain={[-limit, limit]}
            ticks={ticks}
            tickFormatter={(v: number) => formatPoints(v)}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={330}
            tick={{ fontSize: 14, fill: '#1c2430' }}
            interval={0}
          />
          <ReferenceLine x={0} stroke="#1c2430" />
          <Tooltip formatter={(v) => formatPoints(Number(v))} />
          <Bar
            dataKey="points"
            isAnimationActive={animate}
            label={{
              position: 'right',
              formatter: (v: unknown) => formatPoints(Number(v)),
              fontSize: 14,
              fill: '#1c2430',
            }}
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
