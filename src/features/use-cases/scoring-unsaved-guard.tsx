import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';

/**
 * Unsaved scores are never lost silently: leaving the tab or the page (a link, the browser's
 * back button, closing the tab) with unsaved scores asks first.
 */
export function UnsavedScoresGuard({
  isDirty,
  raterName,
  onSave,
}: {
  isDirty: boolean;
  raterName: string;
  /** Saves the scores; resolves to false when they could not be saved (invalid field). */
  onSave: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!isDirty) return undefined;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);
  const blocked = blocker.state === 'blocked';
  return (
    <AppDialog
      isOpen={blocked}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title={t('groupScoring.unsavedTitle')}
      role="alertdialog"
    >
      <p>{t('groupScoring.unsavedMessage', { name: raterName })}</p>
      <DialogActions>
        <Button autoFocus onPress={() => blocker.reset?.()}>
          {t('groupScoring.stay')}
        </Button>
        <Button variant="danger" onPress={() => blocker.proceed?.()}>
          {t('groupScoring.leaveWithoutSaving')}
        </Button>
        <Button
          variant="primary"
          onPress={() =>
            void onSave().then((saved) => {
              if (saved) blocker.proceed?.();
              else blocker.reset?.();
            })
          }
        >
          {t('groupScoring.saveAndLeave')}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
