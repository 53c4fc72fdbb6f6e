import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { followUpSchema, type FollowUp } from '../../db/repositories/decisions';
import { FormDialog, useEditForm, type OpenDialogProps } from '../../ui/form-dialog';
import { DateInputField } from '../../ui/date-field';
import { TextField, fieldOf } from '../../ui/form-field';

/** The follow-up of an override as typed: an empty date says "required" before "invalid". */
const followUpFormSchema = followUpSchema.extend({
  reviewDate: z.string().min(1, { error: 'errors.required' }).pipe(followUpSchema.shape.reviewDate),
});

/** Give an override a review date (and an owner): what closes "override without a review date". */
export function FollowUpDialog({
  description,
  initialOwner,
  onSubmit,
  ...open
}: OpenDialogProps & {
  description: string;
  initialOwner: string;
  onSubmit: (followUp: FollowUp) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useEditForm(followUpFormSchema, { owner: initialOwner, reviewDate: '' });
  return (
    <FormDialog {...open} title={t('exceptions.followUpTitle')} form={form} onSubmit={onSubmit}>
      <p>{description}</p>
      <DateInputField control={form.control} name="reviewDate" label={t('exceptions.reviewDate')} />
      <TextField label={t('exceptions.owner')} {...fieldOf(form, 'owner')} />
    </FormDialog>
  );
}
