import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import * as z from 'zod';
import { overrideSchema } from '../domain/schema/decision';
import { FormDialog } from './form-dialog';
import { TextAreaField, fieldOf } from './form-field';

// Every decision's reason has the same rule (required, at most 5,000 characters).
const withdrawFormSchema = z.strictObject({ reason: overrideSchema.shape.reason });
type WithdrawForm = z.infer<typeof withdrawFormSchema>;

/**
 * Withdraws a decision (an override, an agreed score), with a reason: required and kept in the
 * audit trail. The texts are the caller's.
 */
export function WithdrawDialog({
  isOpen,
  onOpenChange,
  title,
  lead,
  reasonLabel,
  submitLabel,
  rows,
  onSubmit,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  lead: string;
  reasonLabel: string;
  submitLabel: string;
  rows?: number;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const form = useForm<WithdrawForm>({
    resolver: zodResolver(withdrawFormSchema),
    values: { reason: '' },
  });
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
      form={form}
      onSubmit={(v) => onSubmit(v.reason)}
      submitLabel={submitLabel}
      submitVariant="danger"
    >
      <p>{lead}</p>
      <TextAreaField label={reasonLabel} {...fieldOf(form, 'reason')} rows={rows} />
    </FormDialog>
  );
}
