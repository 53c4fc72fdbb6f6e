import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listWorkspaces, type WorkspaceSummary } from '../db/repositories/workspace-reads';

/** All workspaces; undefined while loading (so loading and empty differ). */
export function useWorkspaces(): WorkspaceSummary[] | undefined {
  return useLiveQuery(() => listWorkspaces(database()), []);
}

/** One workspace (shared with every reader of it, and started early by the workspace route). */
export { useWorkspace } from './workspace-queries';
