import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { useChangeContext } from '../../data/use-actor';
import { database } from '../../db/database';
import { withdrawDivergenceResolution } from '../../db/repositories/group-scoring';
import { divergenceResolutionSchema } from '../../domain/schema/decision';
import { closedBy, FormDialog } from '../../ui/form-dialog';
import { TextAreaField, fieldOf } from '../../ui/form-field';
import { useToast } from '../../ui/toast';

const formSchema = z.strictObject({ reason: divergenceResolutionSchema.shape.reason });
type Form = z.infer<typeof formSchema>;

/** Withdraws an agreement, with a reason: the participants' mean (or median) applies again. */
export function WithdrawDialog({
  decisionId,
  heading,
  onClose,
}: {
  decisionId: string;
  heading: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeContext();
  const toast = useToast();
  const form = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { reason: '' } });
  return (
    <FormDialog
      isOpen
      onOpenChange={closedBy(onClose)}
      title={t('groupScoring.withdrawTitle', { heading })}
      form={form}
      onSubmit={async ({ reason }) => {
        await withdrawDivergenceResolution(database(), change(), decisionId, reason);
        toast({ message: t('groupScoring.withdrawn', { heading }) });
      }}
      submitLabel={t('groupScoring.withdraw')}
      submitVariant="danger"
    >
      <p>{t('groupScoring.withdrawLead')}</p>
      <TextAreaField
        label={t('groupScoring.withdrawReason')}
        {...fieldOf(form, 'reason')}
        rows={2}
      />
    </FormDialog>
  );
}
