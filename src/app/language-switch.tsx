import { useTranslation } from 'react-i18next';
import { LANGUAGES, switchLanguage } from '../i18n/i18n';
import styles from './shell.module.css';

/** FR | EN: two buttons, the current one pressed; the choice is remembered by the i18n detector. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <div role="group" aria-label={t('shell.language')} className={styles.languages}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className={styles.language}
          aria-pressed={current === lng}
          aria-label={`${lng.toUpperCase()} · ${t(`shell.languageName.${lng}`)}`}
          onClick={() => void switchLanguage(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
