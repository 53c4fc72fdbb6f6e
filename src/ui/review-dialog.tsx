import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import {
  COMPARED_TO_BEFORE,
  REVIEW_OUTCOMES,
  reviewFormSchema,
  reviewOutcomeSchema,
  type ReviewForm,
} from '../domain/schema/review';
import { DateInputField } from './date-field';
import { FormDialog, recordThenClear, useEditForm, type OpenDialogProps } from './form-dialog';
import { SelectField, TextAreaField, fieldOf } from './form-field';
import { NumberInputField } from './number-field';

export interface ReviewPromise {
  title: string;
  /** "Cost per invoice (EUR): from 9.4 to 4.5", or '' when no success measure. */
  measure: string;
  /** The use case automates work: ask how many cases the machine handled. */
  automates: boolean;
}

const typedNumber = z.number().nullable();
/** "Not assessed" is the empty option. */
const typedComparison = z.union([z.enum(COMPARED_TO_BEFORE), z.literal('')]);

/** The dialog's fields as typed: numbers left empty are null, "not assessed" is ''. */
const reviewFieldsSchema = z.object({
  actual: typedNumber,
  realisedYearlyBenefit: typedNumber,
  outcome: reviewOutcomeSchema,
  reason: z.string(),
  nextReviewDate: z.string().nullable(),
  automation: z.object({
    handledByMachine: typedNumber,
    takenOverByPerson: typedNumber,
    time: typedComparison,
    quality: typedComparison,
  }),
});
type ReviewFields = z.input<typeof reviewFieldsSchema>;

const EMPTY: ReviewFields = {
  actual: null,
  realisedYearlyBenefit: null,
  outcome: 'keep',
  reason: '',
  nextReviewDate: null,
  automation: { handledByMachine: null, takenOverByPerson: null, time: '', quality: '' },
};

/** What the review asks of a use case that automates work: two counts, two comparisons. */
const AUTOMATION_COUNTS = [
  { name: 'handledByMachine', label: 'reviews.machine' },
  { name: 'takenOverByPerson', label: 'reviews.person' },
] as const;
const AUTOMATION_COMPARISONS = ['time', 'quality'] as const;

/**
 * What is recorded from the fields: the automation counts only for a use case that automates
 * work (an empty count is 0), the next review date only with "adjust".
 */
function reviewSchemaFor(automates: boolean) {
  return reviewFieldsSchema
    .transform(({ automation: a, ...fields }): ReviewForm => ({
      ...fields,
      nextReviewDate: fields.outcome === 'adjust' ? fields.nextReviewDate || null : null,
      automation: automates
        ? {
            handledByMachine: a.handledByMachine ?? 0,
            takenOverByPerson: a.takenOverByPerson ?? 0,
            time: a.time || null,
            quality: a.quality || null,
          }
        : null,
      note: '',
    }))
    .pipe(reviewFormSchema);
}

/** The hypothesis review of a use case: what happened, and keep, adjust or stop (issue 19). */
export function ReviewDialog({
  promise,
  onSubmit,
  ...open
}: OpenDialogProps & {
  promise: ReviewPromise;
  onSubmit: (form: ReviewForm) => Promise<void>;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => reviewSchemaFor(promise.automates), [promise.automates]);
  const form = useEditForm(schema, EMPTY);
  return (
    <FormDialog
      {...open}
      title={t('reviews.dialogTitle', { title: promise.title })}
      wide
      form={form}
      onSubmit={recordThenClear(form, EMPTY, onSubmit)}
      submitLabel={t('reviews.record')}
    >
      <p>{promise.measure || t('reviews.noMeasure')}</p>
      <NumberInputField control={form.control} name="actual" label={t('reviews.actual')} />
      <NumberInputField
        control={form.control}
        name="realisedYearlyBenefit"
        label={t('reviews.realised')}
        hint={t('reviews.realisedHint')}
      />
      {promise.automates ? (
        <>
          {AUTOMATION_COUNTS.map(({ name, label }) => (
            <NumberInputField
              key={name}
              control={form.control}
              name={`automation.${name}`}
              label={t(label)}
            />
          ))}
          {AUTOMATION_COMPARISONS.map((key) => (
            <SelectField
              key={key}
              label={t(`reviews.${key}`)}
              none={t('reviews.notAssessed')}
              options={COMPARED_TO_BEFORE.map((c) => ({
                value: c,
                label: t(`reviews.compared.${key}.${c}`),
              }))}
              {...fieldOf(form, `automation.${key}`)}
            />
          ))}
        </>
      ) : null}
      <SelectField
        label={t('reviews.outcome')}
        hint={t('reviews.outcomeHint')}
        options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: t(`reviews.outcomes.${o}`) }))}
        {...fieldOf(form, 'outcome')}
      />
      {form.watch('outcome') === 'adjust' ? (
        <DateInputField
          control={form.control}
          name="nextReviewDate"
          label={t('reviews.nextReviewDate')}
          empty={null}
        />
      ) : null}
      <TextAreaField label={t('reviews.reason')} {...fieldOf(form, 'reason')} />
    </FormDialog>
  );
}
