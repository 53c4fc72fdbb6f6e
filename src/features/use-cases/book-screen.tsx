import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useBookRecords } from '../../data/use-business-case';
import { useWorkspaceRanking } from '../../data/use-ranking';
import { QUADRANTS } from '../../domain/scoring/quadrant';
import { USE_CASE_STATUSES } from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { FilterSelect } from '../../ui/filter-bar';
import { EmptyState } from '../../ui/page-header';
import { Loading, ScreenPage, useWorkspaceScreen } from '../../ui/screen-page';
import { Pager, usePage } from '../../ui/pager';
import { BookGoTo } from './business-case/book-go-to';
import { BookPageSlot, bookPageId } from './business-case/book-page-slot';
import { bookEntries } from './business-case/book-entries';
import { BookSummary } from './business-case/book-summary';
import { usePageEstimate } from './business-case/book-page-estimate';
import { loadSheetCharts } from './business-case/sheet-charts';
import { indexRecords } from './business-case/business-case-view';
import { usePrintedOn } from './business-case/printed-on';
import { useBookPrint } from './business-case/use-book-print';
import styles from './business-case/business-case.module.css';

/**
 * The book of one-page business cases: a cover, a ranked summary, then every use case (or the
 * filtered ones, by quadrant and status) on its own A4 page: ranked ones by rank, then those
 * still to score by title. Shown and printed in parts of 50 use cases (the pager says which,
 * and so do the print line and the printed cover): a book of 10,000 pages is never one DOM.
 * On screen only the pages near the viewport are drawn (with their charts); the print draws
 * every page of the part.
 */
/** Use cases of the book rendered (and printed) at once. */
const BOOK_PART = 50;

/** The book's filters, kept in the address: a quadrant, a status (each named by its key). */
const BOOK_FILTERS = [
  { key: 'quadrant', values: QUADRANTS },
  { key: 'status', values: USE_CASE_STATUSES },
] as const;

export default function BookScreen() {
  const { t, workspaceId } = useWorkspaceScreen();
  const [params, setParams] = useSearchParams();
  const data = useWorkspaceRanking(workspaceId);
  const records = useBookRecords(data, workspaceId);
  const printedOn = usePrintedOn();
  const quadrant = params.get('quadrant') ?? '';
  const status = params.get('status') ?? '';

  const chosen = useMemo(
    () => (data ? bookEntries(data, { quadrant, status }) : []),
    [data, quadrant, status],
  );
  const index = useMemo(() => (records ? indexRecords(records) : null), [records]);
  const { root: estimateRoot, report: reportHeight } = usePageEstimate();
  const part = usePage(chosen, BOOK_PART);
  // A page drawn before the charts' code is here would suspend: the pages wait for it.
  const [chartsLoaded, setChartsLoaded] = useState(false);
  useEffect(() => {
    void loadSheetCharts().then(() => setChartsLoaded(true));
  }, []);
  const printing = useBookPrint(part.items.length, `${quadrant}|${status}|${part.from}`, {
    ready: chartsLoaded,
  });
  // The use case to bring into view once its part is shown (the go-to field, the summary).
  const [goingTo, setGoingTo] = useState<{ n: number } | null>(null);
  useEffect(() => {
    if (goingTo === null) return;
    const place = document.getElementById(bookPageId(goingTo.n));
    place?.scrollIntoView({ block: 'start' });
    place?.focus({ preventScroll: true });
  }, [goingTo]);

  if (data === undefined || !index) return <Loading />;
  if (data === null) return <EmptyState>{t('shell.workspaceNotFound')}</EmptyState>;

  const goTo = (n: number) => {
    part.go(Math.floor((n - 1) / BOOK_PART));
    setGoingTo({ n });
  };
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const partOf = {
    part: part.page + 1,
    parts: part.pages,
    from: part.from + 1,
    to: part.to,
    total: part.total,
  };

  return (
    <ScreenPage
      title={t('businessCase.book.title')}
      lead={t('businessCase.book.lead')}
      actions={
        <Button
          variant="primary"
          onPress={printing.print}
          isDisabled={!chosen.length || printing.preparing}
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
        {chosen.length > 1 ? <BookGoTo total={chosen.length} onGoTo={goTo} /> : null}
        <Link to={`/w/${workspaceId}/use-cases`}>{t('businessCase.book.backToUseCases')}</Link>
      </div>
      {chosen.length === 0 ? (
        <EmptyState>{t('businessCase.book.empty')}</EmptyState>
      ) : (
        <>
          <p className={styles.printsWhat} data-testid="book-prints">
            {part.pages > 1
              ? t('businessCase.book.printsPart', partOf)
              : t('businessCase.book.printsAll', { count: chosen.length })}
          </p>
          {printing.preparing ? (
            <p role="status" className={styles.preparing} data-testid="book-preparing">
              {t('businessCase.book.preparing', {
                ready: printing.drawn,
                total: part.items.length,
              })}
            </p>
          ) : null}
          <Pager paging={part} label={t('scale.book.part')} />
          <section
            ref={estimateRoot}
            aria-label={t('businessCase.book.title')}
            className={styles.printRoot}
          >
            <article className={`${styles.page} ${styles.cover}`} data-testid="book-cover">
              <p>{t('businessCase.book.coverLabel')}</p>
              <h2 className={styles.coverTitle}>{data.workspace.name}</h2>
              <p>{printedOn}</p>
              <p>{t('businessCase.book.coverCount', { count: chosen.length })}</p>
              {part.pages > 1 ? <p>{t('businessCase.book.coverPart', partOf)}</p> : null}
            </article>
            <article className={`${styles.page} ${styles.summaryPage}`} data-testid="book-summary">
              <h2>{t('businessCase.book.summaryTitle')}</h2>
              <BookSummary entries={part.items} from={part.from} onGoTo={goTo} />
            </article>
            {part.items.map(({ useCase }, i) => (
              <BookPageSlot
                key={useCase.id}
                n={part.from + i + 1}
                useCase={useCase}
                data={data}
                index={index}
                printedOn={printedOn}
                ready={chartsLoaded}
                printed={i < printing.drawn}
                onDrawnHeight={reportHeight}
              />
            ))}
          </section>
          <Pager paging={part} label={t('scale.book.part')} />
        </>
      )}
    </ScreenPage>
  );
}
