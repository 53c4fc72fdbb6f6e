import { useMemo } from 'react';
import { Link } from 'react-router';
import { useReviews } from '../../data/use-reviews';
import { useDecisionNow } from '../../data/use-snapshots';
import { deliveredRows, trackRecords } from '../../domain/reviews/promised-delivered';
import { Card, EmptyState } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { TrackRecordTable, type OpenEstimates } from './track-record-table';
import styles from '../../ui/report-table.module.css';
import { ColumnHeads } from '../../ui/column-heads';

/**
 * Promised against delivered (issue 19): every reviewed use case's target and actual, estimated
 * and realised yearly benefit, share handled by the machine; and the estimates' track record by
 * owner and department, next to the same people's open estimates.
 */
export default function DeliveredScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const reviews = useReviews(workspaceId);
  const now = useDecisionNow(workspaceId);
  const rows = useMemo(
    () =>
      reviews && now ? deliveredRows(reviews, now.workspace.kpis, now.workspace.departments) : null,
    [reviews, now],
  );
  if (now === null) return null;
  if (!rows || !now) return <Loading />;

  const titles = new Map(now.useCases.map((u) => [u.id, u.title]));
  const reviewed = new Set(rows.map((r) => r.useCaseId));
  // Open estimates: the decision's yearly benefit of the use cases not reviewed yet.
  const open = (keyOf: (useCaseId: string) => string): Map<string, OpenEstimates> => {
    const map = new Map<string, OpenEstimates>();
    for (const u of now.useCases) {
      if (reviewed.has(u.id) || u.status === 'abandoned') continue;
      const key = keyOf(u.id).trim();
      const benefit = now.decision.byId.get(u.id)?.finance.yearlyBenefit.value ?? null;
      if (!key || benefit === null) continue;
      const current = map.get(key) ?? { count: 0, yearlyBenefit: 0 };
      map.set(key, { count: current.count + 1, yearlyBenefit: current.yearlyBenefit + benefit });
    }
    return map;
  };
  const kpiDepartment = (useCaseId: string) => {
    const u = now.useCases.find((x) => x.id === useCaseId);
    const kpi = now.workspace.kpis.find((k) => k.id === u?.successMeasure.kpiId);
    return now.workspace.departments.find((d) => d.id === kpi?.departmentId)?.name ?? '';
  };
  const ownerOf = (useCaseId: string) => now.useCases.find((u) => u.id === useCaseId)?.owner ?? '';
  const n = (x: number | null) => (x === null ? '—' : f.decimal(x));
  const pct = (x: number | null) => (x === null ? '—' : `${f.integer(x * 100)} %`);
  const money = (x: number | null) => (x === null ? '—' : f.integer(x));

  return (
    <ScreenPage
      title={t('nav.delivered')}
      lead={t('reviews.portfolioLead')}
      className={styles.screen}
    >
      {rows.length === 0 ? (
        <EmptyState>{t('reviews.portfolioEmpty')}</EmptyState>
      ) : (
        <>
          <Card>
            <h2>{t('reviews.portfolioTitle')}</h2>
            <table className={styles.table} data-testid="delivered-table">
              <ColumnHeads
                columns={[
                  t('snapshots.column.useCase'),
                  t('reviews.owner'),
                  t('reviews.kpi'),
                  { label: t('reviews.baseline'), className: styles.number },
                  { label: t('reviews.target'), className: styles.number },
                  { label: t('reviews.actualShort'), className: styles.number },
                  { label: t('reviews.attainment'), className: styles.number },
                  { label: t('reviews.estimated'), className: styles.number },
                  { label: t('reviews.realisedShort'), className: styles.number },
                  { label: t('reviews.machineShare'), className: styles.number },
                  t('reviews.outcome'),
                ]}
              />
              <tbody>
                {rows.map((row) => {
                  const r = row.review;
                  const title = titles.get(row.useCaseId) ?? '';
                  return (
                    <tr key={row.useCaseId} data-testid="delivered-row">
                      <td>
                        <Link to={`/w/${workspaceId}/use-cases/${row.useCaseId}/businessCase`}>
                          {title}
                        </Link>
                      </td>
                      <td>{r.owner}</td>
                      <td>
                        {row.kpi
                          ? `${row.kpi.name}${row.kpi.unit ? ` (${row.kpi.unit})` : ''}`
                          : '—'}
                      </td>
                      <td className={styles.number}>{n(r.baseline)}</td>
                      <td className={styles.number}>{n(r.target)}</td>
                      <td className={styles.number}>{n(r.actual)}</td>
                      <td className={styles.number}>{pct(row.kpiAttainment)}</td>
                      <td className={styles.number}>{money(r.estimatedYearlyBenefit)}</td>
                      <td className={styles.number}>{money(r.realisedYearlyBenefit)}</td>
                      <td className={styles.number}>{pct(row.machineShare)}</td>
                      <td>{t(`reviews.outcomes.${r.outcome}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Card>
          <Card>
            <h2>{t('reviews.byOwner')}</h2>
            <TrackRecordTable
              records={trackRecords(rows, (r) => r.review.owner)}
              open={open(ownerOf)}
              keyLabel={t('reviews.owner')}
            />
          </Card>
          <Card>
            <h2>{t('reviews.byDepartment')}</h2>
            <TrackRecordTable
              records={trackRecords(rows, (r) => r.departmentName)}
              open={open(kpiDepartment)}
              keyLabel={t('reviews.department')}
            />
          </Card>
        </>
      )}
    </ScreenPage>
  );
}
