import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { database } from '../../db/database';
import { Button } from '../../ui/button';
import { AppDialog, DialogActions } from '../../ui/dialog';

/**
 * When another tab opens a newer version of the database, this tab closes its connection (so
 * it stops writing and lets the upgrade run) and asks to be reloaded; it cannot be dismissed.
 */
export function NewerVersionDialog() {
  const { t } = useTranslation();
  const [newer, setNewer] = useState(false);
  useEffect(() => {
    const db = database();
    const onVersionChange = () => {
      db.close();
      setNewer(true);
      return false;
    };
    db.on('versionchange', onVersionChange);
    return () => db.on('versionchange').unsubscribe(onVersionChange);
  }, []);
  return (
    <AppDialog
      isOpen={newer}
      onOpenChange={() => undefined}
      title={t('backup.newerTitle')}
      role="alertdialog"
    >
      <p>{t('backup.newerMessage')}</p>
      <DialogActions>
        <Button variant="primary" autoFocus onPress={() => window.location.reload()}>
          {t('backup.reload')}
        </Button>
      </DialogActions>
    </AppDialog>
  );
}
