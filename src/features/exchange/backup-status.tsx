import { loadable, useLoaded } from '../../ui/loadable';
import { StorageBanner } from './storage-banner';

// Read live from the database (Dexie): loaded just after the first screen's code, not with it,
// and drawn without Suspense (ui/loadable: a suspended part is revealed up to 0.3 s late).
const SUMMARY = loadable(() => import('./backup-summary'));
const NEWER_VERSION_DIALOG = loadable(() => import('./newer-version-dialog'));

/**
 * Starts loading the header's backup summary (its code, then its repository) and reading the
 * status of the workspace at the address (null: of all), before the header is drawn, so that its
 * line comes with the screen instead of after it.
 */
export function preloadBackupStatus(workspaceId: string | null): void {
  void SUMMARY.load().catch(() => undefined);
  // The status is read as soon as its repository is there, not once the summary's code is.
  void import('../../data/use-backup').then(
    (backup) => backup.warmBackupStatus(workspaceId),
    () => undefined,
  );
  void NEWER_VERSION_DIALOG.load().catch(() => undefined);
}

/** "Last backup: N days / M changes ago" in the header, a reminder, and the storage alarms. */
export function BackupStatus() {
  const summary = useLoaded(SUMMARY);
  const newerVersion = useLoaded(NEWER_VERSION_DIALOG);
  return (
    <>
      {summary ? <summary.default /> : null}
      <StorageBanner />
      {newerVersion ? <newerVersion.NewerVersionDialog /> : null}
    </>
  );
}
