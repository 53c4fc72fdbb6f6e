import { memo, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  GridList,
  GridListItem,
  useDragAndDrop,
  type DropItem,
  type Key,
} from 'react-aria-components';
import { RoadmapCard, type BoardCards } from './roadmap-card';
import styles from './roadmap.module.css';

const DRAG_TYPE = 'application/x-clarte-use-case';
/**
 * Cards drawn at first in a column, and added by each "show more": each card is a drag source, a
 * drop target and a menu (a few milliseconds each), so a backlog of 50,000 opens with 25 of them.
 */
const CARDS_AT_ONCE = 25;

interface CardsProps {
  board: BoardCards;
  /** The wave this column shows (null: the backlog or the out list). */
  waveId: string | null;
  label: string;
  ids: readonly string[];
}

interface Props extends CardsProps {
  header: ReactNode;
  className?: string | undefined;
  /** Names the column in the page (a wave's id, 'backlog' or 'out'): a moved card is found there. */
  columnKey: string;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

async function idOf(items: readonly DropItem[]): Promise<string | null> {
  for (const item of items) {
    if (item.kind === 'text' && item.types.has(DRAG_TYPE)) return item.getText(DRAG_TYPE);
  }
  return null;
}

/** A column of cards (a wave, the backlog or the out list) that takes and gives cards by drag and drop. */
export function CardColumn({ header, className, columnKey, ids, ...cards }: Props) {
  // The same list as long as its cards are the same: a move elsewhere leaves this column alone.
  const [kept, keep] = useState(ids);
  if (kept !== ids && !sameIds(kept, ids)) keep(ids);
  return (
    <section
      className={[styles.column, className].filter(Boolean).join(' ')}
      aria-label={cards.label}
      data-column={columnKey}
    >
      {header}
      <ColumnCards {...cards} ids={kept} />
    </section>
  );
}

const ColumnCards = memo(function ColumnCards({ board, waveId, label, ids }: CardsProps) {
  const { onMove } = board;
  const { t } = useTranslation();
  const [limit, setLimit] = useState(CARDS_AT_ONCE);
  const shown = useMemo(() => ids.slice(0, limit).map((id) => ({ id })), [ids, limit]);
  const indexOf = useMemo(() => new Map(ids.map((id, i) => [id, i])), [ids]);
  const left = ids.length - shown.length;
  const positionAt = (id: string, target: { key: Key; dropPosition: string }) => {
    if (waveId === null) return 0;
    const rest = ids.filter((x) => x !== id);
    const at = rest.indexOf(String(target.key));
    if (at < 0) return rest.length;
    return at + (target.dropPosition === 'after' ? 1 : 0);
  };
  const { dragAndDropHooks } = useDragAndDrop({
    getItems: (keys) =>
      [...keys].map((key) => ({
        [DRAG_TYPE]: String(key),
        'text/plain': board.useCasesById.get(String(key))?.title ?? String(key),
      })),
    acceptedDragTypes: [DRAG_TYPE],
    getDropOperation: () => 'move',
    ...(waveId !== null
      ? {
          onReorder: (e) => {
            const [key] = [...e.keys];
            if (key !== undefined)
              onMove(String(key), { waveId, position: positionAt(String(key), e.target) });
          },
        }
      : {}),
    onInsert: (e) => {
      void idOf(e.items).then((id) => {
        if (id) onMove(id, { waveId, position: positionAt(id, e.target) });
      });
    },
    onRootDrop: (e) => {
      void idOf(e.items).then((id) => {
        if (id) onMove(id, { waveId, position: ids.length });
      });
    },
  });
  return (
    <>
      <GridList
        aria-label={label}
        // Tab goes from a card to its handle and its "Move to…" button, as the hint says.
        keyboardNavigationBehavior="tab"
        items={shown}
        // A card drawn once is kept while its column's cards are the same: drawn again when what
        // the cards read changes (a new decision: ranks, notes), not only when they move.
        dependencies={[board]}
        dragAndDropHooks={dragAndDropHooks}
        className={styles.cards}
        renderEmptyState={() => <p className={styles.emptyColumn}>{t('roadmap.emptyColumn')}</p>}
      >
        {(item) => (
          <GridListItem
            id={item.id}
            textValue={board.useCasesById.get(item.id)?.title ?? item.id}
            className={styles.item}
          >
            <AriaButton
              slot="drag"
              className={styles.dragHandle}
              data-editing-chrome=""
              aria-label={t('a11y.dragCard', {
                title: board.useCasesById.get(item.id)?.title ?? '',
              })}
            >
              <svg viewBox="0 0 10 16" aria-hidden="true" className={styles.grip}>
                <circle cx="3" cy="3" r="1.5" />
                <circle cx="7" cy="3" r="1.5" />
                <circle cx="3" cy="8" r="1.5" />
                <circle cx="7" cy="8" r="1.5" />
                <circle cx="3" cy="13" r="1.5" />
                <circle cx="7" cy="13" r="1.5" />
              </svg>
            </AriaButton>
            <RoadmapCard
              board={board}
              useCaseId={item.id}
              waveId={waveId}
              index={indexOf.get(item.id) ?? 0}
              count={ids.length}
            />
          </GridListItem>
        )}
      </GridList>
      {left > 0 ? (
        <AriaButton className={styles.showMore} onPress={() => setLimit((n) => n + CARDS_AT_ONCE)}>
          {t('scale.roadmap.showMore', { count: Math.min(CARDS_AT_ONCE, left), left })}
        </AriaButton>
      ) : null}
    </>
  );
});
