import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import { PlainButton } from '../../ui/plain-button';

// The dialog (React Aria's modal) is not needed for the first screen: fetched just after it, so
// that it is at hand even if a newer version of the app has replaced the files on the server.
const loadDialog = () => import('../../ui/dialog');
const AppDialog = lazy(() => loadDialog().then((m) => ({ default: m.AppDialog })));
const DialogActions = lazy(() => loadDialog().then((m) => ({ default: m.DialogActions })));

/**
 * When another tab opens a newer version of the database, this tab closes its connection (so
 * it stops writing and lets the upgrade run) and asks to be reloaded; it cannot be dismissed.
 */
export function NewerVersionDialog() {
  const { t } = useTranslation();
  const [newer, setNewer] = useState(false);
  useEffect(() => {
    void loadDialog();
    const db = database();
    const onVersionChange = () => {
      db.close();
      setNewer(true);
      return false;
    };
    db.on('versionchange', onVersionChange);
    return () => db.on('versionchange').unsubscribe(onVersionChange);
  }, []);
  if (!newer) return null;
  return (
    <Suspense fallback={null}>
      <AppDialog
        isOpen={newer}
        onOpenChange={() => undefined}
        title={t('backup.newerTitle')}
        role="alertdialog"
      >
        <p>{t('backup.newerMessage')}</p>
        <DialogActions>
          <PlainButton variant="primary" autoFocus onPress={() => window.location.reload()}>
            {t('backup.reload')}
          </PlainButton>
        </DialogActions>
      </AppDialog>
    </Suspense>
  );
}
