import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type * as z from 'zod';
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

/**
 * The form of an edit dialog: validated by the schema on submit, starting from `initial` (and
 * following it when the dialog is opened again on other values).
 */
export function useEditForm<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  initial: Input,
): UseFormReturn<Input, unknown, Output> {
  return useForm<Input, unknown, Output>({ resolver: zodResolver(schema), values: initial });
}

interface Props<Input extends FieldValues, Output extends FieldValues> {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /**
   * Called with the parsed values; the dialog closes once it has resolved, unless it resolves
   * to `false` (a refusal the dialog shows next to a field, for instance).
   */
  onSubmit: (values: Output) => Promise<void | boolean>;
  wide?: boolean;
  /** The form (react-hook-form with its zod resolver) whose fields are the children. */
  form: UseFormReturn<Input, unknown, Output>;
  children: ReactNode;
  /** The submit button's words ("Save" unless told) and look (a withdrawal is "danger"). */
  submitLabel?: string;
  submitVariant?: 'primary' | 'danger';
  /** A class for the form element (a layout of the fields). */
  className?: string;
}

/**
 * The shell of every edit dialog: a form validated on submit, Cancel and a submit button that is
 * disabled while the submit is pending; unsaved changes ask before being discarded.
 */
export function FormDialog<Input extends FieldValues, Output extends FieldValues>(
  props: Props<Input, Output>,
) {
  const { t } = useTranslation();
  const { isSubmitting, isDirty } = props.form.formState;
  const submit = props.form.handleSubmit(async (values) => {
    if ((await props.onSubmit(values)) !== false) props.onOpenChange(false);
  });
  return (
    <AppDialog
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      title={props.title}
      wide={props.wide}
      isDirty={isDirty && !isSubmitting}
    >
      <form
        noValidate
        className={props.className}
        onSubmit={(e) => {
          void submit(e);
        }}
      >
        {props.children}
        <DialogActions>
          <Button onPress={() => props.onOpenChange(false)}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            variant={props.submitVariant ?? 'primary'}
            isDisabled={isSubmitting}
          >
            {props.submitLabel ?? t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </AppDialog>
  );
}

/** onOpenChange for a dialog that is shown while mounted and says when it is closed. */
export function closedBy(onClose: () => void): (open: boolean) => void {
  return (open) => {
    if (!open) onClose();
  };
}
