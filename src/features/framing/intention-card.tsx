import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import styles from './framing.module.css';

/** "What do we want to make visible, simpler or stronger?" */
export function IntentionCard({
  intention,
  onSave,
}: {
  intention: string;
  onSave: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? intention;
  return (
    <Card className={styles.section}>
      <h2>
        <label htmlFor="framing-intention">{t('framing.intention')}</label>
      </h2>
      <p id="framing-intention-hint" className={styles.muted}>
        {t('framing.intentionHint')}
      </p>
      <textarea
        id="framing-intention"
        className={styles.intention}
        aria-describedby="framing-intention-hint"
        rows={3}
        maxLength={5000}
        value={text}
        onChange={(e) => setDraft(e.target.value)}
      />
      <p data-editing-chrome="">
        <Button
          variant="primary"
          isDisabled={draft === null || draft === intention}
          onPress={() => {
            void onSave(text).then(() => setDraft(null));
          }}
        >
          {t('framing.saveIntention')}
        </Button>
      </p>
    </Card>
  );
}
