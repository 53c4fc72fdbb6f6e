import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** "Are you sure?" for a destructive action; the safe choice has the focus first. */
export function ConfirmDialog({
  isOpen,
  onOpenChange,
  title,
  message,
  confirmLabel,
  onConfirm,
}: Props) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title} role="alertdialog">
      <p>{message}</p>
      <DialogActions>
        <Button autoFocus onPress={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          onPress={() => {
            onConfirm();
            onOpenChange(false);
          }}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
