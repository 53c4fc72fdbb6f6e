import { Dexie } from 'dexie';
import type { CopyIds } from '../../domain/workspace/copy-workspace-bundle';
import { ID_LENGTH } from '../change-context';

// How a backup's import hands its records to IndexedDB (importBackupParts, backup-import.ts).

/** An id as the app draws them (newRecordId): 21 random letters and digits. */
const DRAWN_ID = new RegExp(`^[0-9A-Za-z]{${ID_LENGTH}}$`);
/** A random UUID (version 4), as the app drew ids before (its records keep them). */
const RANDOM_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const drawn = (id: string) => DRAWN_ID.test(id) || RANDOM_UUID.test(id);

/**
 * Whether a copy's records can be put rather than added: every id it drew is random (as the app
 * draws them, or a random UUID), so none can be stored already (nor two alike). IndexedDB looks each added key up first, which
 * costs about a fifth of its write (issue 15 point 6); a put does not. Ids drawn otherwise (a
 * test's sequence) and a restore's ids (the file's own) are added: an id stored aborts it all.
 */
export function drawnAtRandom(copy: CopyIds | null): boolean {
  if (!copy || !drawn(copy.workspaceId)) return false;
  for (const id of copy.ids.values()) if (!drawn(id)) return false;
  return true;
}

/**
 * Writes records to a store of the open transaction as IndexedDB takes them (added, or put when
 * their ids cannot be stored already, see drawnAtRandom): one request each, with no handler but
 * on the last (settles when all are stored, requests complete in order). A failed request (an id
 * that exists, a full disk) aborts the whole transaction, which Dexie then rejects: this write
 * rejects with the same error. Dexie's bulkAdd sets a handler on every request and reads back
 * every key, which costs the page about a quarter of the write.
 */
export function writeAll(
  trans: IDBTransaction,
  store: string,
  records: unknown[],
  put: boolean,
): Promise<void> {
  return new Dexie.Promise<void>((resolve, reject) => {
    const target = trans.objectStore(store);
    let last: IDBRequest | null = null;
    for (const record of records) last = put ? target.put(record) : target.add(record);
    // The failed request's error (the transaction's own is null once Dexie aborts it).
    let error: Error | null = null;
    const noted = (event: Event) => {
      error ??= (event.target as IDBRequest | null)?.error ?? null;
    };
    const failed = () => reject(error ?? trans.error ?? new Error(`Not written: ${store}`));
    trans.addEventListener('error', noted);
    trans.addEventListener('abort', failed, { once: true });
    if (!last) return resolve();
    last.onsuccess = () => {
      trans.removeEventListener('error', noted);
      trans.removeEventListener('abort', failed);
      resolve();
    };
  });
}
