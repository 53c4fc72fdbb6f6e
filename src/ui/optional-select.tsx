import { ChoiceSelect } from './select-options';

/**
 * A choice among fixed values, or none (the empty option, first): the form's value is one of
 * `values` or null. Named by `label` (a row's select, whose column heading shows the words).
 */
export function OptionalSelect<V extends string>({
  label,
  value,
  noneLabel,
  values,
  labelOf,
  onChange,
}: {
  label: string;
  value: V | null | undefined;
  noneLabel: string;
  values: readonly V[];
  labelOf: (value: V) => string;
  onChange: (value: V | null) => void;
}) {
  return (
    <ChoiceSelect
      aria-label={label}
      value={value ?? ''}
      onChange={(chosen) => onChange(values.find((v) => v === chosen) ?? null)}
      none={noneLabel}
      options={values.map((v) => ({ value: v, label: labelOf(v) }))}
    />
  );
}
