import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import {
  getWorkspace,
  listWorkspaces,
  type WorkspaceSummary,
} from '../db/repositories/workspace-reads';
import type { Workspace } from '../domain/schema/workspace';

/** All workspaces; undefined while loading (so loading and empty differ). */
export function useWorkspaces(): WorkspaceSummary[] | undefined {
  return useLiveQuery(() => listWorkspaces(database()), []);
}

/** One workspace: undefined while loading, null when it does not exist. */
export function useWorkspace(workspaceId: string): Workspace | null | undefined {
  return useLiveQuery(() => getWorkspace(database(), workspaceId), [workspaceId]);
}
