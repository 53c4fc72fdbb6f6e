import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceRanking } from '../../../data/use-ranking';
import type { UseCase } from '../../../domain/schema/use-case';
import { useDrawnWhenNear } from '../../../ui/use-drawn-when-near';
import { BusinessCasePages } from './business-case-sheet';
import { buildBusinessCaseView, type RecordsIndex } from './business-case-view';
import styles from './business-case.module.css';

/** The id of the place of the book's use case number `n` (1 is the first of the whole book). */
export function bookPageId(n: number): string {
  return `book-case-${n}`;
}

/**
 * The place of one use case in the book: its page (and appendix), drawn once it comes near the
 * viewport or when the part is printed; until then a placeholder of the page's size (the height
 * it had when drawn, else the drawn pages' average) that keeps the use case's title as its heading (the book's headings stay complete for a screen reader).
 */
export const BookPageSlot = memo(function BookPageSlot({
  n,
  useCase,
  data,
  index,
  printedOn,
  ready,
  printed,
  onDrawnHeight,
}: {
  /** The use case's number in the book (the summary's and the go-to field's). */
  n: number;
  useCase: UseCase;
  data: WorkspaceRanking;
  index: RecordsIndex;
  printedOn: string;
  /** The charts' code is here: pages may be drawn. */
  ready: boolean;
  /** Drawn whatever its place: the part is being printed. */
  printed: boolean;
  /** Hears the page's height while drawn, with its number (stable): the others' estimate. */
  onDrawnHeight: (n: number, height: number) => void;
}) {
  const { t } = useTranslation();
  const heard = useCallback((height: number) => onDrawnHeight(n, height), [onDrawnHeight, n]);
  const { ref, drawn, height } = useDrawnWhenNear({
    ready,
    always: printed && ready,
    onDrawnHeight: heard,
  });
  return (
    <div
      ref={ref}
      id={bookPageId(n)}
      tabIndex={-1}
      className={styles.slot}
      data-testid="book-page"
      data-drawn={drawn ? '' : undefined}
    >
      {drawn ? (
        <BusinessCasePages
          view={buildBusinessCaseView(data, index, useCase)}
          printedOn={printedOn}
        />
      ) : (
        <article
          className={`${styles.page} ${styles.pending}`}
          style={height === null ? undefined : { height, minHeight: 0 }}
          data-testid="book-page-pending"
        >
          <h2 className={styles.sheetTitle}>{useCase.title}</h2>
          <p className={styles.pendingNote}>{t('businessCase.book.pending')}</p>
        </article>
      )}
    </div>
  );
});
