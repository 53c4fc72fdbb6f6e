import styles from './ui.module.css';

export type ButtonVariant = 'default' | 'primary' | 'danger' | 'quiet';

const VARIANT: Record<ButtonVariant, string | undefined> = {
  default: undefined,
  primary: styles.primary,
  danger: styles.danger,
  quiet: styles.quiet,
};

/** The classes of a button (also given to links and file inputs that look like one). */
export function buttonClass(variant: ButtonVariant = 'default', small = false): string {
  return [styles.button, VARIANT[variant], small ? styles.small : undefined]
    .filter(Boolean)
    .join(' ');
}
