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
    <select
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? null)}
    >
      <option value="">{noneLabel}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {labelOf(v)}
        </option>
      ))}
    </select>
  );
}
