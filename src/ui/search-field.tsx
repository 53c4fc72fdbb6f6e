import type { Ref } from 'react';
import styles from './search-field.module.css';

/** A search of a list by its titles: a search field whose placeholder is its label. */
export function SearchField({
  label,
  value,
  onChange,
  inputRef,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** To put the focus back in the field (after "Clear the search"). */
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <label className={styles.search}>
      <span className="visually-hidden">{label}</span>
      <input
        ref={inputRef}
        type="search"
        placeholder={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
