import { useTranslation } from 'react-i18next';
import type { SlopeChart } from '../../domain/snapshots/slope-chart';
import styles from './snapshots.module.css';

const TITLE_MAX = 30;

function shorten(title: string): string {
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

/** Draws a slope chart laid out by the domain (slopeChartOf): labels 18 px, for a projector. */
export function SlopeChartView({
  chart,
  fromName,
  toName,
}: {
  chart: SlopeChart;
  fromName: string;
  toName: string;
}) {
  const { t } = useTranslation();
  const gap = 12;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={t('snapshots.chartLabel', { from: fromName, to: toName })}
      data-testid="slope-chart"
    >
      <text className={styles.heading} x={chart.xFrom} y={24} textAnchor="middle">
        {shorten(fromName)}
      </text>
      <text className={styles.heading} x={chart.xTo} y={24} textAnchor="middle">
        {shorten(toName)}
      </text>
      {chart.overflowY !== null ? (
        <>
          <text
            className={styles.label}
            x={chart.xFrom - gap}
            y={chart.overflowY + 6}
            textAnchor="end"
          >
            {t('snapshots.furtherDown')}
          </text>
          <text className={styles.label} x={chart.xTo + gap} y={chart.overflowY + 6}>
            {t('snapshots.furtherDown')}
          </text>
        </>
      ) : null}
      {chart.lines.map((line) => (
        <g
          key={line.useCaseId}
          className={styles[line.kind]}
          data-testid="slope-line"
          data-from={line.from ?? ''}
          data-to={line.to ?? ''}
          data-kind={line.kind}
          data-title={line.title}
        >
          {line.yFrom !== null && line.yTo !== null ? (
            <line x1={chart.xFrom} y1={line.yFrom} x2={chart.xTo} y2={line.yTo} />
          ) : null}
          {line.yFrom !== null ? (
            <>
              <circle cx={chart.xFrom} cy={line.yFrom} r={6} />
              {line.from !== null && line.yFrom !== chart.overflowY ? (
                <text
                  className={styles.label}
                  x={chart.xFrom - gap}
                  y={line.yFrom + 6}
                  textAnchor="end"
                  stroke="none"
                >
                  {`${line.from}. ${shorten(line.title)}`}
                </text>
              ) : null}
            </>
          ) : null}
          {line.yTo !== null ? (
            <>
              <circle cx={chart.xTo} cy={line.yTo} r={6} />
              {line.to !== null && line.yTo !== chart.overflowY ? (
                <text className={styles.label} x={chart.xTo + gap} y={line.yTo + 6} stroke="none">
                  {`${line.to}. ${shorten(line.title)}`}
                </text>
              ) : null}
            </>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
