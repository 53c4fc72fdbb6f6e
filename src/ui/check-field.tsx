import type { ReactNode } from 'react';

/** A checkbox and its words in one label: a click on either ticks or unticks it. */
export function CheckField({
  checked,
  onChange,
  isDisabled,
  className,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  isDisabled?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        disabled={isDisabled}
      />{' '}
      {children}
    </label>
  );
}
