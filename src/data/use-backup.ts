import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../db/database';
import { hasRealData, readBackupStatus, type BackupStatus } from '../db/repositories/backup';

/** Last backup and changes since, of one workspace or of all (null); live. */
export function useBackupStatus(workspaceId: string | null): BackupStatus | undefined {
  return useLiveQuery(() => readBackupStatus(database(), workspaceId), [workspaceId]);
}

/** Whether there is data worth keeping (a workspace of one's own, or a changed demo); live. */
export function useHasRealData(): boolean | undefined {
  return useLiveQuery(() => hasRealData(database()), []);
}

export type Persistence = 'persisted' | 'notPersisted' | 'unknown';

/**
 * Whether the browser keeps this site's data under storage pressure. Once real data exists,
 * asks for persistent storage once (navigator.storage.persist); `ask` asks again on demand.
 */
export function usePersistentStorage(): { state: Persistence | undefined; ask: () => void } {
  const realData = useHasRealData();
  const supported =
    typeof navigator !== 'undefined' && 'storage' in navigator && 'persisted' in navigator.storage;
  const [state, setState] = useState<Persistence | undefined>(supported ? undefined : 'unknown');
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const storage = supported ? navigator.storage : undefined;
    if (!storage) return;
    let live = true;
    const settle = (granted: boolean) => {
      if (live) setState(granted ? 'persisted' : 'notPersisted');
    };
    void storage.persisted().then(async (granted) => {
      if (!granted && (realData === true || asked) && storage.persist) {
        settle(await storage.persist());
      } else settle(granted);
    });
    return () => {
      live = false;
    };
  }, [supported, realData, asked]);
  return { state, ask: () => setAsked(true) };
}
