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
import { SelectOptions, type SelectChoices } from './select-options';
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

/** A select's empty choice (its `none`) read as null, other choices as they are. */
export const EMPTY_AS_NULL = {
  setValueAs: (value: unknown) => (typeof value === 'string' && value !== '' ? value : null),
};

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

/** What a field's control element receives: its id, its description, its state, its binding. */
type ControlProps = UseFormRegisterReturn & {
  id: string;
  className: string | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** A labelled field with its hint and its error; `children` draws its control from its props. */
function Field({
  label,
  hint,
  error,
  registration,
  children,
}: BaseProps & { children: (control: ControlProps) => ReactNode }) {
  const message = useErrorText(error, label);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, message ? errorId : null].filter(Boolean).join(' ') || undefined;
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
      {children({
        id,
        className: styles.input,
        'aria-invalid': message ? true : undefined,
        'aria-describedby': describedBy,
        ...registration,
      })}
      {message ? (
        <span id={errorId} className={styles.error} role="alert">
          {message}
        </span>
      ) : null}
    </div>
  );
}

export function TextField({ autoFocus, ...field }: BaseProps & { autoFocus?: boolean }) {
  return <Field {...field}>{(control) => <input autoFocus={autoFocus} {...control} />}</Field>;
}

export function TextAreaField({ rows = 3, ...field }: BaseProps & { rows?: number }) {
  return <Field {...field}>{(control) => <textarea rows={rows} {...control} />}</Field>;
}

/**
 * A choice among `options`; `none` labels a first, empty choice (read as null with
 * `fieldOf(form, name, EMPTY_AS_NULL)`).
 */
export function SelectField({ options, none, ...field }: BaseProps & SelectChoices) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control}>
          <SelectOptions options={options} none={none} />
        </select>
      )}
    </Field>
  );
}
