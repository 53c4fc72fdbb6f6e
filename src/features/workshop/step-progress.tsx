import { useTranslation } from 'react-i18next';
import type { StepProgress } from '../../domain/workshop/progress';
import styles from './workshop.module.css';

/** "12 of 18 use cases scored, 3 divergences to discuss", from the domain's counts. */
export function ProgressText({ progress }: { progress: StepProgress }) {
  const { t } = useTranslation();
  return (
    <span className={styles.progress}>
      {progress.facts.map((f) => t(`workshop.progress.${f.key}`, { ...f.values })).join(' · ')}
      {progress.done ? <span className={styles.doneBadge}>{t('workshop.doneBadge')}</span> : null}
    </span>
  );
}
