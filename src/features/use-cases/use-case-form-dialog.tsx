import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { allowedStatuses } from '../../domain/qualification/status-transitions';
import { textSchema } from '../../domain/schema/common';
import {
  SCOPES,
  useCaseFormSchema,
  type UseCase,
  type UseCaseForm,
  type UseCaseFormInput,
} from '../../domain/schema/use-case';
import { FormDialog, type StaleGuard } from '../../ui/form-dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import styles from './use-cases.module.css';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  initial: UseCaseFormInput;
  onSubmit: (form: UseCaseForm, seen?: EditedUseCase) => Promise<void>;
  /** Editing: the use case's fields as the dialog opened them (another tab may save). */
  stale?: StaleGuard<UseCaseFormInput, EditedUseCase>;
}

/** The fields of a use case this dialog edits. */
export const EDITED_USE_CASE_FIELDS = [
  'title',
  'description',
  'scope',
  'owner',
  'status',
  'tags',
] as const;
export type EditedUseCase = Pick<UseCase, (typeof EDITED_USE_CASE_FIELDS)[number]>;

/** The form's values of a use case. */
export function useCaseFormOf(useCase: EditedUseCase): UseCaseFormInput {
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
type FormInput = z.input<ReturnType<typeof formSchemaFrom>>;
type FormOutput = z.output<ReturnType<typeof formSchemaFrom>>;

/**
 * Title, description, scope, owner, status and tags of a use case; errors next to the fields.
 * Only the statuses the lifecycle allows are offered; abandoning asks a reason.
 */
export function UseCaseFormDialog({
  isOpen,
  onOpenChange,
  title,
  submitLabel,
  initial,
  onSubmit,
  stale,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchemaFrom(initial.status)),
    values: { ...initial, statusReason: '' },
  });
  const abandoning =
    useWatch({ control: form.control, name: 'status' }) === 'abandoned' &&
    initial.status !== 'abandoned';
  const { errors } = form.formState;
  return (
    <FormDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
      wide
      form={form}
      onSubmit={onSubmit}
      stale={stale}
      submitLabel={submitLabel}
    >
      <TextField
        label={t('useCase.title')}
        error={errors.title}
        registration={form.register('title')}
        autoFocus
      />
      <TextAreaField
        label={t('useCase.description')}
        error={errors.description}
        registration={form.register('description')}
        rows={4}
      />
      <div className={styles.formRow}>
        <SelectField
          label={t('useCase.scope')}
          hint={t('useCase.scopeHint')}
          error={errors.scope}
          registration={form.register('scope')}
          options={SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
        />
        <SelectField
          label={t('useCase.status')}
          error={errors.status}
          registration={form.register('status')}
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
          error={errors.statusReason}
          registration={form.register('statusReason')}
        />
      ) : null}
      <TextField
        label={t('useCase.owner')}
        hint={t('useCase.ownerHint')}
        error={errors.owner}
        registration={form.register('owner')}
      />
      <TextField
        label={t('useCase.tags')}
        hint={t('useCase.tagsHint')}
        error={errors.tags}
        registration={form.register('tags')}
      />
    </FormDialog>
  );
}
