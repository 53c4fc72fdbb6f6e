import { useTranslation } from 'react-i18next';
import { CLARITY_ITEMS, type Clarity } from '../../domain/qualification/clarity';
import { Card } from '../../ui/page-header';
import styles from './qualification.module.css';

/** The clarity score (SCORING.md section 12): n of 7, with what is missing. */
export function ClarityMeter({ clarity }: { clarity: Clarity }) {
  const { t } = useTranslation();
  return (
    <Card className={styles.meter}>
      <h2 id="clarity-title">{t('qualification.clarityTitle')}</h2>
      <p className={styles.score} aria-live="polite">
        {t('qualification.clarityScore', { filled: clarity.filled })}
      </p>
      <meter
        className={styles.bar}
        min={0}
        max={7}
        value={clarity.filled}
        aria-labelledby="clarity-title"
      />
      <p className={clarity.clear ? styles.clear : styles.muted}>
        {clarity.clear ? t('qualification.clear') : t('qualification.notClear')}
      </p>
      <ul className={styles.checklist}>
        {CLARITY_ITEMS.map((item) => {
          const missing = clarity.missing.includes(item);
          return (
            <li key={item} className={missing ? styles.missing : styles.done}>
              <span aria-hidden="true">{missing ? '○' : '●'}</span>{' '}
              {t(`qualification.item.${item}`)}
              <span className="visually-hidden">
                {missing ? t('qualification.missing') : t('qualification.filled')}
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
