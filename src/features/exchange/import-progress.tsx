import { useTranslation } from 'react-i18next';
import { ProgressLine } from '../../ui/progress-line';

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
    <ProgressLine
      label={t('exchange.importProgress')}
      done={progress.done}
      total={progress.total}
      text={t(countKey, { done: progress.done, total: progress.total })}
    />
  );
}
