import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { PlainButton } from '../ui/plain-button';
import styles from './offline-app.module.css';

/** How often an open app asks the server whether a new version was published. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The manifest of the UI language (both are built, see vite.config.ts). */
function useManifestLanguage(language: string | undefined): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return;
    link.href = language === 'fr' ? '/manifest.fr.webmanifest' : '/manifest.webmanifest';
  }, [language]);
}

/**
 * The service worker (production build only): the app keeps working offline, and when a new
 * version is installed it waits. "A new version is ready: reload" stays until the person chooses;
 * the page is never reloaded in the middle of their work.
 */
export default function OfflineApp() {
  const { t, i18n } = useTranslation();
  useManifestLanguage(i18n.resolvedLanguage);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, CHECK_EVERY_MS);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className={styles.prompt} role="status" aria-live="polite">
      <span>{t('offline.newVersion')}</span>
      <PlainButton small onPress={() => void updateServiceWorker(true)}>
        {t('offline.reload')}
      </PlainButton>
      <PlainButton small variant="quiet" onPress={() => setNeedRefresh(false)}>
        {t('offline.later')}
      </PlainButton>
    </div>
  );
}
