import type { ReactNode } from 'react';
import { ColumnHeads, type ColumnHead } from './column-heads';
import report from './report-table.module.css';
import { TableScroll } from './table-scroll';

/**
 * One column of a plain table, as data: its heading (words, a class, or words only heard) and the
 * cell it shows for each row.
 */
export interface DataColumn<Row> extends ColumnHead {
  cell: (row: Row) => ReactNode;
  /** The class of the column's cells, the same for every row or chosen per row. */
  cellClassName?: string | ((row: Row) => string | undefined);
  /** A column of figures: the heading and every cell take this class (right-aligned). */
  number?: string;
  /** The cell names its row: a `th scope="row"`. */
  rowHeader?: boolean;
  /** Editing chrome (the row's buttons): hidden on the projector (data-editing-chrome). */
  chrome?: boolean;
}

/** Attributes one row may carry: what tests and assistive technologies find it by. */
interface DataRowProps {
  'data-testid'?: string;
  'data-use-case'?: string;
  'aria-current'?: 'step';
  className?: string;
}

interface DataTableProps<Row> {
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The table's class (report-table.module.css's by default). */
  className?: string;
  /** The table's name for a screen reader (aria-label). */
  label?: string;
  /** A caption, shown or, with `captionHidden`, heard only. */
  caption?: string;
  captionHidden?: boolean;
  /** The table scrolls sideways inside a region of this name (never the page). */
  scroll?: string;
  testId?: string;
  /** The test id of every row. */
  rowTestId?: string;
  rowProps?: (row: Row) => DataRowProps;
  /** Shown instead of the table when there is no row (an empty-state line). */
  empty?: ReactNode;
  /** A total row below the records. */
  footer?: ReactNode;
}

function classOf<Row>(column: DataColumn<Row>, row: Row): string | undefined {
  const own =
    typeof column.cellClassName === 'function' ? column.cellClassName(row) : column.cellClassName;
  return [column.number, own].filter(Boolean).join(' ') || undefined;
}

/**
 * A plain table of records: a heading row (`th scope="col"`), one row of cells per record, the
 * record's name as its row heading where a column says so. Small lists only: thousands of rows
 * go to VirtualTable or a Pager.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, rowKey, rowProps } = props;
  if (rows.length === 0 && props.empty !== undefined) return props.empty;
  const table = (
    <table
      className={props.className ?? report.table}
      aria-label={props.label}
      data-testid={props.testId}
    >
      {props.caption ? (
        <caption className={props.captionHidden ? 'visually-hidden' : undefined}>
          {props.caption}
        </caption>
      ) : null}
      <ColumnHeads columns={columns.map((c) => ({ ...c, className: c.number ?? c.className }))} />
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={props.rowTestId} {...rowProps?.(row)}>
            {columns.map((column, index) => {
              const Cell = column.rowHeader ? 'th' : 'td';
              return (
                <Cell
                  key={index}
                  scope={column.rowHeader ? 'row' : undefined}
                  className={classOf(column, row)}
                  data-editing-chrome={column.chrome ? '' : undefined}
                >
                  {column.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
      {props.footer ? <tfoot>{props.footer}</tfoot> : null}
    </table>
  );
  return props.scroll ? <TableScroll label={props.scroll}>{table}</TableScroll> : table;
}
