import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { workspaceFormSchema, type WorkspaceForm } from '../../domain/schema/workspace';
import { FormDialog } from '../../ui/form-dialog';
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
  const { errors } = form.formState;
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
      form={form}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
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
    </FormDialog>
  );
}
