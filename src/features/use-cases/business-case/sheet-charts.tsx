import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_SERIES } from '../../../domain/scoring/radar-series';
import { contributionsOfDecision } from '../../../domain/decision/contributions';
import { useFormatters } from '../../../ui/format';
import type { BusinessCaseView } from './business-case-view';
import { BAR_ROW, RADAR } from './sheet-layout';
import styles from './business-case.module.css';

const loadRadar = () => import('../../../ui/radar-chart');
const loadContribution = () => import('../../../ui/contribution-chart');
const LazyRadar = lazy(loadRadar);
const LazyContribution = lazy(loadContribution);
/** The charts once their code is here: drawn at once, without suspending. */
let loaded: {
  Radar: Awaited<ReturnType<typeof loadRadar>>['default'];
  Contribution: Awaited<ReturnType<typeof loadContribution>>['default'];
} | null = null;

/**
 * Loads the charts' code. The book waits for it before drawing its pages: a page drawn before
 * would suspend, and every suspended page would then draw its two charts in one block.
 */
export async function loadSheetCharts(): Promise<void> {
  const [radar, contribution] = await Promise.all([loadRadar(), loadContribution()]);
  loaded = { Radar: radar.default, Contribution: contribution.default };
}

/**
 * Every label of the two charts, in CSS pixels: 12 px prints at 9 pt (the least a printed chart
 * label may be), and the charts are drawn at their printed size (never scaled down).
 */
const LABEL_PX = 12;
/** Width of the chart column (business-case.module.css `.columns`). */
const CHART_WIDTH = 290;
/** A radar label wider than this wraps onto two lines (the column is narrow). */
const RADAR_LABEL = 96;
/**
 * The contribution chart at its printed size (the rows sheet-layout.ts counts on): 144 px for
 * the criteria's short names, each bar's points in a 40 px column of their own, no axis and no
 * animation.
 */
const PRINTED_CONTRIBUTIONS = {
  animate: false,
  fontSize: LABEL_PX,
  labelWidth: 144,
  rowHeight: BAR_ROW,
  axis: false,
  pointsColumn: 40,
};

/** A rater's name in the legend: at most this many characters, then "…" (the page is fixed). */
const LEGEND_NAME = 18;

function shortName(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** The radar of the oriented scores and the contribution chart, at fixed sizes (print-safe). */
export function SheetCharts({ view }: { view: BusinessCaseView }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const lines = view.radar.series.map((s) => ({
    id: s.id,
    name:
      s.id === GROUP_SERIES
        ? t('businessCase.groupLine')
        : shortName(view.participantName(s.id), LEGEND_NAME),
    emphasis: s.id === GROUP_SERIES,
  }));
  const spokes = view.radar.points.map((p) => ({
    label: t(`businessCase.short.${p.criterion}`),
    values: p.values,
  }));
  // The short names of the radar's spokes; each score is in the table below the charts.
  const bars = view.ranked
    ? contributionsOfDecision(view.ranked).map((c) => ({
        label: t(`businessCase.short.${c.criterion}`),
        detail: '',
        points: c.points,
      }))
    : [];
  const RadarChart = loaded?.Radar ?? LazyRadar;
  const ContributionChart = loaded?.Contribution ?? LazyContribution;
  return (
    <div className={styles.chartColumn}>
      <section>
        <h3>{t('businessCase.radarTitle')}</h3>
        <Suspense fallback={<div className={styles.radarBox} />}>
          <RadarChart
            spokes={spokes}
            lines={lines}
            title={t('businessCase.radarTitle')}
            width={CHART_WIDTH}
            height={RADAR}
            animate={false}
            fontSize={LABEL_PX}
            labelWidth={RADAR_LABEL}
          />
        </Suspense>
      </section>
      {bars.length > 0 ? (
        <section>
          <h3>{t('businessCase.contributionTitle')}</h3>
          <div className={styles.contribution} style={{ width: CHART_WIDTH }}>
            <Suspense fallback={null}>
              <ContributionChart
                bars={bars}
                formatPoints={f.points}
                title={t('businessCase.contributionTitle')}
                {...PRINTED_CONTRIBUTIONS}
              />
            </Suspense>
          </div>
        </section>
      ) : null}
    </div>
  );
}
