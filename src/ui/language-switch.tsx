import { useTranslation } from 'react-i18next';
import { LANGUAGES, switchLanguage } from '../i18n/i18n';

/**
 * FR | EN: two buttons, the current one pressed; the choice is remembered by the i18n detector.
 * The page that shows it gives the look (the dark header, the participant's light page).
 */
export function LanguageSwitch({ classNames }: { classNames: { group: string; button: string } }) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <div role="group" aria-label={t('shell.language')} className={classNames.group}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className={classNames.button}
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
