import { useTranslation } from 'react-i18next';
import { usePersistentStorage } from '../../data/use-backup';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';

/** Whether the browser keeps the data under storage pressure (persistent storage). */
export function StoragePanel() {
  const { t } = useTranslation();
  const { state, ask } = usePersistentStorage();
  return (
    <Card>
      <h2>{t('exchange.storageTitle')}</h2>
      {state === undefined ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : (
        <p role="status">
          {t(
            state === 'persisted'
              ? 'exchange.persisted'
              : state === 'notPersisted'
                ? 'exchange.notPersisted'
                : 'exchange.persistUnknown',
          )}
        </p>
      )}
      {state === 'notPersisted' ? <Button onPress={ask}>{t('exchange.askPersist')}</Button> : null}
    </Card>
  );
}
