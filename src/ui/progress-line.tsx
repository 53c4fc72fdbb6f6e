import type { ReactNode } from 'react';
import styles from './progress-line.module.css';

/**
 * A long write's or read's progress: a bar, its count in words ("1,000 of 10,000 written") in a
 * live region (a screen reader hears it grow), and the actions it offers (Cancel). Without a
 * total, the bar says only that something is under way.
 */
export function ProgressLine({
  label,
  done,
  total,
  text,
  children,
}: {
  /** What is in progress, the bar's accessible name. */
  label: string;
  done?: number;
  total?: number;
  text: string;
  children?: ReactNode;
}) {
  const known = total !== undefined;
  return (
    <div className={styles.progressRow}>
      <progress
        className={styles.progress}
        aria-label={label}
        max={known ? total : undefined}
        value={known ? done : undefined}
      />
      <span role="status">{text}</span>
      {children}
    </div>
  );
}
