import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { workspaceFormSchema, type WorkspaceForm } from '../../domain/schema/workspace';
import { FormDialog, type StaleGuard } from '../../ui/form-dialog';
import { TextAreaField, TextField } from '../../ui/form-field';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  initial: WorkspaceForm;
  onSubmit: (form: WorkspaceForm, seen?: WorkspaceForm) => Promise<void>;
  /** Renaming: the name and description as the dialog opened them (another tab may save). */
  stale?: StaleGuard<WorkspaceForm, WorkspaceForm>;
}

/** Name and description of a workspace (create or rename), validated by the schema. */
export function WorkspaceFormDialog({
  isOpen,
  onOpenChange,
  title,
  submitLabel,
  initial,
  onSubmit,
  stale,
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
      stale={stale}
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
