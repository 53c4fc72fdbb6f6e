import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

interface Props {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** What is deleted: "the step “Receive invoices”". */
  title: string;
  /** Titles of the use cases anchored on what is deleted. */
  anchored: readonly string[];
  onConfirm: () => void;
}

/**
 * Deleting a step or a workflow: when use cases are anchored on it, says which and offers to
 * keep them unanchored, or to cancel. Use cases are never deleted.
 */
export function AnchoredDeleteDialog({ isOpen, onOpenChange, title, anchored, onConfirm }: Props) {
  const { t } = useTranslation();
  const shown = anchored.slice(0, 8);
  return (
    <ConfirmDialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      title={title}
      message={
        anchored.length === 0
          ? t('workflows.deleteNothingAnchored')
          : t('workflows.deleteAnchored', { count: anchored.length })
      }
      confirmLabel={anchored.length === 0 ? t('common.delete') : t('workflows.keepUnanchored')}
      onConfirm={onConfirm}
    >
      {anchored.length === 0 ? null : (
        <ul>
          {shown.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
          {anchored.length > shown.length ? (
            <li>{t('workflows.andMore', { count: anchored.length - shown.length })}</li>
          ) : null}
        </ul>
      )}
    </ConfirmDialog>
  );
}
