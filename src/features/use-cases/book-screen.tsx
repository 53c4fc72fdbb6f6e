import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useBusinessCaseRecords } from '../../data/use-business-case';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { QUADRANTS } from '../../domain/scoring/quadrant';
import { USE_CASE_STATUSES, type UseCase } from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { FilterSelect } from '../../ui/filter-bar';
import { EmptyState } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { Pager, usePage } from '../../ui/pager';
import { QuadrantBadge } from '../../ui/quadrant-badge';
import { BusinessCasePages } from './business-case/business-case-sheet';
import { loadSheetCharts } from './business-case/sheet-charts';
import { buildBusinessCaseView, indexRecords } from './business-case/business-case-view';
import { usePrintedOn } from './business-case/printed-on';
import styles from './business-case/business-case.module.css';
import { DataTable } from '../../ui/data-table';
import { useProgressiveCount } from '../../ui/use-progressive-count';

/**
 * The book of one-page business cases: a cover, a ranked summary, then every use case (or the
 * filtered ones, by quadrant and status) on its own A4 page: ranked ones by rank, then those
 * still to score by title. Shown and printed in parts of 50 use cases (the pager says which):
 * a book of 10,000 pages is never one DOM.
 */
/** Use cases of the book rendered (and printed) at once. */
const BOOK_PART = 50;

/** The book's filters, kept in the address: a quadrant, a status (each named by its key). */
const BOOK_FILTERS = [
  { key: 'quadrant', values: QUADRANTS },
  { key: 'status', values: USE_CASE_STATUSES },
] as const;

export default function BookScreen() {
  const { t, f, workspaceId } = useWorkspaceScreen();
  const [params, setParams] = useSearchParams();
  const data = useWorkspaceRanking(workspaceId);
  const records = useBusinessCaseRecords(workspaceId);
  const printedOn = usePrintedOn();
  const quadrant = params.get('quadrant') ?? '';
  const status = params.get('status') ?? '';

  const chosen = useMemo(() => {
    if (!data) return [];
    const ranked = data.decision.ranked.map((r) => ({
      useCase: data.useCasesById.get(r.id) as UseCase,
      ranked: r,
    }));
    const toScore = data.decision.toScore.map((u) => ({
      useCase: data.useCasesById.get(u.id) as UseCase,
      ranked: null,
    }));
    return [...ranked, ...toScore].filter(
      (x) =>
        (quadrant === '' || x.ranked?.quadrant === quadrant) &&
        (status === '' || x.useCase.status === status),
    );
  }, [data, quadrant, status]);
  const index = useMemo(() => (records ? indexRecords(records) : null), [records]);
  const part = usePage(chosen, BOOK_PART);
  // Each page draws two charts: a part of 50 is rendered a few pages per task, not in one block.
  const [chartsLoaded, setChartsLoaded] = useState(false);
  useEffect(() => {
    void loadSheetCharts().then(() => setChartsLoaded(true));
  }, []);
  const pages = useProgressiveCount(part.items.length, `${quadrant}|${status}|${part.from}`, {
    ready: chartsLoaded,
  });

  if (data === undefined || !index) return <Loading />;
  if (data === null) return <EmptyState>{t('shell.workspaceNotFound')}</EmptyState>;

  const none = t('common.none');
  const score = (n: number | undefined) => (n === undefined ? none : f.score(n));
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <ScreenPage
      title={t('businessCase.book.title')}
      lead={t('businessCase.book.lead')}
      actions={
        <Button
          variant="primary"
          onPress={() => {
            pages.showAll();
            window.print();
          }}
          isDisabled={!chosen.length}
        >
          {t('businessCase.print')}
        </Button>
      }
    >
      <div className={styles.toolbar}>
        {BOOK_FILTERS.map(({ key, values }) => (
          <FilterSelect
            key={key}
            label={t(`businessCase.book.${key}`)}
            value={params.get(key) ?? ''}
            onChange={(value) => setFilter(key, value)}
            anyLabel={t('businessCase.book.all')}
            options={values.map((v) => ({ value: v, label: t(`${key}.${v}`) }))}
          />
        ))}
        <span aria-live="polite">{t('businessCase.book.shown', { count: chosen.length })}</span>
        <Link to={`/w/${workspaceId}/use-cases`}>{t('businessCase.book.backToUseCases')}</Link>
      </div>
      {chosen.length === 0 ? (
        <EmptyState>{t('businessCase.book.empty')}</EmptyState>
      ) : (
        <>
          <Pager paging={part} label={t('scale.book.part')} />
          <section aria-label={t('businessCase.book.title')} className={styles.printRoot}>
            <article className={`${styles.page} ${styles.cover}`} data-testid="book-cover">
              <p>{t('businessCase.book.coverLabel')}</p>
              <h2 className={styles.coverTitle}>{data.workspace.name}</h2>
              <p>{printedOn}</p>
              <p>{t('businessCase.book.coverCount', { count: chosen.length })}</p>
            </article>
            <article className={styles.page} data-testid="book-summary">
              <h2>{t('businessCase.book.summaryTitle')}</h2>
              <DataTable
                className={styles.summaryTable}
                scroll={t('businessCase.book.summaryTitle')}
                rows={part.items}
                rowKey={({ useCase }) => useCase.id}
                columns={[
                  { label: t('ranking.rank'), cell: ({ ranked }) => ranked?.rank ?? none },
                  {
                    label: t('fields.title'),
                    rowHeader: true,
                    cell: ({ useCase }) => useCase.title,
                  },
                  { label: t('ranking.overall'), cell: ({ ranked }) => score(ranked?.overall) },
                  { label: t('ranking.value'), cell: ({ ranked }) => score(ranked?.value) },
                  {
                    label: t('ranking.feasibility'),
                    cell: ({ ranked }) => score(ranked?.feasibility),
                  },
                  {
                    label: t('ranking.quadrant'),
                    cell: ({ ranked }) =>
                      ranked ? (
                        <QuadrantBadge quadrant={ranked.quadrant} />
                      ) : (
                        t('businessCase.book.toScore')
                      ),
                  },
                  { label: t('fields.owner'), cell: ({ useCase }) => useCase.owner || none },
                ]}
              />
            </article>
            {part.items.slice(0, pages.count).map(({ useCase }) => (
              <BusinessCasePages
                key={useCase.id}
                view={buildBusinessCaseView(data, index, useCase)}
                printedOn={printedOn}
              />
            ))}
          </section>
          {pages.complete ? null : (
            <p role="status" className={styles.preparing} data-testid="book-preparing">
              {t('businessCase.book.preparing', { ready: pages.count, total: part.items.length })}
            </p>
          )}
          <Pager paging={part} label={t('scale.book.part')} />
        </>
      )}
    </ScreenPage>
  );
}
