import { useTranslation } from 'react-i18next';
import { Button } from './button';
import type { ButtonVariant } from './button-class';

/**
 * A small button of a row or a card (journey card, workflow step, friction), as data: the text
 * keys of its words and of the name a screen reader hears ("Edit Invoice intake").
 */
export interface SmallAction<Action extends string> {
  on: Action;
  /** Text key of the words on the button. */
  label: string;
  /** Text key of its accessible name, given the `names` of the row (its name, its step…). */
  name: string;
  variant?: ButtonVariant;
  /** Editing chrome: hidden on the projector (data-editing-chrome). */
  chrome?: boolean;
}

/** The small buttons of a row or card, in order; pressing one calls `onAction` with its action. */
export function SmallActions<Action extends string>({
  actions,
  names,
  onAction,
}: {
  actions: readonly SmallAction<Action>[];
  names: Record<string, string>;
  onAction: (action: Action) => void;
}) {
  const { t } = useTranslation();
  return actions.map((a) => (
    <Button
      key={a.on}
      small
      variant={a.variant}
      data-editing-chrome={a.chrome ? '' : undefined}
      aria-label={t(a.name, names)}
      onPress={() => onAction(a.on)}
    >
      {t(a.label)}
    </Button>
  ));
}
