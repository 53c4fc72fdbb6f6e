import type { Workspace } from '../domain/schema/workspace';
import type { WorkspaceSummary } from './repositories/workspace-reads';
import { DATABASE_NAME } from './database-name';
import { VERSIONS } from './versions';

/** What the page found before Dexie was loaded (see readBeforeDexie). */
export type EarlyRead =
  | { current: true; workspaces?: WorkspaceSummary[] }
  /** Written by another version (an upgrade to run, or a newer release), or unreadable. */
  | { current: false };

/** Dexie stores version N as IndexedDB version N * 10. */
export const STORED_VERSION = Math.max(...VERSIONS.map((v) => v.version)) * 10;

export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The database as it is, or null when there is none (opening does not create it). */
export function openIfPresent(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let absent = false;
    request.onupgradeneeded = () => {
      // Only a database that does not exist is upgraded when opened without a version:
      // aborting leaves it absent, for Dexie to create with its tables.
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (!absent) return reject(request.error ?? new Error('IndexedDB open failed'));
      event.preventDefault();
      resolve(null);
    };
  });
}

/** The workspaces, most recently changed first, with their number of use cases. */
async function readWorkspaceList(db: IDBDatabase): Promise<WorkspaceSummary[]> {
  const tx = db.transaction(['workspaces', 'useCases'], 'readonly');
  const workspaces: Workspace[] = [];
  await new Promise<void>((resolve, reject) => {
    // The same order as listWorkspaces: updatedAt descending, then id descending.
    const cursor = tx.objectStore('workspaces').index('updatedAt').openCursor(null, 'prev');
    cursor.onerror = () => reject(cursor.error ?? new Error('IndexedDB cursor failed'));
    cursor.onsuccess = () => {
      if (!cursor.result) return resolve();
      workspaces.push(cursor.result.value as Workspace);
      cursor.result.continue();
    };
  });
  const byWorkspace = tx.objectStore('useCases').index('workspaceId');
  return Promise.all(
    workspaces.map(async (workspace) => ({
      workspace,
      useCaseCount: await result(byWorkspace.count(IDBKeyRange.only(workspace.id))),
    })),
  );
}

/**
 * A few lines of IndexedDB read while Dexie (about 31 KB) is still loading, so that the first
 * screen does not wait for it: whether the stored database is at this code's version (or absent,
 * to be created), and, for the home page, the list of workspaces as `listWorkspaces` reads it.
 * Anything else (an upgrade to run, a newer release's database, an error) is Dexie's to open.
 * `name` is the app's database but in tests.
 */
export async function readBeforeDexie(
  withWorkspaces: boolean,
  name: string = DATABASE_NAME,
): Promise<EarlyRead> {
  try {
    const db = await openIfPresent(name);
    if (!db) return withWorkspaces ? { current: true, workspaces: [] } : { current: true };
    try {
      if (db.version !== STORED_VERSION) return { current: false };
      if (!withWorkspaces) return { current: true };
      return { current: true, workspaces: await readWorkspaceList(db) };
    } finally {
      db.close();
    }
  } catch {
    return { current: false };
  }
}
