import { parseDate, type CalendarDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
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
import styles from './date-field.module.css';
import ui from './ui.module.css';

function toCalendarDate(iso: unknown): CalendarDate | null {
  if (typeof iso !== 'string' || iso === '') return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/** `O`: the values the form's schema gives on submit (they may differ from those typed). */
interface Props<T extends FieldValues, O = T> {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
  label: string;
  hint?: string | undefined;
  /** The form's value for "no date": '' (default) or null. */
  empty?: '' | null;
}

/**
 * A calendar date typed in the UI language's order (dd/mm/yyyy in French and British English)
 * or picked in a calendar: React Aria's DatePicker (@internationalized/date), wired to
 * react-hook-form; the form's value stays an ISO date ("2027-06-30"), or `empty`.
 */
export function DateInputField<T extends FieldValues, O = T>({
  control,
  name,
  label,
  hint,
  empty = '',
}: Props<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInputView
          label={label}
          hint={hint}
          value={toCalendarDate(field.value)}
          onChange={(date) => field.onChange(date ? date.toString() : empty)}
          onBlur={field.onBlur}
          error={fieldState.error}
        />
      )}
    />
  );
}

function DateInputView({
  label,
  hint,
  value,
  onChange,
  onBlur,
  error,
}: {
  label: string;
  hint: string | undefined;
  value: CalendarDate | null;
  onChange: (date: CalendarDate | null) => void;
  onBlur: () => void;
  error: FieldError | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormatters();
  const message = useErrorText(error, label);
  return (
    <I18nProvider locale={f.locale}>
      <DatePicker
        className={ui.field}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        isInvalid={message !== null}
        granularity="day"
      >
        <Label className={ui.label}>{label}</Label>
        {hint ? (
          <Text slot="description" className={ui.hint}>
            {hint}
          </Text>
        ) : null}
        <Group className={styles.group}>
          <DateInput className={styles.input}>
            {(segment) => <DateSegment segment={segment} className={styles.segment} />}
          </DateInput>
          <AriaButton className={styles.open} aria-label={t('forms.openCalendar')}>
            <span aria-hidden="true">{'▾'}</span>
          </AriaButton>
        </Group>
        {message ? (
          <Text slot="errorMessage" className={ui.error} role="alert">
            {message}
          </Text>
        ) : null}
        <Popover className={styles.popover}>
          <Dialog className={styles.dialog}>
            <Calendar className={styles.calendar}>
              <header className={styles.header}>
                <AriaButton slot="previous" className={styles.nav}>
                  <span aria-hidden="true">{'‹'}</span>
                </AriaButton>
                <Heading className={styles.heading} />
                <AriaButton slot="next" className={styles.nav}>
                  <span aria-hidden="true">{'›'}</span>
                </AriaButton>
              </header>
              <CalendarGrid className={styles.grid}>
                {(date) => <CalendarCell date={date} className={styles.cell} />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
