import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
} from 'recharts';
import styles from './radar-chart.module.css';

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
  /** Height of the drawing; the legend (several lines) is written below it, never over it. */
  height: number;
  animate?: boolean;
  /** Size of every label of the chart and of its legend, in CSS pixels. */
  fontSize?: number;
  /** A spoke's label wider than this (CSS pixels) wraps onto two lines. */
  labelWidth?: number;
}

const GROUP_COLOUR = '#2446a6';
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
  labelWidth,
}: Props) {
  const data = spokes.map((s) => {
    const row: Record<string, string | number | null> = { label: s.label };
    lines.forEach((line, i) => {
      row[`s${i}`] = s.values[line.id] ?? null;
    });
    return row;
  });
  let colour = 0;
  const drawn = lines.map((line) => ({
    ...line,
    stroke: line.emphasis
      ? GROUP_COLOUR
      : (PARTICIPANT_COLOURS[colour++ % PARTICIPANT_COLOURS.length] as string),
  }));
  return (
    <figure role="img" aria-label={title} className={styles.figure} style={{ width, fontSize }}>
      <RechartsRadarChart
        width={width}
        height={height}
        data={data}
        outerRadius="68%"
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <PolarGrid />
        <PolarAngleAxis
          dataKey="label"
          tick={{ fontSize, fill: '#1c2430', ...(labelWidth ? { width: labelWidth } : {}) }}
        />
        {/* Rings at 1..5 without figures: at a readable size they would cover the spokes' labels
            and each other in so small a drawing (the title says 5 is best, the table has them). */}
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={false} axisLine={false} />
        {drawn.map((line, i) => (
          <Radar
            key={line.id}
            name={line.name}
            dataKey={`s${i}`}
            stroke={line.stroke}
            strokeWidth={line.emphasis ? 2.5 : 1.25}
            strokeDasharray={line.emphasis ? undefined : '4 2'}
            fill={line.emphasis ? GROUP_COLOUR : 'none'}
            fillOpacity={line.emphasis ? 0.18 : 0}
            connectNulls
            isAnimationActive={animate}
          />
        ))}
      </RechartsRadarChart>
      {drawn.length > 1 ? (
        <ul className={styles.legend}>
          {drawn.map((line) => (
            <li key={line.id}>
              <span
                className={line.emphasis ? styles.swatch : `${styles.swatch} ${styles.dashed}`}
                style={{ borderColor: line.stroke }}
              />
              {line.name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
