import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu, MenuItem, Popover } from 'react-aria-components';
import styles from './workspaces.module.css';

export type WorkspaceAction = 'rename' | 'duplicate' | 'delete';

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
          if (key === 'rename' || key === 'duplicate' || key === 'delete') onAction(key);
        }}
      >
        <MenuItem id="rename" className={styles.menuItem}>
          {t('home.rename')}
        </MenuItem>
        <MenuItem id="duplicate" className={styles.menuItem}>
          {t('home.duplicate')}
        </MenuItem>
        <MenuItem id="delete" className={`${styles.menuItem} ${styles.menuDanger}`}>
          {t('common.delete')}
        </MenuItem>
      </Menu>
    </Popover>
  );
}
