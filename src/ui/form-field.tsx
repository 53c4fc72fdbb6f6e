import { useId, type ReactNode } from 'react';
import type {
  FieldError,
  FieldValues,
  Path,
  RegisterOptions,
  UseFormRegisterReturn,
  UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fieldErrorKey, type FieldIssue } from './field-error';
import styles from './ui.module.css';

interface BaseProps {
  label: string;
  hint?: string;
  error?: FieldError | undefined;
  registration: UseFormRegisterReturn;
}

/**
 * What a field needs from its form: its error and its registration
 * (`<TextField label={…} {...fieldOf(form, 'name')} />`).
 */
export function fieldOf<Input extends FieldValues, Output extends FieldValues>(
  form: UseFormReturn<Input, unknown, Output>,
  name: Path<Input>,
  options?: RegisterOptions<Input, Path<Input>>,
): Pick<BaseProps, 'error' | 'registration'> {
  return {
    error: form.getFieldState(name, form.formState).error,
    registration: form.register(name, options),
  };
}

/**
 * A field's error in the UI language, naming the field when its label is given ("Hourly cost:
 * enter a number."): the one phrasing of validation messages for every form (see fieldErrorKey).
 */
export function useErrorText(error: FieldIssue | null | undefined, label?: string): string | null {
  const { t } = useTranslation();
  return errorText(t, error, label);
}

/** The same phrasing outside a component's top level (e.g. one row of several fields). */
export function errorText(
  t: TFunction,
  error: FieldIssue | null | undefined,
  label?: string,
): string | null {
  if (!error) return null;
  const message = t(fieldErrorKey(error));
  return label ? t('forms.fieldError', { field: label, message }) : message;
}

function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string | undefined;
  error: string | null;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      ) : null}
      {children({ id, describedBy })}
      {error ? (
        <span id={errorId} className={styles.error} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  registration,
  autoFocus,
}: BaseProps & { autoFocus?: boolean }) {
  const message = useErrorText(error, label);
  return (
    <Field label={label} hint={hint} error={message}>
      {({ id, describedBy }) => (
        <input
          id={id}
          className={styles.input}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
          {...registration}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  registration,
  rows = 3,
}: BaseProps & { rows?: number }) {
  const message = useErrorText(error, label);
  return (
    <Field label={label} hint={hint} error={message}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={rows}
          className={styles.input}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  registration,
  options,
}: BaseProps & { options: readonly { value: string; label: string }[] }) {
  const message = useErrorText(error, label);
  return (
    <Field label={label} hint={hint} error={message}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className={styles.input}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
