import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';

/** What every edit dialog receives: the values it starts from, and what to do with the result. */
export interface EditDialogProps<Input, Output> {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  initial: Input;
  /** Called with the parsed values; the dialog closes once it has resolved. */
  onSubmit: (values: Output) => Promise<void>;
}

interface Props<Input extends FieldValues, Output extends FieldValues> extends Omit<
  EditDialogProps<Input, Output>,
  'initial'
> {
  wide?: boolean;
  /** The form (react-hook-form with its zod resolver) whose fields are the children. */
  form: UseFormReturn<Input, unknown, Output>;
  children: ReactNode;
}

/** The shell of an edit dialog: a form validated on submit, Cancel and Save. */
export function FormDialog<Input extends FieldValues, Output extends FieldValues>(
  props: Props<Input, Output>,
) {
  const { t } = useTranslation();
  const submit = props.form.handleSubmit(async (values) => {
    await props.onSubmit(values);
    props.onOpenChange(false);
  });
  return (
    <AppDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={props.title}
      wide={props.wide}
      isDirty={props.form.formState.isDirty && !props.form.formState.isSubmitting}
    >
      <form
        noValidate
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        {props.children}
        <DialogActions>
          <Button onPress={() => props.onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" isDisabled={props.form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}
