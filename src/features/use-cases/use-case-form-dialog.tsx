import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { allowedStatuses } from '../../domain/qualification/status-transitions';
import { textSchema } from '../../domain/schema/common';
import {
  SCOPES,
  useCaseFormSchema,
  type UseCaseForm,
  type UseCaseFormInput,
  USE_CASE_HEADLINE_FIELDS,
  type UseCase,
} from '../../domain/schema/use-case';
import { FormDialog, useEditForm, type EditDialogProps } from '../../ui/form-dialog';
import { SelectField, TextAreaField, TextField, fieldOf } from '../../ui/form-field';
import { describedFields } from '../../ui/described-field';
import styles from './use-cases.module.css';

interface Props extends EditDialogProps<UseCaseFormInput, UseCaseForm, EditedUseCase> {
  submitLabel: string;
}

/** The fields of a use case this dialog edits. */
export const EDITED_USE_CASE_FIELDS = USE_CASE_HEADLINE_FIELDS;
export type EditedUseCase = Pick<UseCase, (typeof EDITED_USE_CASE_FIELDS)[number]>;

/** The form's values of a use case. */
export function formOfUseCase(useCase: EditedUseCase): UseCaseFormInput {
  return {
    title: useCase.title,
    description: useCase.description,
    scope: useCase.scope,
    owner: useCase.owner,
    status: useCase.status,
    tags: useCase.tags.join(', '),
  };
}

export const EMPTY_USE_CASE_FORM: UseCaseFormInput = {
  title: '',
  description: '',
  scope: 'internal',
  owner: '',
  status: 'idea',
  tags: '',
};

/** The form plus the reason asked when the use case is abandoned (kept in statusReason). */
function formSchemaFrom(initialStatus: UseCaseForm['status']) {
  return useCaseFormSchema
    .extend({ statusReason: textSchema.default('') })
    .superRefine((form, ctx) => {
      if (
        form.status === 'abandoned' &&
        initialStatus !== 'abandoned' &&
        !form.statusReason.trim()
      ) {
        ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'errors.reasonRequired' });
      }
    });
}

/**
 * Title, description, scope, owner, status and tags of a use case; errors next to the fields.
 * Only the statuses the lifecycle allows are offered; abandoning asks a reason.
 */
export function UseCaseFormDialog({ initial, ...dialog }: Props) {
  const { t } = useTranslation();
  const form = useEditForm(formSchemaFrom(initial.status), { ...initial, statusReason: '' });
  const describe = describedFields(form, t, 'useCase');
  const abandoning =
    useWatch({ control: form.control, name: 'status' }) === 'abandoned' &&
    initial.status !== 'abandoned';
  return (
    <FormDialog {...dialog} wide form={form}>
      <TextField label={t('useCase.title')} {...fieldOf(form, 'title')} autoFocus />
      <TextAreaField label={t('useCase.description')} {...fieldOf(form, 'description')} rows={4} />
      <div className={styles.formRow}>
        <SelectField
          {...describe('scope')}
          options={SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
        />
        <SelectField
          label={t('useCase.status')}
          {...fieldOf(form, 'status')}
          options={allowedStatuses(initial.status).map((s) => ({
            value: s,
            label: t(`status.${s}`),
          }))}
        />
      </div>
      {abandoning ? (
        <TextAreaField
          label={t('qualification.abandonReason')}
          hint={t('qualification.abandonReasonHint')}
          {...fieldOf(form, 'statusReason')}
        />
      ) : null}
      <TextField {...describe('owner')} />
      <TextField {...describe('tags')} />
    </FormDialog>
  );
}
