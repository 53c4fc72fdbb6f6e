import { useTranslation } from 'react-i18next';
import { usePersistentStorage } from '../../data/use-backup';
import { useStorageEstimate } from '../../data/use-storage-estimate';
import { Button } from '../../ui/button';
import { useFormatters } from '../../ui/format';
import { Card } from '../../ui/page-header';
import { formatBytes } from './storage-space';

/** Space this site uses and may still use on this computer (navigator.storage.estimate). */
function StorageSpace() {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const estimate = useStorageEstimate();
  if (estimate === undefined) return null;
  if (estimate === null) return <p>{t('storage.spaceUnknown')}</p>;
  return (
    <p data-testid="storage-space">
      {t('storage.space', {
        used: formatBytes(estimate.used, locale),
        left: formatBytes(Math.max(0, estimate.quota - estimate.used), locale),
        quota: formatBytes(estimate.quota, locale),
      })}
    </p>
  );
}

/**
 * Whether the browser keeps the data under storage pressure (persistent storage, asked for once
 * there is real data), the space used and left, and what to do about eviction.
 */
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
      <StorageSpace />
      {state === undefined ? null : (
        <>
          <h3>{t('storage.adviceTitle')}</h3>
          <ul>
            {(state === 'persisted'
              ? (['persistedStillBackup', 'persistedClearing'] as const)
              : (['backup', 'install', 'keepSiteData', 'freeSpace'] as const)
            ).map((key) => (
              <li key={key}>{t(`storage.advice.${key}`)}</li>
            ))}
          </ul>
        </>
      )}
      {state === 'notPersisted' ? <Button onPress={ask}>{t('exchange.askPersist')}</Button> : null}
    </Card>
  );
}
