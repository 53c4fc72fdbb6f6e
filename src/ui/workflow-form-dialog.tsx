import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { workflowSchema } from '../domain/schema/workflow';
import { FormDialog, type EditDialogProps } from './form-dialog';
import { TextAreaField, TextField } from './form-field';

export const workflowFieldsSchema = workflowSchema.pick({ name: true, description: true });
export type WorkflowFields = z.output<typeof workflowFieldsSchema>;

interface Props extends EditDialogProps<
  z.input<typeof workflowFieldsSchema>,
  WorkflowFields,
  WorkflowFields
> {
  nameLabel: string;
}

/** The name and description of an internal workflow or a customer journey. */
export function WorkflowFormDialog(props: Props) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof workflowFieldsSchema>, unknown, WorkflowFields>({
    resolver: zodResolver(workflowFieldsSchema),
    values: props.initial,
  });
  const { errors } = form.formState;
  return (
    <FormDialog {...props} form={form}>
      <TextField
        label={props.nameLabel}
        error={errors.name}
        registration={form.register('name')}
        autoFocus
      />
      <TextAreaField
        label={t('workflows.description')}
        error={errors.description}
        registration={form.register('description')}
      />
    </FormDialog>
  );
}
