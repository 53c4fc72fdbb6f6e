import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import type { OverrideInput } from '../../db/repositories/decisions';
import { overrideSchema } from '../../domain/schema/decision';
import { FormDialog, useEditForm } from '../../ui/form-dialog';
import { DateInputField } from '../../ui/date-field';
import { TextAreaField, TextField, fieldOf } from '../../ui/form-field';
import { NumberInputField } from '../../ui/number-field';
import styles from './decisions.module.css';

/** The three ways a person contests the model's rank. */
const CONTEST_ACTIONS = ['forceIntoTop', 'forceOutOfTop', 'setPosition'] as const;

/** The override's own fields, as typed in the form: a position and a date are text there. */
const overrideFormSchema = overrideSchema
  .pick({ reason: true, owner: true })
  .extend({
    action: overrideSchema.shape.action.extract(CONTEST_ACTIONS),
    position: z.number().nullable(),
    reviewDate: z.union([z.literal(''), z.iso.date()], { error: 'errors.invalid' }),
  })
  .superRefine((v, ctx) => {
    if (v.action !== 'setPosition') return;
    if (v.position === null)
      ctx.addIssue({ code: 'custom', path: ['position'], message: 'errors.required' });
    else if (!Number.isInteger(v.position) || v.position < 1)
      ctx.addIssue({ code: 'custom', path: ['position'], message: 'errors.invalid' });
  });
type OverrideFormInput = z.input<typeof overrideFormSchema>;

const EMPTY: OverrideFormInput = {
  action: 'forceIntoTop',
  position: null,
  reason: '',
  owner: '',
  reviewDate: '',
};

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  useCaseId: string;
  title: string;
  computedRank: number;
  topK: number;
  onSubmit: (input: OverrideInput) => Promise<void>;
}

/** Contest the model for a use case: how, why (required), who follows it up and when. */
export function OverrideDialog({
  isOpen,
  onOpenChange,
  useCaseId,
  title,
  computedRank,
  topK,
  onSubmit,
}: Props) {
  const { t } = useTranslation();
  // Offer first what would change something: out of the top for one already in it, else into it.
  const inTop = computedRank <= topK;
  const initial = useMemo<OverrideFormInput>(
    () => ({ ...EMPTY, action: inTop ? 'forceOutOfTop' : 'forceIntoTop' }),
    [inTop],
  );
  const form = useEditForm(overrideFormSchema, initial);
  const action = useWatch({ control: form.control, name: 'action' });
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('overrides.dialogTitle', { title })}
      wide
      className={styles.form}
      form={form}
      onSubmit={async (v) => {
        await onSubmit({
          useCaseId,
          action: v.action,
          position: v.action === 'setPosition' ? v.position : null,
          reason: v.reason,
          owner: v.owner,
          reviewDate: v.reviewDate === '' ? null : v.reviewDate,
        });
        form.reset(initial);
      }}
      submitLabel={t('overrides.submit')}
    >
      <p className={styles.hint}>{t('overrides.dialogLead', { rank: computedRank })}</p>
      <fieldset className={styles.field}>
        <legend className={styles.label}>{t('overrides.action')}</legend>
        {CONTEST_ACTIONS.map((a) => (
          <label key={a}>
            <input type="radio" value={a} {...form.register('action')} />{' '}
            {t(`overrides.actionLabel.${a}`, { k: topK })}
          </label>
        ))}
      </fieldset>
      {action === 'setPosition' ? (
        <NumberInputField
          control={form.control}
          name="position"
          label={t('overrides.position')}
          minValue={1}
          formatOptions={{ maximumFractionDigits: 0 }}
        />
      ) : null}
      <TextAreaField
        label={t('overrides.reason')}
        hint={t('overrides.reasonHint')}
        {...fieldOf(form, 'reason')}
        rows={3}
      />
      <div className={styles.row}>
        <TextField label={t('overrides.owner')} {...fieldOf(form, 'owner')} />
        <DateInputField
          control={form.control}
          name="reviewDate"
          label={t('overrides.reviewDate')}
        />
      </div>
    </FormDialog>
  );
}
