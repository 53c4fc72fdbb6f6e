import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/button';
import { NumberInput } from '../../../ui/number-field';
import styles from './business-case.module.css';

/** "Go to use case no. n": brings the page of the book's n-th use case into view. */
export function BookGoTo({ total, onGoTo }: { total: number; onGoTo: (n: number) => void }) {
  const { t } = useTranslation();
  const [n, setN] = useState<number | null>(null);
  // Enter commits the typed number and submits in the same keystroke: read the latest value.
  const latest = useRef<number | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = latest.current;
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= total) onGoTo(n);
  };
  return (
    <form className={styles.goTo} onSubmit={submit}>
      <NumberInput
        label={t('businessCase.book.goTo')}
        hint={t('businessCase.book.goToHint', { total })}
        minValue={1}
        maxValue={total}
        step={1}
        formatOptions={{ maximumFractionDigits: 0 }}
        value={n}
        onChange={(value) => {
          latest.current = value;
          setN(value);
        }}
      />
      <Button type="submit">{t('businessCase.book.goToButton')}</Button>
    </form>
  );
}
