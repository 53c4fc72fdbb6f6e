import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPARED_TO_BEFORE,
  REVIEW_OUTCOMES,
  reviewFormSchema,
  type ReviewForm,
} from '../domain/schema/review';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';
import styles from './ui.module.css';

/** "12 000", "12,5" or "12.5" as typed, to a number; empty to null. */
function toNumber(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return clean === '' ? null : Number(clean);
}

function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? <span className={styles.hint}>{hint}</span> : null}
      {children(id)}
      {error ? (
        <span className={styles.error} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export interface ReviewPromise {
  title: string;
  /** "Cost per invoice (EUR): from 9.4 to 4.5", or '' when no success measure. */
  measure: string;
  /** The use case automates work: ask how many cases the machine handled. */
  automates: boolean;
}

/** The hypothesis review of a use case: what happened, and keep, adjust or stop (issue 19). */
export function ReviewDialog({
  isOpen,
  onOpenChange,
  promise,
  onSubmit,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  promise: ReviewPromise;
  onSubmit: (form: ReviewForm) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState<Record<string, string>>({ outcome: 'keep' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: string) => (e: { target: { value: string } }) =>
    setText((v) => ({ ...v, [key]: e.target.value }));
  const value = (key: string) => text[key] ?? '';
  const submit = async () => {
    const compared = (key: string) => (value(key) === '' ? null : value(key));
    const form = {
      actual: toNumber(value('actual')),
      realisedYearlyBenefit: toNumber(value('realised')),
      outcome: value('outcome'),
      reason: value('reason'),
      nextReviewDate: value('outcome') === 'adjust' && value('next') ? value('next') : null,
      automation: promise.automates
        ? {
            handledByMachine: toNumber(value('machine')) ?? 0,
            takenOverByPerson: toNumber(value('person')) ?? 0,
            time: compared('time'),
            quality: compared('quality'),
          }
        : null,
      note: '',
    };
    const parsed = reviewFormSchema.safeParse(form);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.');
        const message = issue.message.startsWith('errors.')
          ? t(issue.message)
          : t('errors.invalid');
        found[key] ??= message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    await onSubmit(parsed.data);
    setText({ outcome: 'keep' });
    onOpenChange(false);
  };
  const compareOptions = (key: string) => (
    <>
      <option value="">{t('reviews.notAssessed')}</option>
      {COMPARED_TO_BEFORE.map((c) => (
        <option key={c} value={c}>
          {t(`reviews.compared.${key}.${c}`)}
        </option>
      ))}
    </>
  );
  return (
    <AppDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('reviews.dialogTitle', { title: promise.title })}
      wide
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p>{promise.measure || t('reviews.noMeasure')}</p>
        <Field label={t('reviews.actual')} error={errors.actual}>
          {(id) => (
            <input
              id={id}
              className={styles.input}
              inputMode="decimal"
              value={value('actual')}
              onChange={set('actual')}
            />
          )}
        </Field>
        <Field
          label={t('reviews.realised')}
          hint={t('reviews.realisedHint')}
          error={errors.realisedYearlyBenefit}
        >
          {(id) => (
            <input
              id={id}
              className={styles.input}
              inputMode="decimal"
              value={value('realised')}
              onChange={set('realised')}
            />
          )}
        </Field>
        {promise.automates ? (
          <>
            <Field label={t('reviews.machine')} error={errors['automation.handledByMachine']}>
              {(id) => (
                <input
                  id={id}
                  className={styles.input}
                  inputMode="numeric"
                  value={value('machine')}
                  onChange={set('machine')}
                />
              )}
            </Field>
            <Field label={t('reviews.person')} error={errors['automation.takenOverByPerson']}>
              {(id) => (
                <input
                  id={id}
                  className={styles.input}
                  inputMode="numeric"
                  value={value('person')}
                  onChange={set('person')}
                />
              )}
            </Field>
            <Field label={t('reviews.time')}>
              {(id) => (
                <select
                  id={id}
                  className={styles.input}
                  value={value('time')}
                  onChange={set('time')}
                >
                  {compareOptions('time')}
                </select>
              )}
            </Field>
            <Field label={t('reviews.quality')}>
              {(id) => (
                <select
                  id={id}
                  className={styles.input}
                  value={value('quality')}
                  onChange={set('quality')}
                >
                  {compareOptions('quality')}
                </select>
              )}
            </Field>
          </>
        ) : null}
        <Field label={t('reviews.outcome')} hint={t('reviews.outcomeHint')}>
          {(id) => (
            <select
              id={id}
              className={styles.input}
              value={value('outcome')}
              onChange={set('outcome')}
            >
              {REVIEW_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`reviews.outcomes.${o}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {value('outcome') === 'adjust' ? (
          <Field label={t('reviews.nextReviewDate')} error={errors.nextReviewDate}>
            {(id) => (
              <input
                id={id}
                type="date"
                className={styles.input}
                value={value('next')}
                onChange={set('next')}
              />
            )}
          </Field>
        ) : null}
        <Field label={t('reviews.reason')} error={errors.reason}>
          {(id) => (
            <textarea
              id={id}
              rows={3}
              className={styles.input}
              value={value('reason')}
              onChange={set('reason')}
            />
          )}
        </Field>
        <DialogActions>
          <Button onPress={() => onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('reviews.record')}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}
