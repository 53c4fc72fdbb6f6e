import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUP_SERIES } from '../../../domain/scoring/radar-series';
import { criterionDefinition } from '../../../domain/schema/criterion';
import { contributionsOfDecision } from '../../../domain/decision/contributions';
import { useFormatters } from '../../../ui/format';
import type { BusinessCaseView } from './business-case-view';
import styles from './business-case.module.css';

const RadarChart = lazy(() => import('../../../ui/radar-chart'));
const ContributionChart = lazy(() => import('../../../ui/contribution-chart'));

/** Width of the contribution chart as drawn, before it is scaled down to fit the column. */
const CONTRIBUTION_WIDTH = 640;
const CONTRIBUTION_SCALE = 0.42;

/** A rater's name in the legend: at most this many characters, then "…" (the page is fixed). */
const LEGEND_NAME = 24;

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
  const bars = view.ranked
    ? contributionsOfDecision(view.ranked).map((c) => ({
        label: t(`criteria.${c.criterion}.label`),
        detail: t(
          criterionDefinition(c.criterion).direction === 'higherIsWorse'
            ? 'explanation.barDetailInverted'
            : 'explanation.barDetail',
          {
            raw: f.rawScore(c.raw),
            oriented: f.rawScore(c.oriented),
            weight: f.rawScore(c.weight),
          },
        ),
        points: c.points,
      }))
    : [];
  const height = bars.length * 42 + 40;
  return (
    <div className={styles.chartColumn}>
      <section>
        <h3>{t('businessCase.radarTitle')}</h3>
        <Suspense fallback={<div className={styles.radarBox} />}>
          <RadarChart
            spokes={spokes}
            lines={lines}
            title={t('businessCase.radarTitle')}
            width={290}
            height={lines.length > 1 ? 175 : 160}
            animate={false}
            fontSize={10}
          />
        </Suspense>
      </section>
      {bars.length > 0 ? (
        <section>
          <h3>{t('businessCase.contributionTitle')}</h3>
          <div
            className={styles.contribution}
            style={{
              width: CONTRIBUTION_WIDTH * CONTRIBUTION_SCALE,
              height: height * CONTRIBUTION_SCALE,
            }}
          >
            <div
              style={{
                width: CONTRIBUTION_WIDTH,
                transform: `scale(${CONTRIBUTION_SCALE})`,
                transformOrigin: '0 0',
              }}
            >
              <Suspense fallback={null}>
                <ContributionChart
                  bars={bars}
                  formatPoints={f.points}
                  title={t('businessCase.contributionTitle')}
                  animate={false}
                />
              </Suspense>
            </div>
          </div>
        </section>
      ) : null}
    </div>
  );
}
