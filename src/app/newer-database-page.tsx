import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATABASE_NAME } from '../db/database';
import { readWholeDatabase } from '../db/open-database';
import { DATA_VERSION } from '../domain/migrations/migrations';
import { PlainButton } from '../ui/plain-button';
import styles from './shell.module.css';

/**
 * Shown instead of the app when the browser's database was written by a newer release: nothing
 * is opened for writing; the person can download every table as it is (JSON), read without a
 * schema, to open it in the newer release or keep it.
 */
export function NewerDatabasePage({ storedVersion }: { storedVersion: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'reading' | { failed: string }>('idle');
  const exportAll = async () => {
    setState('reading');
    try {
      const dump = await readWholeDatabase(DATABASE_NAME);
      const text = JSON.stringify({ format: 'clarte-database-dump', ...dump });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `clarte-data-v${dump.version}-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      setState('idle');
    } catch (error) {
      setState({ failed: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <main className={styles.body} id="main">
      <h1>{t('database.newerTitle')}</h1>
      <p>{t('database.newerMessage', { stored: storedVersion, known: DATA_VERSION })}</p>
      <PlainButton
        variant="primary"
        isDisabled={state === 'reading'}
        onPress={() => void exportAll()}
      >
        {state === 'reading' ? t('database.exporting') : t('database.export')}
      </PlainButton>
      {typeof state === 'object' && (
        <p role="alert">{t('database.exportFailed', { message: state.failed })}</p>
      )}
    </main>
  );
}
