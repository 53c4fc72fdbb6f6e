import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onStorageProblem, reportStorageError, type StorageProblem } from '../../db/storage-errors';
import { PlainButton } from '../../ui/plain-button';
import styles from './exchange.module.css';

/** A storage-full or failed write, from anywhere in the app: says so and offers a backup. */
export function StorageBanner() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    const stop = onStorageProblem(setProblem);
    const onRejection = (event: PromiseRejectionEvent) => {
      reportStorageError(event.reason);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      stop();
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
  if (!problem) return null;
  const exportAll = async () => {
    const [{ buildBackup }, { download }] = await Promise.all([
      import('./exporters'),
      import('./download-file'),
    ]);
    download(await buildBackup('all'));
  };
  return (
    <div role="alert" className={styles.banner}>
      <strong>{t(problem === 'quota' ? 'backup.quotaTitle' : 'backup.failedTitle')}</strong>
      <span>{t('backup.storageAdvice')}</span>
      <PlainButton variant="primary" small onPress={() => void exportAll()}>
        {t('backup.exportNow')}
      </PlainButton>
      <PlainButton variant="quiet" small onPress={() => setProblem(null)}>
        {t('backup.dismiss')}
      </PlainButton>
    </div>
  );
}
