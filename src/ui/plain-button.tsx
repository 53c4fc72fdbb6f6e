import type { ComponentProps, MouseEvent } from 'react';
import { buttonClass, type ButtonVariant } from './button-class';

type Props = Omit<ComponentProps<'button'>, 'className' | 'onClick' | 'disabled'> & {
  variant?: ButtonVariant;
  small?: boolean;
  /** The press; `keyboard` when Enter or Space pressed it (the browser's click has no pointer). */
  onPress?: (press: { keyboard: boolean; event: MouseEvent<HTMLButtonElement> }) => void;
  isDisabled?: boolean;
};

/**
 * The first screen's button: the browser's own (keyboard, focus and screen readers are native),
 * looking like `Button`, without React Aria's press handling, so that the home page, the header
 * and the toasts do not load React Aria (docs/performance.md, first-screen JavaScript).
 */
export function PlainButton({
  variant = 'default',
  small = false,
  onPress,
  isDisabled,
  ...props
}: Props) {
  return (
    <button
      type="button"
      {...props}
      disabled={isDisabled}
      onClick={onPress ? (event) => onPress({ keyboard: event.detail === 0, event }) : undefined}
      className={buttonClass(variant, small)}
    />
  );
}
