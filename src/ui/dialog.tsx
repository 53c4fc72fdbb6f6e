import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './button';
import { useFocusReturn } from './use-focus-return';
import { useLeavePageWarning } from './use-leave-page-warning';
import styles from './ui.module.css';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
  /** An alert dialog (a confirmation) is not closed by a click outside. */
  role?: 'dialog' | 'alertdialog';
  /**
   * The dialog holds a form with unsaved changes: Escape or a click outside asks before
   * discarding them, and closing the page triggers the browser's warning.
   */
  isDirty?: boolean;
}

/** A modal dialog: focus is trapped inside, Escape closes it, focus returns where it was. */
export function AppDialog({
  isOpen,
  onOpenChange,
  title,
  children,
  wide = false,
  role = 'dialog',
  isDirty = false,
}: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  useLeavePageWarning(isOpen && isDirty);
  useFocusReturn(isOpen);
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => {
        if (!open && isDirty) setAsking(true);
        else onOpenChange(open);
      }}
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
      {isDirty || asking ? (
        <AppDialog
          isOpen={asking}
          onOpenChange={setAsking}
          title={t('forms.unsaved.title')}
          role="alertdialog"
        >
          <p>{t('forms.unsaved.dialogMessage')}</p>
          <ConfirmActions
            cancelLabel={t('forms.unsaved.keepEditing')}
            onCancel={() => setAsking(false)}
            confirmLabel={t('forms.unsaved.discard')}
            onConfirm={() => onOpenChange(false)}
          />
        </AppDialog>
      ) : null}
    </ModalOverlay>
  );
}

export function DialogActions({ children }: { children: ReactNode }) {
  return <div className={styles.dialogActions}>{children}</div>;
}

/**
 * The two answers of a question asked before a destructive action: the safe one first, with the
 * focus, which closes the question (`onCancel`); then the destructive one, which acts and closes it.
 */
export function ConfirmActions({
  cancelLabel,
  onCancel,
  confirmLabel,
  isConfirmDisabled = false,
  onConfirm,
}: {
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  isConfirmDisabled?: boolean;
  onConfirm: () => void;
}) {
  return (
    <DialogActions>
      <Button autoFocus onPress={onCancel}>
        {cancelLabel}
      </Button>
      <Button
        variant="danger"
        isDisabled={isConfirmDisabled}
        onPress={() => {
          onConfirm();
          onCancel();
        }}
      >
        {confirmLabel}
      </Button>
    </DialogActions>
  );
}
