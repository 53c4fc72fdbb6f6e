import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppDialog, ConfirmActions } from './dialog';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** The question in one sentence; richer content (a list, a choice) goes in children. */
  message?: string;
  children?: ReactNode;
  confirmLabel: string;
  /** The confirmation waits for a choice made in the children. */
  isConfirmDisabled?: boolean;
  onConfirm: () => void;
}

/** "Are you sure?" for a destructive action; the safe choice has the focus first. */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  message,
  children,
  confirmLabel,
  isConfirmDisabled = false,
  onConfirm,
}: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      {message === undefined ? null : <p>{message}</p>}
      {children}
      <ConfirmActions
        cancelLabel={t('common.cancel')}
        onCancel={() => onOpenChange(false)}
        confirmLabel={confirmLabel}
        isConfirmDisabled={isConfirmDisabled}
        onConfirm={onConfirm}
      />
    </AppDialog>
  );
}
