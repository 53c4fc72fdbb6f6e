import type { Workspace } from '../../domain/schema/workspace';
import type { ClarteDatabase } from '../database';

/**
 * The reads of workspaces the home page needs, apart from the writes (./workspaces.ts) so that
 * the first screen does not load the schemas that validate before writing.
 */

export interface WorkspaceSummary {
  workspace: Workspace;
  useCaseCount: number;
}

/** All workspaces, most recently changed first, with their number of use cases. */
export async function listWorkspaces(db: ClarteDatabase): Promise<WorkspaceSummary[]> {
  const workspaces = await db.workspaces.orderBy('updatedAt').reverse().toArray();
  return Promise.all(
    workspaces.map(async (workspace) => ({
      workspace,
      useCaseCount: await db.useCases.where('workspaceId').equals(workspace.id).count(),
    })),
  );
}

export async function getWorkspace(db: ClarteDatabase, id: string): Promise<Workspace | null> {
  return (await db.workspaces.get(id)) ?? null;
}
