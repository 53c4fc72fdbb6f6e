import styles from './progress-line.module.css';

/**
 * A long write's or read's progress: a bar, and its count in words ("1,000 of 10,000 written").
 * A live region, so that a screen reader hears the count as it grows.
 */
export function ProgressLine({
  label,
  done,
  total,
  text,
}: {
  /** What is in progress, the bar's accessible name. */
  label: string;
  done: number;
  total: number;
  text: string;
}) {
  return (
    <div className={styles.progressRow} role="status">
      <progress className={styles.progress} aria-label={label} max={total} value={done} />
      <span>{text}</span>
    </div>
  );
}
