import { useMemo } from 'react';
import { Link } from 'react-router';
import { useReviews } from '../../data/use-reviews';
import { useDecisionNow } from '../../data/use-snapshots';
import { deliveredRows, trackRecords } from '../../domain/reviews/promised-delivered';
import type { DeliveredRow } from '../../domain/reviews/promised-delivered';
import { Card, EmptyState } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { TrackRecordTable, type OpenEstimates } from './track-record-table';
import styles from '../../ui/report-table.module.css';
import { DataTable } from '../../ui/data-table';

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
  // A column of figures, right-aligned.
  const figure = (label: string, cell: (row: DeliveredRow) => string) => ({
    label,
    number: styles.number,
    cell,
  });

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
            <DataTable
              testId="delivered-table"
              rowTestId="delivered-row"
              rows={rows}
              rowKey={(row) => row.useCaseId}
              columns={[
                {
                  label: t('snapshots.column.useCase'),
                  cell: (row) => (
                    <Link to={`/w/${workspaceId}/use-cases/${row.useCaseId}/businessCase`}>
                      {titles.get(row.useCaseId) ?? ''}
                    </Link>
                  ),
                },
                { label: t('reviews.owner'), cell: (row) => row.review.owner },
                {
                  label: t('reviews.kpi'),
                  cell: ({ kpi }) => (kpi ? `${kpi.name}${kpi.unit ? ` (${kpi.unit})` : ''}` : '—'),
                },
                figure(t('reviews.baseline'), ({ review }) => n(review.baseline)),
                figure(t('reviews.target'), ({ review }) => n(review.target)),
                figure(t('reviews.actualShort'), ({ review }) => n(review.actual)),
                figure(t('reviews.attainment'), (row) => pct(row.kpiAttainment)),
                figure(t('reviews.estimated'), ({ review }) =>
                  money(review.estimatedYearlyBenefit),
                ),
                figure(t('reviews.realisedShort'), ({ review }) =>
                  money(review.realisedYearlyBenefit),
                ),
                figure(t('reviews.machineShare'), (row) => pct(row.machineShare)),
                {
                  label: t('reviews.outcome'),
                  cell: (row) => t(`reviews.outcomes.${row.review.outcome}`),
                },
              ]}
            />
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
