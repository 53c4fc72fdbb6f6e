import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { followUpSchema, type FollowUp } from '../../db/repositories/decisions';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { TextField, useErrorText } from '../../ui/form-field';
import styles from './exceptions.module.css';

/** The follow-up of an override as typed: an empty date says "required" before "invalid". */
const followUpFormSchema = followUpSchema.extend({
  reviewDate: z.string().min(1, { error: 'errors.required' }).pipe(followUpSchema.shape.reviewDate),
});
type FollowUpFormInput = z.input<typeof followUpFormSchema>;

/** Give an override a review date (and an owner): what closes "override without a review date". */
export function FollowUpDialog({
  isOpen,
  onOpenChange,
  description,
  initialOwner,
  onSubmit,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  description: string;
  initialOwner: string;
  onSubmit: (followUp: FollowUp) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<FollowUpFormInput, unknown, FollowUp>({
    resolver: zodResolver(followUpFormSchema),
    values: { owner: initialOwner, reviewDate: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const dateError = useErrorText(errors.reviewDate);
  const submit = form.handleSubmit(async (values) => {
    await onSubmit(values);
    onOpenChange(false);
  });
  return (
    <AppDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('exceptions.followUpTitle')}>
      <form
        noValidate
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <p>{description}</p>
        <div className={styles.field}>
          <label htmlFor={id} className={styles.label}>
            {t('exceptions.reviewDate')}
          </label>
          <input
            id={id}
            type="date"
            className={styles.input}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? `${id}-error` : undefined}
            {...form.register('reviewDate')}
          />
          {dateError ? (
            <span id={`${id}-error`} className={styles.error} role="alert">
              {dateError}
            </span>
          ) : null}
        </div>
        <TextField
          label={t('exceptions.owner')}
          error={errors.owner}
          registration={form.register('owner')}
        />
        <DialogActions>
          <Button onPress={() => onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={isSubmitting}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}
