import { useLeavePageWarning } from './use-leave-page-warning';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from './button';
import { AppDialog, DialogActions } from './dialog';

/**
 * Nothing typed is lost silently: while a form has unsaved changes, leaving its tab or route (a
 * link, a tab of the page, the browser's back button) asks first (stay, leave without saving, or
 * save and leave), and closing or reloading the page triggers the browser's own warning.
 * One guard per screen: when a screen has several forms, pass whether any of them is dirty.
 */
export function UnsavedChangesGuard({
  isDirty,
  title,
  message,
  onSave,
}: {
  isDirty: boolean;
  /** Defaults to "Unsaved changes". */
  title?: string;
  /** Defaults to "What you typed is not saved yet. Leave without saving it?". */
  message?: string;
  /** Saves the form; resolves to false when it could not be saved (an invalid field). */
  onSave?: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useLeavePageWarning(isDirty);
  return (
    <AppDialog
      isOpen={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title={title ?? t('forms.unsaved.title')}
      role="alertdialog"
    >
      <p>{message ?? t('forms.unsaved.message')}</p>
      <DialogActions>
        <Button autoFocus onPress={() => blocker.reset?.()}>
          {t('forms.unsaved.stay')}
        </Button>
        <Button variant="danger" onPress={() => blocker.proceed?.()}>
          {t('forms.unsaved.leaveWithoutSaving')}
        </Button>
        {onSave ? (
          <Button
            variant="primary"
            onPress={() =>
              void onSave().then((saved) => {
                if (saved) blocker.proceed?.();
                else blocker.reset?.();
              })
            }
          >
            {t('forms.unsaved.saveAndLeave')}
          </Button>
        ) : null}
      </DialogActions>
    </AppDialog>
  );
}
