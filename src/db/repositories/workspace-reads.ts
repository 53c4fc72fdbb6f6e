import type { Decision } from '../../domain/schema/decision';
import type { Scorecard } from '../../domain/schema/scorecard';
import type { UseCase } from '../../domain/schema/use-case';
import type { Friction, Step, Workflow } from '../../domain/schema/workflow';
import type { Workspace } from '../../domain/schema/workspace';
import type { Table } from 'dexie';
import type { ClarteDatabase } from '../database';

/**
 * Reads of a workspace's lists, apart from the writes (which validate with the schemas) so that
 * the first screen and the reads started as soon as a workspace is opened (src/data) load
 * no schema.
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

export async function listUseCases(db: ClarteDatabase, workspaceId: string): Promise<UseCase[]> {
  return db.useCases.where('workspaceId').equals(workspaceId).toArray();
}

export async function listScorecards(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Scorecard[]> {
  return db.scorecards.where('workspaceId').equals(workspaceId).toArray();
}

/** The divergence resolutions of a workspace (withdrawn ones included: they are history). */
export async function listDivergenceResolutions(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Decision[]> {
  return db.decisions
    .where('workspaceId')
    .equals(workspaceId)
    .filter((d) => d.kind === 'divergenceResolution')
    .toArray();
}

/** Sorts records by a text field (ISO times, names), ascending; the list is sorted in place. */
function byText<K extends string, T extends Record<K, string>>(list: T[], key: K): T[] {
  return list.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
}

/** The records of a workspace in a table, sorted by a text field (byText). */
export async function listSortedBy<K extends string, T extends Record<K, string>, I>(
  table: Table<T, string, I>,
  workspaceId: string,
  key: K,
): Promise<T[]> {
  return byText(await table.where('workspaceId').equals(workspaceId).toArray(), key);
}

/** Workflows and steps in the order people arranged them. */
export function byPosition<T extends { position: number }>(list: T[]): T[] {
  return list.sort((a, b) => a.position - b.position);
}

export async function listWorkflows(db: ClarteDatabase, workspaceId: string): Promise<Workflow[]> {
  return byPosition(await db.workflows.where('workspaceId').equals(workspaceId).toArray());
}

export async function listSteps(db: ClarteDatabase, workspaceId: string): Promise<Step[]> {
  return byPosition(await db.steps.where('workspaceId').equals(workspaceId).toArray());
}

export async function listFrictions(db: ClarteDatabase, workspaceId: string): Promise<Friction[]> {
  return db.frictions.where('workspaceId').equals(workspaceId).toArray();
}
