import { useTranslation } from 'react-i18next';
import styles from './exchange.module.css';

export interface Progress {
  done: number;
  total: number;
}

/** An import's progress bar with its count in words ("1,000 of 10,000 written"). */
export function ImportProgress({
  progress,
  countKey,
}: {
  progress: Progress;
  /** The count's message: use cases (a list) or records (a backup). */
  countKey: 'exchange.progressCount' | 'exchange.recordsProgress';
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.progressRow}>
      <progress
        className={styles.progress}
        aria-label={t('exchange.importProgress')}
        max={progress.total}
        value={progress.done}
      />
      <span>{t(countKey, { done: progress.done, total: progress.total })}</span>
    </div>
  );
}
