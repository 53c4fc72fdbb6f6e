import { sameAsJson } from '../domain/collections/same-as-json';
import { openRankingCache, readCachedRankingRecords } from './ranking-cache';
import { openIfPresent, STORED_VERSION } from './read-before-dexie';
import { readStoredRankingRecords } from './stored-ranking-records';

/**
 * The check of a copy of the ranking records (ranking-cache.ts) a cold load has shown:
 * - `same`: the stored records are the copy's, stamp included;
 * - `different`: the stamp is the copy's but the records are not (a tab of an older release,
 *   which does not renew the stamp, wrote them): the copy must go;
 * - `unknown`: nothing to compare (the copy replaced, the stamp renewed meanwhile, no database, a
 *   failure): the page checks for itself.
 */
export type CopyVerdict = 'same' | 'different' | 'unknown';

/**
 * Compares the copy taken under `stamp` with the stored records, read without Dexie: in the check
 * worker, so that reading 50,000 use cases and their scorecards never holds the page's thread.
 * `name` is the app's database but in tests.
 */
export async function checkRankingCopy(
  name: string,
  workspaceId: string,
  stamp: string,
): Promise<CopyVerdict> {
  try {
    const cache = await openRankingCache();
    const copy = cache ? await readCachedRankingRecords(cache, workspaceId, stamp) : null;
    if (!copy) return 'unknown';
    const db = await openIfPresent(name);
    if (!db) return 'unknown';
    try {
      if (db.version !== STORED_VERSION) return 'unknown';
      const stored = await readStoredRankingRecords(db, workspaceId);
      if (stored.stamp !== stamp) return 'unknown';
      return sameAsJson(stored.records, copy) ? 'same' : 'different';
    } finally {
      db.close();
    }
  } catch {
    return 'unknown';
  }
}

/** What the page asks the check worker. */
export interface CopyCheckJob {
  name: string;
  workspaceId: string;
  stamp: string;
}

/** A check that never answers (a worker that failed to load) counts as none after this. */
const GIVE_UP_AFTER_MS = 60_000;

/** checkRankingCopy in its own module worker (on the page where there are no workers). */
export function checkRankingCopyOffThread(job: CopyCheckJob): Promise<CopyVerdict> {
  if (typeof Worker === 'undefined') return checkRankingCopy(job.name, job.workspaceId, job.stamp);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./ranking-copy-check-worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve('unknown');
      return;
    }
    const done = (verdict: CopyVerdict) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(verdict);
    };
    const timer = setTimeout(() => done('unknown'), GIVE_UP_AFTER_MS);
    worker.onmessage = (event: MessageEvent<CopyVerdict>) => done(event.data);
    worker.onerror = () => done('unknown');
    worker.postMessage(job);
  });
}
