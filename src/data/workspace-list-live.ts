import { liveQuery } from 'dexie';
import { database } from '../db/database';
import { listWorkspaces, type WorkspaceSummary } from '../db/repositories/workspace-reads';

/** The live query of the list of workspaces (loaded after the first screen, with Dexie). */
export function watchWorkspaces(
  onList: (list: WorkspaceSummary[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(() => listWorkspaces(database())).subscribe({
    next: onList,
    error: onError,
  });
  return () => subscription.unsubscribe();
}
