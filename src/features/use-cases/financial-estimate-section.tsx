import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch, type FieldError, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { saveFinancialEstimate } from '../../db/repositories/business-case';
import {
  CURRENCIES,
  FINANCIAL_INPUTS,
  isEmptyEstimate,
  type FinancialInput,
} from '../../domain/finance/financial-estimate';
import {
  financialEstimateSchema,
  type FinancialEstimate,
  type UseCase,
} from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { Card } from '../../ui/page-header';
import { useToast } from '../../ui/toast';
import { useFinanceFormatters } from './business-case/finance-format';
import { FinancialFigures } from './business-case/financial-figures';
import styles from './business-case/business-case.module.css';

type EstimateInput = z.input<typeof financialEstimateSchema>;
type EstimateForm = UseFormReturn<EstimateInput, unknown, FinancialEstimate>;

/** "12 000", "12,5" or "12.5" as typed, to a number; empty to null (not estimated). */
function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return text === '' ? null : Number(text);
}

/**
 * The financial estimate of a use case (SCORING.md section 11): its inputs, and the yearly
 * benefit, net, payback and 3-year ROI, recomputed as one types. Evidence for the "financial
 * potential" score, never setting it.
 */
export function FinancialEstimateSection({ useCase }: { useCase: UseCase }) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const ff = useFinanceFormatters();
  const form = useForm<EstimateInput, unknown, FinancialEstimate>({
    resolver: zodResolver(financialEstimateSchema),
    values: useCase.financialEstimate,
  });
  const { isDirty, isSubmitting, errors } = form.formState;
  const typed = financialEstimateSchema.safeParse(useWatch({ control: form.control }));
  const shown = typed.success ? typed.data : useCase.financialEstimate;
  const submit = form.handleSubmit(async (estimate) => {
    await saveFinancialEstimate(database(), change(), useCase.id, estimate);
    toast({ message: t('finance.saved') });
  });
  const currencyId = useId();

  return (
    <Card>
      <h2>{t('finance.title')}</h2>
      <p className={styles.lead}>{t('finance.lead')}</p>
      <form
        noValidate
        aria-label={t('finance.title')}
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <div className={styles.inputs}>
          {FINANCIAL_INPUTS.map((key) => (
            <NumberInput key={key} form={form} name={key} error={errors[key]} />
          ))}
          <div className={styles.input}>
            <label htmlFor={currencyId}>{t('finance.currency')}</label>
            <select id={currencyId} {...form.register('currency')}>
              {CURRENCIES.map((code) => (
                <option key={code} value={code}>
                  {ff.currencyName(code)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <h3>{t('finance.results')}</h3>
        <FinancialFigures estimate={shown} testId="financial-results" />
        <p className={styles.note}>{t('finance.formula')}</p>
        <p className={styles.never}>{t('finance.neverSetsScore')}</p>
        <div className={styles.saveBar}>
          <span aria-live="polite">{isDirty ? t('finance.unsaved') : ''}</span>
          <Button type="submit" variant="primary" isDisabled={isSubmitting || !isDirty}>
            {t('finance.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function NumberInput({
  form,
  name,
  error,
}: {
  form: EstimateForm;
  name: FinancialInput;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const message = error
    ? t(error.message?.startsWith('errors.') ? error.message : 'errors.notFinite')
    : null;
  return (
    <div className={styles.input}>
      <label htmlFor={id}>{t(`finance.input.${name}`)}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        {...form.register(name, { setValueAs: toNumber })}
      />
      {message ? (
        <span id={`${id}-error`} role="alert" className={styles.error}>
          {message}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A read-only summary of the estimate, to show beside the "financial potential" score
 * (for the scoring panel): the four figures and the reminder that the rater decides.
 */
export function FinancialEstimateSummary({ estimate }: { estimate: FinancialEstimate }) {
  const { t } = useTranslation();
  return (
    <aside className={styles.summary} aria-label={t('finance.summaryTitle')}>
      <strong>{t('finance.summaryTitle')}</strong>
      {isEmptyEstimate(estimate) ? (
        <p className={styles.note}>{t('finance.notEstimated')}</p>
      ) : (
        <FinancialFigures estimate={estimate} />
      )}
      <p className={styles.never}>{t('finance.neverSetsScore')}</p>
    </aside>
  );
}
