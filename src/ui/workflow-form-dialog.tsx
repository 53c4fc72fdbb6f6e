import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { workflowSchema } from '../domain/schema/workflow';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';
import { TextAreaField, TextField } from './form-field';

export const workflowFieldsSchema = workflowSchema.pick({ name: true, description: true });
export type WorkflowFields = z.output<typeof workflowFieldsSchema>;

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  nameLabel: string;
  initial: z.input<typeof workflowFieldsSchema>;
  onSubmit: (fields: WorkflowFields) => Promise<void>;
}

/** The name and description of an internal workflow or a customer journey. */
export function WorkflowFormDialog(props: Props) {
  const { t } = useTranslation();
  const form = useForm<z.input<typeof workflowFieldsSchema>, unknown, WorkflowFields>({
    resolver: zodResolver(workflowFieldsSchema),
    values: props.initial,
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    await props.onSubmit(values);
    props.onOpenChange(false);
  });
  return (
    <AppDialog isOpen={props.isOpen} onOpenChange={props.onOpenChange} title={props.title}>
      <form
        noValidate
        onSubmit={(e) => {
          void submit(e);
        }}
      >
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
        <DialogActions>
          <Button onPress={() => props.onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={isSubmitting}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}
