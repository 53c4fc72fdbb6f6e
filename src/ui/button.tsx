import type { ComponentProps } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import { buttonClass, type ButtonVariant } from './button-class';

type Props = Omit<ComponentProps<typeof AriaButton>, 'className'> & {
  variant?: ButtonVariant;
  small?: boolean;
};

/** A button (React Aria: keyboard, press and focus handled the accessible way). */
export function Button({ variant = 'default', small = false, ...props }: Props) {
  return <AriaButton {...props} className={buttonClass(variant, small)} />;
}
