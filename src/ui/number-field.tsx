import {
  Group,
  I18nProvider,
  Input,
  Label,
  NumberField as AriaNumberField,
  Text,
} from 'react-aria-components';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { FieldIssue } from './field-error';
import { useErrorText } from './form-field';
import { useFormatters } from './format';
import styles from './ui.module.css';

/** `O`: the values the form's schema gives on submit (they may differ from those typed). */
interface Props<T extends FieldValues, O = T> {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
  label: string;
  hint?: string | undefined;
  minValue?: number;
  maxValue?: number;
  step?: number;
  /** Intl options: a currency ("42 000 €" accepted), a percent, the decimals shown. */
  formatOptions?: Intl.NumberFormatOptions;
  autoFocus?: boolean;
  isDisabled?: boolean;
  /** The label is read out but not shown (e.g. a slider's companion input, labelled by the row). */
  labelHidden?: boolean;
  className?: string;
}

/**
 * A number as people type it in the UI language ("42 000", "1 450,5", "42 000 €" in French,
 * "42,000.5" in English), parsed by React Aria's NumberField (@internationalized/number), wired
 * to react-hook-form: the form's value is a number, or null when the field is left empty.
 */
export function NumberInputField<T extends FieldValues, O = T>({
  control,
  name,
  ...rest
}: Props<T, O>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <NumberInput
      {...rest}
      value={typeof field.value === 'number' ? field.value : null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error}
    />
  );
}

/** The field itself, without react-hook-form (e.g. a slider's companion input). */
export function NumberInput({
  label,
  hint,
  minValue,
  maxValue,
  step,
  formatOptions,
  autoFocus,
  isDisabled,
  labelHidden,
  className,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
}: Omit<Props<FieldValues>, 'control' | 'name'> & {
  value: number | null;
  onChange: (value: number | null) => void;
  onBlur?: () => void;
  inputRef?: React.Ref<HTMLInputElement>;
  error?: FieldIssue | null | undefined;
}) {
  const f = useFormatters();
  const message = useErrorText(error, label);
  return (
    <I18nProvider locale={f.locale}>
      <AriaNumberField
        className={className ?? styles.field}
        aria-label={labelHidden ? label : undefined}
        value={value ?? Number.NaN}
        onChange={(n) => onChange(Number.isNaN(n) ? null : n)}
        onBlur={onBlur}
        minValue={minValue}
        maxValue={maxValue}
        step={step}
        formatOptions={formatOptions ?? { maximumFractionDigits: 2 }}
        isInvalid={message !== null}
        isDisabled={isDisabled}
        autoFocus={autoFocus}
      >
        {labelHidden ? null : <Label className={styles.label}>{label}</Label>}
        {hint ? (
          <Text slot="description" className={styles.hint}>
            {hint}
          </Text>
        ) : null}
        <Group>
          <Input ref={inputRef} className={styles.input} autoComplete="off" />
        </Group>
        {message ? (
          <Text slot="errorMessage" className={styles.error} role="alert">
            {message}
          </Text>
        ) : null}
      </AriaNumberField>
    </I18nProvider>
  );
}
