import { useId } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { saveFinancialEstimate } from '../../db/repositories/business-case';
import {
  CURRENCIES,
  FINANCIAL_INPUTS,
  estimateFinances,
  isEmptyEstimate,
  type FinancialInput,
  type FinancialResult,
} from '../../domain/finance/financial-estimate';
import {
  financialEstimateSchema,
  type FinancialEstimate,
  type UseCase,
} from '../../domain/schema/use-case';
import { Card } from '../../ui/page-header';
import { NumberInputField } from '../../ui/number-field';
import { useToast } from '../../ui/toast';
import { useFinanceFormatters } from './business-case/finance-format';
import { FinancialFigures } from './business-case/financial-figures';
import styles from './business-case/business-case.module.css';
import { useEditForm } from '../../ui/form-dialog';
import { FormSaveBar } from './form-save-bar';
import { typedDiffers } from './typed-or-stored';

type EstimateInput = z.input<typeof financialEstimateSchema>;
type EstimateForm = UseFormReturn<EstimateInput, unknown, FinancialEstimate>;

/**
 * The financial estimate of a use case (SCORING.md section 11): its inputs, and the yearly
 * benefit, net, payback and 3-year ROI: the decision's (`decided`) for the saved estimate, worked
 * out as one types by the decision's own rule (estimateFinances) for what is not saved yet.
 * Evidence for the "financial potential" score, never setting it.
 */
export function FinancialEstimateSection({
  useCase,
  decided,
}: {
  useCase: UseCase;
  /** The decision's financial figures of the saved estimate. */
  decided: FinancialResult | undefined;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const ff = useFinanceFormatters();
  const form = useEditForm(financialEstimateSchema, useCase.financialEstimate);
  const { isDirty } = form.formState;
  const watched = useWatch({ control: form.control });
  const currency = watched.currency ?? useCase.financialEstimate.currency;
  const typed = financialEstimateSchema.safeParse(watched);
  const stored = useCase.financialEstimate;
  const result =
    typed.success && (!decided || typedDiffers(typed.data, stored))
      ? estimateFinances(typed.data)
      : (decided ?? estimateFinances(stored));
  const save = async (estimate: FinancialEstimate) => {
    await saveFinancialEstimate(database(), change(), useCase.id, estimate);
    form.reset(estimate);
    toast({ message: t('finance.saved') });
  };
  const submit = form.handleSubmit(save);
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
            <EstimateNumberField key={key} form={form} name={key} currency={currency} />
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
        <FinancialFigures result={result} testId="financial-results" />
        <p className={styles.note}>{t('finance.formula')}</p>
        <p className={styles.never}>{t('finance.neverSetsScore')}</p>
        <FormSaveBar
          form={form}
          save={save}
          label={t('finance.save')}
          className={styles.saveBar}
          status={<span aria-live="polite">{isDirty ? t('finance.unsaved') : ''}</span>}
        />
      </form>
    </Card>
  );
}

const MONEY: ReadonlySet<FinancialInput> = new Set([
  'hourlyCost',
  'yearlyRevenueUplift',
  'oneOffCost',
  'yearlyRunningCost',
]);

function EstimateNumberField({
  form,
  name,
  currency,
}: {
  form: EstimateForm;
  name: FinancialInput;
  currency: string;
}) {
  const { t } = useTranslation();
  // Money in the chosen currency ("42 000 €" accepted as typed), the rest as plain numbers.
  const formatOptions: Intl.NumberFormatOptions = MONEY.has(name)
    ? { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }
    : { maximumFractionDigits: 2 };
  return (
    <div className={styles.input}>
      <NumberInputField
        control={form.control}
        name={name}
        label={t(`finance.input.${name}`)}
        minValue={0}
        maxValue={name === 'adoptionRate' ? 100 : undefined}
        formatOptions={formatOptions}
      />
    </div>
  );
}

/**
 * A read-only summary of the saved estimate, to show beside the "financial potential" score
 * (for the scoring panel): the decision's four figures and the reminder that the rater decides.
 */
export function FinancialEstimateSummary({
  estimate,
  decided,
}: {
  estimate: FinancialEstimate;
  decided: FinancialResult | undefined;
}) {
  const { t } = useTranslation();
  return (
    <aside className={styles.summary} aria-label={t('finance.summaryTitle')}>
      <strong>{t('finance.summaryTitle')}</strong>
      {isEmptyEstimate(estimate) || !decided ? (
        <p className={styles.note}>{t('finance.notEstimated')}</p>
      ) : (
        <FinancialFigures result={decided} />
      )}
      <p className={styles.never}>{t('finance.neverSetsScore')}</p>
    </aside>
  );
}
