import type { ComponentProps } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import styles from './ui.module.css';

type Variant = 'default' | 'primary' | 'danger' | 'quiet';

const VARIANT: Record<Variant, string | undefined> = {
  default: undefined,
  primary: styles.primary,
  danger: styles.danger,
  quiet: styles.quiet,
};

export function buttonClass(variant: Variant = 'default', small = false): string {
  return [styles.button, VARIANT[variant], small ? styles.small : undefined]
    .filter(Boolean)
    .join(' ');
}

type Props = Omit<ComponentProps<typeof AriaButton>, 'className'> & {
  variant?: Variant;
  small?: boolean;
};

/** A button (React Aria: keyboard, press and focus handled the accessible way). */
export function Button({ variant = 'default', small = false, ...props }: Props) {
  return <AriaButton {...props} className={buttonClass(variant, small)} />;
}
