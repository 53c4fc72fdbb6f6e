import {
  Group,
  I18nProvider,
  Input,
  Label,
  NumberField as AriaNumberField,
  Text,
} from 'react-aria-components';
import {
  Controller,
  type Control,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { useErrorText } from './form-field';
import { useFormatters } from './format';
import styles from './ui.module.css';

interface Props<T extends FieldValues> {
  control: Control<T>;
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
}

/**
 * A number as people type it in the UI language ("42 000", "1 450,5", "42 000 €" in French,
 * "42,000.5" in English), parsed by React Aria's NumberField (@internationalized/number), wired
 * to react-hook-form: the form's value is a number, or null when the field is left empty.
 */
export function NumberInputField<T extends FieldValues>({ control, name, ...rest }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          {...rest}
          value={typeof field.value === 'number' ? field.value : null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error}
        />
      )}
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
  error?: FieldError | undefined;
}) {
  const f = useFormatters();
  const message = useErrorText(error, label);
  return (
    <I18nProvider locale={f.locale}>
      <AriaNumberField
        className={styles.field}
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
        <Label className={styles.label}>{label}</Label>
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
