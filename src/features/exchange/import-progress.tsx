import { useTranslation } from 'react-i18next';
import { ProgressLine } from '../../ui/progress-line';

export interface Progress {
  done: number;
  /** Null until the import knows how much it will write: the file is still being read. */
  total: number | null;
}

/**
 * An import's progress bar with its count in words ("1,000 of 10,000 written"); before the total
 * is known, a bar that only says the file is being read.
 */
export function ImportProgress({
  progress,
  countKey,
}: {
  progress: Progress;
  /** The count's message: use cases (a list) or records (a backup). */
  countKey: 'exchange.progressCount' | 'exchange.recordsProgress';
}) {
  const { t } = useTranslation();
  const label = t(
    countKey === 'exchange.recordsProgress' ? 'exchange.backupProgress' : 'exchange.importProgress',
  );
  if (progress.total === null) return <ProgressLine label={label} text={t('exchange.reading')} />;
  return (
    <ProgressLine
      label={label}
      done={progress.done}
      total={progress.total}
      text={t(countKey, { done: progress.done, total: progress.total })}
    />
  );
}
