import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { explainScore } from '../../domain/explanation/explain-score';
import { criterionDefinition } from '../../domain/schema/criterion';
import { useFormatters } from '../../ui/format';
import { Card, EmptyState } from '../../ui/page-header';
import { Loading } from '../../ui/screen-page';
import { ExplanationSentence } from './explanation-sentence';
import { OverrideSection } from './override-section';
import { ScoreSource } from './score-source';
import type { UseCaseInDecision } from './use-case-in-decision';
import { WhyHere } from './why-here';
import styles from './explanation.module.css';
import { DataTable } from '../../ui/data-table';

const ContributionChart = lazy(() => import('../../ui/contribution-chart'));

/** "Why this score?": the contributions of SCORING.md section 5, drawn, tabulated and read aloud. */
export function ExplanationPanel({ decision, useCase, workspaceId }: UseCaseInDecision) {
  const { t } = useTranslation();
  const f = useFormatters();
  const explanation = useMemo(() => explainScore(decision, useCase.id), [decision, useCase.id]);
  const own = decision.byId.get(useCase.id);
  const missing = decision.toScore.find((u) => u.id === useCase.id)?.missing ?? [];

  if (!explanation) {
    return (
      <EmptyState>
        {t('explanation.notRanked', {
          criteria: f.list(missing.map((c) => t(`criteria.${c}.label`))),
        })}{' '}
        <Link to={`/w/${workspaceId}/use-cases/${useCase.id}/scores`}>
          {t('explanation.goScore')}
        </Link>
      </EmptyState>
    );
  }

  const bars = explanation.contributions.map((c) => ({
    label: t(`criteria.${c.criterion}.label`),
    detail: t(
      criterionDefinition(c.criterion).direction === 'higherIsWorse'
        ? 'explanation.barDetailInverted'
        : 'explanation.barDetail',
      { raw: f.rawScore(c.raw), oriented: f.rawScore(c.oriented), weight: f.rawScore(c.weight) },
    ),
    points: c.points,
  }));

  // Each row shows the use case's axis totals (value and feasibility), as the total row does.
  const axisTotals = t('explanation.axisTotals', {
    value: f.score(explanation.value),
    feasibility: f.score(explanation.feasibility),
  });
  return (
    <div className={styles.panel}>
      <Card>
        <ExplanationSentence explanation={explanation} />
        <p className={styles.figures}>
          <span>
            {t('ranking.overall')} <strong>{f.score(explanation.overall)}</strong>
          </span>
          <span>
            {t('ranking.value')} <strong>{f.score(explanation.value)}</strong>
          </span>
          <span>
            {t('ranking.feasibility')} <strong>{f.score(explanation.feasibility)}</strong>
          </span>
        </p>
      </Card>
      <Card>
        <h2>{t('explanation.chartTitle')}</h2>
        <p className={styles.hint}>{t('explanation.chartHint')}</p>
        <Suspense fallback={<Loading />}>
          <ContributionChart
            bars={bars}
            formatPoints={f.points}
            title={t('explanation.chartTitle')}
          />
        </Suspense>
      </Card>
      <Card>
        <h2>{t('explanation.tableTitle')}</h2>
        <DataTable
          className={styles.table}
          scroll={t('explanation.tableTitle')}
          rows={explanation.contributions}
          rowKey={(c) => c.criterion}
          columns={[
            {
              label: t('explanation.criterion'),
              rowHeader: true,
              cell: (c) => t(`criteria.${c.criterion}.label`),
            },
            { label: t('explanation.raw'), cell: (c) => f.rawScore(c.raw) },
            {
              label: t('decision.sourceColumn'),
              cellClassName: styles.source,
              cell: (c) => own && <ScoreSource score={own.scores[c.criterion]} />,
            },
            { label: t('explanation.oriented'), cell: (c) => f.rawScore(c.oriented) },
            { label: t('explanation.weight'), cell: (c) => f.rawScore(c.weight) },
            {
              label: t('explanation.points'),
              cellClassName: (c) =>
                c.points > 0 ? styles.positive : c.points < 0 ? styles.negative : undefined,
              cell: (c) => f.points(c.points),
            },
            {
              label: t('explanation.axisPoints'),
              cellClassName: styles.axis,
              cell: () => axisTotals,
            },
          ]}
          footer={
            <tr>
              <th scope="row" colSpan={5}>
                {t('explanation.total')}
              </th>
              <td>{f.score(explanation.overall)}</td>
              <td className={styles.axis}>{axisTotals}</td>
            </tr>
          }
        />
        <p className={styles.hint}>
          {t('explanation.formula')}{' '}
          <Link to={`/w/${workspaceId}/method`}>{t('explanation.howComputed')}</Link>
        </p>
      </Card>
      <WhyHere ranking={decision} useCase={useCase} workspaceId={workspaceId} />
      <OverrideSection decision={decision} useCase={useCase} workspaceId={workspaceId} />
    </div>
  );
}
