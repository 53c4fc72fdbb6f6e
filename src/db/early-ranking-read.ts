import { DATABASE_NAME } from './database-name';
import {
  openRankingCache,
  readCachedRankingRecords,
  rememberRankingRecords,
} from './ranking-cache';
import { readRankingStamp } from './ranking-stamp';
import { STORED_VERSION, openIfPresent } from './read-before-dexie';
import { readStoredRankingRecords, type StoredRankingRecords } from './stored-ranking-records';

/**
 * A read of a workspace's ranking records started by the page itself, before Dexie and the
 * screen's code have loaded, to be handed to the records' live query (which then does not read
 * them again). The stored data may change between this read and the live query's start (another
 * tab, or this one once Dexie is loaded): every change Dexie announces is watched from before the
 * read, and a changed store makes the live query read for itself.
 */
export interface EarlyRankingRead {
  workspaceId: string;
  /** The records, or null when the database is absent, of another version, or unreadable. */
  records: Promise<StoredRankingRecords | null>;
  /**
   * Once the records are there: whether they came from the copy kept for cold loads
   * (ranking-cache.ts) rather than from the stored records themselves.
   */
  fromCopy: () => boolean;
  /** Once the records are there, and they came from the copy: the stamp it was taken under. */
  copyStamp: () => string | null;
  /** Once the records are there: the stamp they were read (or their copy taken) under, if any. */
  readStamp: () => string | null;
  /** Whether Dexie announced a change of the stored data since the read began. */
  changed: () => boolean;
  /** Calls `listener` at the next change Dexie announces (until stopped). */
  onChange: (listener: () => void) => void;
  /** Stops watching the changes. */
  stop: () => void;
}

/** Dexie announces every committed write under this name, in the page and to the other tabs. */
const DEXIE_CHANGES = 'x-storagemutated-1';

/** Watches Dexie's announcements of changes, in this page and from the other tabs. */
function watchChanges(): Pick<EarlyRankingRead, 'changed' | 'onChange' | 'stop'> {
  let changed = false;
  const listeners = new Set<() => void>();
  const seen = () => {
    changed = true;
    for (const listener of [...listeners]) listener();
  };
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DEXIE_CHANGES);
  channel?.addEventListener('message', seen);
  globalThis.addEventListener?.(DEXIE_CHANGES, seen);
  return {
    changed: () => changed,
    onChange: (listener) => listeners.add(listener),
    stop: () => {
      listeners.clear();
      channel?.close();
      globalThis.removeEventListener?.(DEXIE_CHANGES, seen);
    },
  };
}

async function readRecords(
  name: string,
  workspaceId: string,
  tookCopy: (stamp: string) => void,
  readUnder: (stamp: string | undefined) => void,
): Promise<StoredRankingRecords | null> {
  try {
    const db = await openIfPresent(name);
    if (!db) return null;
    // Never in the way of Dexie's upgrade or of a deletion.
    db.onversionchange = () => db.close();
    try {
      if (db.version !== STORED_VERSION) return null;
      // The stamp first: a copy, or records read after it, are at least as new as it says.
      const [stamp, cache] = await Promise.all([
        readRankingStamp(db, workspaceId),
        openRankingCache(),
      ]);
      const copy =
        cache && stamp ? await readCachedRankingRecords(cache, workspaceId, stamp) : null;
      if (copy && stamp) {
        tookCopy(stamp);
        return copy;
      }
      // The records with their stamp, read in one transaction.
      const stored = await readStoredRankingRecords(db, workspaceId);
      rememberRankingRecords(workspaceId, stored.records, stored.stamp);
      readUnder(stored.stamp);
      return stored.records;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** How long a read nobody took is kept (the screen that needed it may never come). */
const KEPT_FOR_MS = 15_000;

let pending: EarlyRankingRead | null = null;

/**
 * Starts reading a workspace's ranking records now (`name` is the app's database but in tests).
 * The changes are watched from before the read, so that none made after it goes unnoticed.
 */
export function startEarlyRankingRead(
  workspaceId: string,
  name: string = DATABASE_NAME,
): EarlyRankingRead {
  const watch = watchChanges();
  let copyStamp: string | null = null;
  let readStamp: string | null = null;
  const records = readRecords(
    name,
    workspaceId,
    (stamp) => (copyStamp = readStamp = stamp),
    (stamp) => (readStamp = stamp ?? null),
  );
  const read: EarlyRankingRead = {
    workspaceId,
    records,
    fromCopy: () => copyStamp !== null,
    copyStamp: () => copyStamp,
    readStamp: () => readStamp,
    ...watch,
  };
  pending?.stop();
  pending = read;
  // The timer holds the watch, not the records (which are the taker's to keep or let go).
  const { stop } = watch;
  setTimeout(() => {
    if (pending?.stop !== stop) return;
    pending = null;
    stop();
  }, KEPT_FOR_MS);
  return read;
}

/** The early read of this workspace's ranking records, once: whoever takes it owns it. */
export function takeEarlyRankingRead(workspaceId: string): EarlyRankingRead | null {
  if (pending?.workspaceId !== workspaceId) return null;
  const read = pending;
  pending = null;
  return read;
}
