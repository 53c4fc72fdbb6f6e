import { lazy, Suspense } from 'react';
import { StorageBanner } from './storage-banner';

// Read live from the database (Dexie): loaded just after the first screen, not with it.
const BackupSummary = lazy(() => import('./backup-summary'));
const NewerVersionDialog = lazy(() =>
  import('./newer-version-dialog').then((m) => ({ default: m.NewerVersionDialog })),
);

/** "Last backup: N days / M changes ago" in the header, a reminder, and the storage alarms. */
export function BackupStatus() {
  return (
    <>
      <Suspense fallback={null}>
        <BackupSummary />
      </Suspense>
      <StorageBanner />
      <Suspense fallback={null}>
        <NewerVersionDialog />
      </Suspense>
    </>
  );
}
