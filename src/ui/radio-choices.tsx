/**
 * A choice among a few values as radio buttons in a fieldset named by its legend (plain inputs:
 * the browser's own keyboard use). `choiceClassName` styles each labelled button.
 */
export function RadioChoices<V extends string>({
  legend,
  name,
  values,
  value,
  labelOf,
  onChange,
  className,
  choiceClassName,
}: {
  legend: string;
  /** The inputs' name, one per group on a screen. */
  name: string;
  values: readonly V[];
  value: V;
  labelOf: (value: V) => string;
  onChange: (value: V) => void;
  className?: string | undefined;
  choiceClassName?: string | undefined;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className={choiceClassName}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {labelOf(v)}
        </label>
      ))}
    </fieldset>
  );
}
