import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { initiativeFormSchema, type InitiativeForm } from '../../db/repositories/framing';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';
import { TextAreaField, TextField } from '../../ui/form-field';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  nameLabel: string;
  /** Shows a description field too (initiatives). */
  withDescription: boolean;
  initial: InitiativeForm;
  onSubmit: (form: InitiativeForm) => Promise<void>;
}

/** A name (and, for an initiative, a description): departments and initiatives. */
export function NameDialog(props: Props) {
  const { t } = useTranslation();
  const form = useForm<InitiativeForm>({
    resolver: zodResolver(initiativeFormSchema),
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
        {props.withDescription ? (
          <TextAreaField
            label={t('framing.initiativeDescription')}
            error={errors.description}
            registration={form.register('description')}
          />
        ) : null}
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
