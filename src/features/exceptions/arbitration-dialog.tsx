import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { arbitrationInputSchema } from '../../db/repositories/decisions';
import { FormDialog } from '../../ui/form-dialog';
import { TextAreaField, TextField } from '../../ui/form-field';

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
  isOpen,
  onOpenChange,
  summary,
  actor,
  onSubmit,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  summary: string;
  actor: string;
  onSubmit: (form: ArbitrationForm) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm<ArbitrationFormInput, unknown, ArbitrationForm>({
    resolver: zodResolver(arbitrationFormSchema),
    values: EMPTY,
  });
  const { errors } = form.formState;
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={t('conflicts.dialogTitle')}
      wide
      form={form}
      onSubmit={async (values) => {
        await onSubmit(values);
        form.reset(EMPTY);
      }}
      submitLabel={t('conflicts.submit')}
    >
      <p>{summary}</p>
      <TextAreaField
        label={t('conflicts.decision')}
        hint={t('conflicts.decisionHint')}
        error={errors.decision}
        registration={form.register('decision')}
      />
      <TextAreaField
        label={t('conflicts.note')}
        hint={t('conflicts.noteHint')}
        error={errors.reason}
        registration={form.register('reason')}
      />
      <TextField
        label={t('conflicts.owner')}
        error={errors.owner}
        registration={form.register('owner')}
      />
      <p>{t('conflicts.decidedBy', { actor })}</p>
    </FormDialog>
  );
}
