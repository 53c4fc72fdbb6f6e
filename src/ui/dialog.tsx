import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import styles from './ui.module.css';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
  /** An alert dialog (a confirmation) is not closed by a click outside. */
  role?: 'dialog' | 'alertdialog';
}

/** A modal dialog: focus is trapped inside, Escape closes it, focus returns where it was. */
export function AppDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  wide = false,
  role = 'dialog',
}: Props) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={role === 'dialog'}
      isKeyboardDismissDisabled={false}
      className={styles.overlay}
    >
      <Modal className={[styles.modal, wide ? styles.wide : undefined].filter(Boolean).join(' ')}>
        <Dialog role={role} className={styles.dialog}>
          <Heading slot="title">{title}</Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

export function DialogActions({ children }: { children: ReactNode }) {
  return <div className={styles.dialogActions}>{children}</div>;
}
