import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import styles from './virtual-table.module.css';

export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Sortable columns show a button in their header. */
  sortable?: boolean;
  align?: 'start' | 'end';
  width?: string;
  /** Hidden on narrow screens (a projector at 1024 px): the least needed columns. */
  optional?: boolean;
}

export interface SortState {
  column: string;
  direction: 'ascending' | 'descending';
}

interface Props<T> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  sort?: SortState | undefined;
  onSort?: (column: string) => void;
  sortHint?: string;
  /** Height of the scrolling area. */
  maxHeight?: string;
  /**
   * Rows without links or buttons: the scrolling area itself takes the keyboard focus (a
   * labelled region) so that it can be scrolled without a mouse.
   */
  focusableScroll?: boolean;
}

const ROW_HEIGHT = 48;

/**
 * A table that renders only the rows in view (thousands of use cases stay fluid), with
 * sortable column headers announced through aria-sort.
 */
export function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  sort,
  onSort,
  sortHint,
  maxHeight = '70vh',
  focusableScroll = false,
}: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is used as documented
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 700 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div
      ref={scrollRef}
      className={styles.scroll}
      style={{ maxHeight }}
      data-virtual-scroll=""
      {...(focusableScroll ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      <table className={styles.table} aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const active = sort?.column === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  data-column={c.id}
                  className={c.optional ? styles.optional : undefined}
                  style={{ width: c.width, textAlign: c.align === 'end' ? 'right' : 'left' }}
                  aria-sort={active ? sort.direction : c.sortable ? 'none' : undefined}
                >
                  {c.sortable && onSort ? (
                    <button
                      type="button"
                      className={styles.sortButton}
                      onClick={() => onSort(c.id)}
                      title={sortHint}
                    >
                      {c.header}
                      <span
                        aria-hidden="true"
                        className={styles.sortMark}
                        data-sort-mark={active ? 'active' : 'none'}
                      >
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" style={{ height: top }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index] as T;
            return (
              <tr key={rowKey(row)} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                {columns.map((c) => (
                  <td
                    key={c.id}
                    className={c.optional ? styles.optional : undefined}
                    style={{ textAlign: c.align === 'end' ? 'right' : 'left' }}
                  >
                    <span>{c.cell(row)}</span>
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
