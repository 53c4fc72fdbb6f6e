import { useTranslation } from 'react-i18next';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import {
  DUPLICATE_CHOICES,
  type DuplicateChoice,
  type DuplicateCount,
} from '../../domain/exchange/import-duplicates';
import styles from './exchange.module.css';

/** Rows whose title is already a use case (or an earlier row): skip, keep both, or update. */
export function DuplicateChoiceGroup({
  count,
  choice,
  onChange,
}: {
  count: DuplicateCount;
  choice: DuplicateChoice;
  onChange: (next: DuplicateChoice) => void;
}) {
  const { t } = useTranslation();
  if (!count.inWorkspace && !count.inFile) return <p>{t('listImport.duplicatesNone')}</p>;
  return (
    <>
      <p>{t('listImport.duplicatesFound', { ...count })}</p>
      <RadioGroup
        className={styles.choices}
        value={choice}
        onChange={(value) => onChange(DUPLICATE_CHOICES.find((c) => c === value) ?? 'skip')}
      >
        <Label>{t('listImport.duplicateChoice')}</Label>
        {DUPLICATE_CHOICES.map((c) => (
          <Radio key={c} value={c} className={styles.choice}>
            {t(`listImport.choice.${c}`)}
          </Radio>
        ))}
      </RadioGroup>
    </>
  );
}
