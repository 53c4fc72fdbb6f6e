import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { workspaceFormSchema, type WorkspaceForm } from '../../domain/schema/workspace';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { TextAreaField, TextField } from '../../ui/form-field';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  initial: WorkspaceForm;
  onSubmit: (form: WorkspaceForm) => Promise<void>;
}

/** Name and description of a workspace (create or rename), validated by the schema. */
export function WorkspaceFormDialog({
  isOpen,
  onOpenChange,
  title,
  submitLabel,
  initial,
  onSubmit,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<WorkspaceForm>({
    resolver: zodResolver(workspaceFormSchema),
    values: initial,
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    await onSubmit(values);
    onOpenChange(false);
  });
  return (
    <AppDialog
      isDirty={isDirty && !isSubmitting}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
    >
      <form
        noValidate
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        <TextField
          label={t('workspace.name')}
          error={errors.name}
          registration={form.register('name')}
          autoFocus
        />
        <TextAreaField
          label={t('workspace.description')}
          hint={t('workspace.descriptionHint')}
          error={errors.description}
          registration={form.register('description')}
        />
        <DialogActions>
          <Button onPress={() => onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={isSubmitting}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}
