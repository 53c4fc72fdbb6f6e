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
import { TableScroll } from '../../ui/table-scroll';
import { ColumnHeads } from '../../ui/column-heads';

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
        <TableScroll label={t('explanation.tableTitle')}>
          <table className={styles.table}>
            <ColumnHeads
              columns={[
                t('explanation.criterion'),
                t('explanation.raw'),
                t('decision.sourceColumn'),
                t('explanation.oriented'),
                t('explanation.weight'),
                t('explanation.points'),
                t('explanation.axisPoints'),
              ]}
            />
            <tbody>
              {explanation.contributions.map((c) => (
                <tr key={c.criterion}>
                  <th scope="row">{t(`criteria.${c.criterion}.label`)}</th>
                  <td>{f.rawScore(c.raw)}</td>
                  <td className={styles.source}>
                    {own && <ScoreSource score={own.scores[c.criterion]} />}
                  </td>
                  <td>{f.rawScore(c.oriented)}</td>
                  <td>{f.rawScore(c.weight)}</td>
                  <td
                    className={
                      c.points > 0 ? styles.positive : c.points < 0 ? styles.negative : undefined
                    }
                  >
                    {f.points(c.points)}
                  </td>
                  <td className={styles.axis}>{axisTotals}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  {t('explanation.total')}
                </th>
                <td>{f.score(explanation.overall)}</td>
                <td className={styles.axis}>{axisTotals}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
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
