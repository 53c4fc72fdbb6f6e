/** A column heading with a class (a number column is right-aligned) or words only heard. */
export interface ColumnHead {
  label: string;
  className?: string;
  /** Read by a screen reader, not shown (a column of buttons). */
  hidden?: boolean;
}

/** The heading row of a plain table: one `th scope="col"` per column, in order. */
export function ColumnHeads({ columns }: { columns: readonly (string | ColumnHead)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const { label, className, hidden } =
            typeof column === 'string' ? { label: column } : column;
          return (
            <th key={index} scope="col" className={className}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
