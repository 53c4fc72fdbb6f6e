import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/data-table';
import { useFormatters } from '../../../ui/format';
import { QuadrantBadge } from '../../../ui/quadrant-badge';
import type { BookEntry } from './book-entries';
import { bookPageId } from './book-page-slot';
import styles from './business-case.module.css';

/**
 * The ranked summary of the part: each use case's number in the book and its title, a link to
 * its page (the page is drawn when the book scrolls to it), its scores, quadrant and owner.
 */
export function BookSummary({
  entries,
  from,
  onGoTo,
}: {
  entries: readonly BookEntry[];
  /** How many use cases of the book come before the part. */
  from: number;
  /** Brings the page of the use case numbered n into view. */
  onGoTo: (n: number) => void;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const none = t('common.none');
  const score = (n: number | undefined) => (n === undefined ? none : f.score(n));
  const numbered = entries.map((entry, i) => ({ ...entry, n: from + i + 1 }));
  const figure = styles.summaryFigure;
  return (
    <DataTable
      className={styles.summaryTable}
      scroll={t('businessCase.book.summaryTitle')}
      rows={numbered}
      rowKey={({ useCase }) => useCase.id}
      columns={[
        { label: t('businessCase.book.number'), number: figure, cell: ({ n }) => f.integer(n) },
        {
          label: t('ranking.rank'),
          number: figure,
          cell: ({ ranked }) => (ranked ? f.integer(ranked.rank) : none),
        },
        {
          label: t('fields.title'),
          rowHeader: true,
          cellClassName: styles.summaryTitle,
          cell: ({ useCase, n }) => (
            <a
              href={`#${bookPageId(n)}`}
              onClick={(event) => {
                event.preventDefault();
                onGoTo(n);
              }}
            >
              {useCase.title}
            </a>
          ),
        },
        {
          label: t('ranking.overall'),
          number: figure,
          cell: ({ ranked }) => score(ranked?.overall),
        },
        { label: t('ranking.value'), number: figure, cell: ({ ranked }) => score(ranked?.value) },
        {
          label: t('ranking.feasibility'),
          number: figure,
          cell: ({ ranked }) => score(ranked?.feasibility),
        },
        {
          label: t('ranking.quadrant'),
          cell: ({ ranked }) =>
            ranked ? <QuadrantBadge quadrant={ranked.quadrant} /> : t('businessCase.book.toScore'),
        },
        {
          label: t('fields.owner'),
          cellClassName: styles.summaryOwner,
          cell: ({ useCase }) => useCase.owner || none,
        },
      ]}
    />
  );
}
