import { useTranslation } from 'react-i18next';
import { workspaceFormSchema, type WorkspaceForm } from '../../domain/schema/workspace';
import { FormDialog, useEditForm, type EditDialogProps } from '../../ui/form-dialog';
import { TextAreaField, TextField, fieldOf } from '../../ui/form-field';

interface Props extends EditDialogProps<WorkspaceForm, WorkspaceForm, WorkspaceForm> {
  submitLabel: string;
}

/** Name and description of a workspace (create or rename), validated by the schema. */
export function WorkspaceFormDialog({ initial, ...dialog }: Props) {
  const { t } = useTranslation();
  const form = useEditForm(workspaceFormSchema, initial);
  return (
    <FormDialog {...dialog} form={form}>
      <TextField label={t('workspace.name')} {...fieldOf(form, 'name')} autoFocus />
      <TextAreaField
        label={t('workspace.description')}
        hint={t('workspace.descriptionHint')}
        {...fieldOf(form, 'description')}
      />
    </FormDialog>
  );
}
