import { useId, type ReactNode } from 'react';
import styles from './filter-bar.module.css';
import { ChoiceSelect, type SelectOption } from './select-options';

/** A row of filters above a list, named for assistive technologies. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className={styles.bar}>
      {children}
    </div>
  );
}

/** What every filter of a FilterBar receives: its label, its value ('' for any), its choices. */
export interface FilterProps<Option> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The label of the empty value (no filter). */
  anyLabel: string;
  /** Every choice, in the order to list them. */
  options: readonly Option[];
}

/** One filter of a FilterBar: a labelled choice, with "any" as the empty value. */
export function FilterSelect({ label, anyLabel, ...choice }: FilterProps<SelectOption>) {
  const id = useId();
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <ChoiceSelect id={id} none={anyLabel} {...choice} />
    </div>
  );
}
