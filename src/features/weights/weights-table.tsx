import type { ReactNode } from 'react';
import { ColumnHeads, type ColumnHead } from '../../ui/column-heads';
import styles from './weights.module.css';

/**
 * A table of the weights screen: its caption read by screen readers (the heading above says it
 * on screen), its column heads, then its rows.
 */
export function WeightsTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly (string | ColumnHead)[];
  children: ReactNode;
}) {
  return (
    <table className={styles.table}>
      <caption className={styles.visuallyHidden}>{caption}</caption>
      <ColumnHeads columns={columns} />
      <tbody>{children}</tbody>
    </table>
  );
}
