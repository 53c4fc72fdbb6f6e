import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
} from 'recharts';

export interface RadarLine {
  /** Key of the series in each spoke's values. */
  id: string;
  name: string;
  /** The group's line is drawn filled and thicker; participants' lines thin over it. */
  emphasis: boolean;
}

export interface RadarSpoke {
  label: string;
  values: Record<string, number | null>;
}

interface Props {
  spokes: readonly RadarSpoke[];
  lines: readonly RadarLine[];
  /** Accessible name; the figures are also written beside the chart. */
  title: string;
  width: number;
  height: number;
  animate?: boolean;
  fontSize?: number;
}

const PARTICIPANT_COLOURS = ['#c2410c', '#7c3aed', '#0f766e', '#b45309', '#be185d', '#4d7c0f'];

/** Oriented scores (1..5, 5 = best) on eight spokes, at a fixed size (print-safe). Drawn only. */
export default function RadarChart({
  spokes,
  lines,
  title,
  width,
  height,
  animate = true,
  fontSize = 12,
}: Props) {
  const data = spokes.map((s) => {
    const row: Record<string, string | number | null> = { label: s.label };
    lines.forEach((line, i) => {
      row[`s${i}`] = s.values[line.id] ?? null;
    });
    return row;
  });
  let colour = 0;
  return (
    <figure role="img" aria-label={title} style={{ margin: 0, width, height }}>
      <RechartsRadarChart
        width={width}
        height={height}
        data={data}
        outerRadius="68%"
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="label" tick={{ fontSize, fill: '#1c2430' }} />
        <PolarRadiusAxis
          domain={[0, 5]}
          tickCount={6}
          angle={90}
          tick={{ fontSize: fontSize - 2 }}
          axisLine={false}
        />
        {lines.map((line, i) => {
          const stroke = line.emphasis
            ? '#2446a6'
            : (PARTICIPANT_COLOURS[colour++ % PARTICIPANT_COLOURS.length] as string);
          return (
            <Radar
              key={line.id}
              name={line.name}
              dataKey={`s${i}`}
              stroke={stroke}
              strokeWidth={line.emphasis ? 2.5 : 1.25}
              strokeDasharray={line.emphasis ? undefined : '4 2'}
              fill={line.emphasis ? '#2446a6' : 'none'}
              fillOpacity={line.emphasis ? 0.18 : 0}
              connectNulls
              isAnimationActive={animate}
            />
          );
        })}
        {lines.length > 1 ? <Legend wrapperStyle={{ fontSize }} iconSize={8} /> : null}
      </RechartsRadarChart>
    </figure>
  );
}
