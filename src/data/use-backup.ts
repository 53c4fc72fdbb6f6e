import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { database } from '../db/database';
import { useSharedLiveQuery, warmLiveQuery } from './shared-live-query';
import type * as BackupModule from '../db/repositories/backup';
import type { BackupStatus } from '../db/repositories/backup';

type BackupRepository = typeof BackupModule;
let loaded: BackupRepository | undefined;
let loading: Promise<BackupRepository> | undefined;

/** The backup repository, asked for once (with the first use of this module's hooks). */
function loadRepository(): Promise<BackupRepository> {
  loading ??= import('../db/repositories/backup').then((module) => (loaded = module));
  return loading;
}

// Asked for as soon as this module is (with the header's summary, after the first screen's code).
void loadRepository();

/**
 * The backup repository, loaded after the first screen: it brings the backup format and its
 * schemas, which the header's status does not need to paint the page.
 */
function useBackupRepository(): BackupRepository | undefined {
  const [repository, setRepository] = useState(loaded);
  useEffect(() => {
    if (repository) return;
    let live = true;
    void loadRepository().then((module) => {
      if (live) setRepository(module);
    });
    return () => {
      live = false;
    };
  }, [repository]);
  return repository;
}

const statusKey = (workspaceId: string | null) => `backupStatus:${workspaceId ?? '*'}`;

/**
 * Starts reading the backup status of a workspace (null: of all) as soon as the repository is
 * there, so that the header finds it read when it is drawn with the screen.
 */
export function warmBackupStatus(workspaceId: string | null): void {
  void loadRepository().then((repository) =>
    warmLiveQuery(statusKey(workspaceId), () =>
      repository.readBackupStatus(database(), workspaceId),
    ),
  );
}

/** Last backup and changes since, of one workspace or of all (null); live. */
export function useBackupStatus(workspaceId: string | null): BackupStatus | undefined {
  const repository = useBackupRepository();
  return useSharedLiveQuery(
    repository ? statusKey(workspaceId) : 'backupStatus:loading',
    async () => repository?.readBackupStatus(database(), workspaceId),
  );
}

/** Whether there is data worth keeping (a workspace of one's own, or a changed demo); live. */
function useHasRealData(): boolean | undefined {
  const repository = useBackupRepository();
  return useLiveQuery(() => repository?.hasRealData(database()), [repository]);
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
