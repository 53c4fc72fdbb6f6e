import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { workflowSchema } from '../domain/schema/workflow';
import { FormDialog, type EditDialogProps, useEditForm } from './form-dialog';
import { TextAreaField, TextField, fieldOf } from './form-field';

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
  const form = useEditForm(workflowFieldsSchema, props.initial);
  return (
    <FormDialog {...props} form={form}>
      <TextField label={props.nameLabel} {...fieldOf(form, 'name')} autoFocus />
      <TextAreaField label={t('workflows.description')} {...fieldOf(form, 'description')} />
    </FormDialog>
  );
}
