import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { arbitrationInputSchema } from '../../db/repositories/decisions';
import {
  FormDialog,
  recordThenClear,
  useEditForm,
  type OpenDialogProps,
} from '../../ui/form-dialog';
import { TextAreaField, TextField, fieldOf } from '../../ui/form-field';

/** The fields a person types; the conflict's key and label come from the conflict itself. */
const arbitrationFormSchema = arbitrationInputSchema.pick({
  decision: true,
  reason: true,
  owner: true,
});
type ArbitrationFormInput = z.input<typeof arbitrationFormSchema>;
export type ArbitrationForm = z.output<typeof arbitrationFormSchema>;

const EMPTY: ArbitrationFormInput = { decision: '', reason: '', owner: '' };

/** Arbitrate a KPI conflict: the decision, a note (required) and who decided (the current person). */
export function ArbitrationDialog({
  summary,
  actor,
  onSubmit,
  ...open
}: OpenDialogProps & {
  summary: string;
  actor: string;
  onSubmit: (form: ArbitrationForm) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useEditForm(arbitrationFormSchema, EMPTY);
  return (
    <FormDialog
      {...open}
      title={t('conflicts.dialogTitle')}
      wide
      form={form}
      onSubmit={recordThenClear(form, EMPTY, onSubmit)}
      submitLabel={t('conflicts.submit')}
    >
      <p>{summary}</p>
      <TextAreaField
        label={t('conflicts.decision')}
        hint={t('conflicts.decisionHint')}
        {...fieldOf(form, 'decision')}
      />
      <TextAreaField
        label={t('conflicts.note')}
        hint={t('conflicts.noteHint')}
        {...fieldOf(form, 'reason')}
      />
      <TextField label={t('conflicts.owner')} {...fieldOf(form, 'owner')} />
      <p>{t('conflicts.decidedBy', { actor })}</p>
    </FormDialog>
  );
}
