import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu, MenuItem, Popover } from 'react-aria-components';
import styles from './workspaces.module.css';

export type WorkspaceAction = 'rename' | 'duplicate' | 'delete';

/** The menu's items in order: the action, the text key of its words, whether it destroys. */
const ITEMS: readonly { action: WorkspaceAction; label: string; danger?: boolean }[] = [
  { action: 'rename', label: 'home.rename' },
  { action: 'duplicate', label: 'home.duplicate' },
  { action: 'delete', label: 'common.delete', danger: true },
];

interface Props {
  id: string;
  triggerRef: RefObject<HTMLButtonElement | null>;
  isOpen: boolean;
  /** 'first' when opened from the keyboard (focus on the first item), 'last' with ArrowUp. */
  focus: 'first' | 'last' | true;
  onOpenChange: (open: boolean) => void;
  onAction: (action: WorkspaceAction) => void;
}

/**
 * The card's actions menu, loaded on the first press of its trigger (React Aria's menu and
 * collection stay out of the first screen). The popover is modal: Escape or a click outside
 * closes it and its focus scope gives the focus back to the trigger.
 */
export default function WorkspaceActionsMenu({
  id,
  triggerRef,
  isOpen,
  focus,
  onOpenChange,
  onAction,
}: Props) {
  const { t } = useTranslation();
  return (
    <Popover
      className={styles.popover}
      triggerRef={triggerRef}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      placement="bottom start"
      aria-label={t('home.actions')}
    >
      <Menu
        id={id}
        className={styles.menu}
        aria-label={t('home.actions')}
        autoFocus={focus}
        onClose={() => onOpenChange(false)}
        onAction={(key) => {
          const item = ITEMS.find((i) => i.action === key);
          if (item) onAction(item.action);
        }}
      >
        {ITEMS.map(({ action, label, danger }) => (
          <MenuItem
            key={action}
            id={action}
            className={danger ? `${styles.menuItem} ${styles.menuDanger}` : styles.menuItem}
          >
            {t(label)}
          </MenuItem>
        ))}
      </Menu>
    </Popover>
  );
}
