import { workspaceBundleSchema, type WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import { WORKSPACE_TABLES, type ClarteDatabase } from '../database';

/** Every record of one workspace, or null when it does not exist. */
export async function readWorkspaceBundle(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<WorkspaceBundle | null> {
  return db.transaction('r', [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])], async () => {
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) return null;
    const [
      participants,
      workflows,
      steps,
      frictions,
      useCases,
      scorecards,
      decisions,
      waves,
      weightSets,
      audit,
    ] = await Promise.all([
      db.participants.where('workspaceId').equals(workspaceId).toArray(),
      db.workflows.where('workspaceId').equals(workspaceId).toArray(),
      db.steps.where('workspaceId').equals(workspaceId).toArray(),
      db.frictions.where('workspaceId').equals(workspaceId).toArray(),
      db.useCases.where('workspaceId').equals(workspaceId).toArray(),
      db.scorecards.where('workspaceId').equals(workspaceId).toArray(),
      db.decisions.where('workspaceId').equals(workspaceId).toArray(),
      db.waves.where('workspaceId').equals(workspaceId).toArray(),
      db.weightSets.where('workspaceId').equals(workspaceId).toArray(),
      db.audit.where('workspaceId').equals(workspaceId).toArray(),
    ]);
    return {
      workspace,
      participants,
      workflows,
      steps,
      frictions,
      useCases,
      scorecards,
      decisions,
      waves,
      weightSets,
      audit,
    };
  });
}

/**
 * Writes a whole workspace in one transaction: all or nothing. The bundle is parsed by the
 * schema first, so nothing invalid is ever stored. Refuses ids that already exist.
 */
export async function insertWorkspaceBundle(
  db: ClarteDatabase,
  input: WorkspaceBundle,
): Promise<string> {
  const bundle = workspaceBundleSchema.parse(input);
  await db.transaction('rw', [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])], async () => {
    await db.workspaces.add(bundle.workspace);
    await db.participants.bulkAdd(bundle.participants);
    await db.workflows.bulkAdd(bundle.workflows);
    await db.steps.bulkAdd(bundle.steps);
    await db.frictions.bulkAdd(bundle.frictions);
    await db.useCases.bulkAdd(bundle.useCases);
    await db.scorecards.bulkAdd(bundle.scorecards);
    await db.decisions.bulkAdd(bundle.decisions);
    await db.waves.bulkAdd(bundle.waves);
    await db.weightSets.bulkAdd(bundle.weightSets);
    await db.audit.bulkAdd(bundle.audit);
  });
  return bundle.workspace.id;
}

/** Deletes a workspace and all its records in one transaction; returns them so it can be undone. */
export async function deleteWorkspaceBundle(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<WorkspaceBundle | null> {
  return db.transaction('rw', [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])], async () => {
    const bundle = await readWorkspaceBundle(db, workspaceId);
    if (!bundle) return null;
    for (const table of WORKSPACE_TABLES)
      await db[table].where('workspaceId').equals(workspaceId).delete();
    await db.workspaces.delete(workspaceId);
    return bundle;
  });
}
