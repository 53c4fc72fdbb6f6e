import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  SCOPES,
  USE_CASE_STATUSES,
  useCaseFormSchema,
  type UseCaseForm,
  type UseCaseFormInput,
} from '../../domain/schema/use-case';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/form-field';
import styles from './use-cases.module.css';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  initial: UseCaseFormInput;
  onSubmit: (form: UseCaseForm) => Promise<void>;
}

export const EMPTY_USE_CASE_FORM: UseCaseFormInput = {
  title: '',
  description: '',
  scope: 'internal',
  owner: '',
  status: 'idea',
  tags: '',
};

/** Title, description, scope, owner, status and tags of a use case; errors next to the fields. */
export function UseCaseFormDialog({
  isOpen,
  onOpenChange,
  title,
  submitLabel,
  initial,
  onSubmit,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<UseCaseFormInput, unknown, UseCaseForm>({
    resolver: zodResolver(useCaseFormSchema),
    values: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    await onSubmit(values);
    onOpenChange(false);
  });
  return (
    <AppDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} wide>
      <form
        noValidate
        onSubmit={(e) => {
          void submit(e);
        }}
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
            options={USE_CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </div>
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
