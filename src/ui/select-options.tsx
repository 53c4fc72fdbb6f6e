import type { ComponentProps } from 'react';

/** One choice of a select: the value it stands for and the words shown. */
export interface SelectOption {
  value: string;
  label: string;
}

/** The choices of a select, given as data; `none` labels a first, empty one ("any", "none"). */
export interface SelectChoices {
  options: readonly SelectOption[];
  none?: string | undefined;
}

/** The `<option>`s of a select (for a select that needs its own element, e.g. a form's). */
export function SelectOptions({ options, none }: SelectChoices) {
  return (
    <>
      {none === undefined ? null : <option value="">{none}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/**
 * A select whose choices are data, telling `onChange` the value chosen; any other prop (id,
 * aria-label, className, value) goes to the select element.
 */
export function ChoiceSelect({
  options,
  none,
  onChange,
  ...select
}: SelectChoices &
  Omit<ComponentProps<'select'>, 'children' | 'onChange'> & {
    onChange: (value: string) => void;
  }) {
  return (
    <select {...select} onChange={(e) => onChange(e.target.value)}>
      <SelectOptions options={options} none={none} />
    </select>
  );
}
