import { useTranslation } from 'react-i18next';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { LANGUAGES } from '../i18n/i18n';
import styles from './shell.module.css';

/** FR | EN; the choice is remembered by the i18n language detector. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <ToggleButtonGroup
      aria-label={t('shell.language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[current]}
      onSelectionChange={(keys) => {
        const [next] = [...keys];
        if (typeof next === 'string') void i18n.changeLanguage(next);
      }}
      className={styles.languages}
    >
      {LANGUAGES.map((lng) => (
        <ToggleButton
          key={lng}
          id={lng}
          className={styles.language}
          aria-label={t(`shell.languageName.${lng}`)}
        >
          {lng.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
