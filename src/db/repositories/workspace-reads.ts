import type { Decision } from '../../domain/schema/decision';
import type { Scorecard } from '../../domain/schema/scorecard';
import type { UseCase } from '../../domain/schema/use-case';
import type { Friction, Step, Workflow } from '../../domain/schema/workflow';
import type { Workspace } from '../../domain/schema/workspace';
import type { BundleRecordList, WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import type { Table } from 'dexie';
import type { ClarteDatabase } from '../database';
import { rankingStampKeys } from '../ranking-stamp';

/**
 * Reads of a workspace's lists, apart from the writes (which validate with the schemas) so that
 * the first screen and the reads started as soon as a workspace is opened (src/data) load
 * no schema.
 */

export interface WorkspaceSummary {
  workspace: Workspace;
  useCaseCount: number;
}

/** The records of a workspace in one of its tables (by the table's workspaceId index). */
export async function ofWorkspace<T, I>(
  table: Table<T, string, I>,
  workspaceId: string,
): Promise<T[]> {
  return table.where('workspaceId').equals(workspaceId).toArray();
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
  return ofWorkspace(db.useCases, workspaceId);
}

export async function listScorecards(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Scorecard[]> {
  return ofWorkspace(db.scorecards, workspaceId);
}

/**
 * Inside a live query: makes Dexie watch a workspace's ranking records (its use cases, scorecards,
 * decisions and participants) as reading them does, but reads only their keys. A result read
 * before Dexie was loaded is kept live so without being read again.
 */
export async function watchRankingRecords(db: ClarteDatabase, workspaceId: string): Promise<void> {
  // Reading values by the workspaceId index watches that index's range and the records' keys;
  // reading the keys watches the same range and the same keys (as the ones a deletion names).
  await Promise.all([
    db.useCases.where('workspaceId').equals(workspaceId).primaryKeys(),
    db.scorecards.where('workspaceId').equals(workspaceId).primaryKeys(),
    db.decisions.where('workspaceId').equals(workspaceId).primaryKeys(),
    db.participants.where('workspaceId').equals(workspaceId).count(),
  ]);
}

/**
 * Inside a live query: makes Dexie watch a workspace's ranking stamps only (ranking-stamp.ts):
 * every write of its ranking records through Dexie renews its stamp, every deletion the stamp of
 * all, so the query wakes at each of them without Dexie tracking tens of thousands of keys.
 */
export async function watchRankingStamps(db: ClarteDatabase, workspaceId: string): Promise<void> {
  await db.meta.bulkGet(rankingStampKeys(workspaceId));
}

/** The divergence resolutions of a workspace (withdrawn ones included: they are history). */
export async function listDivergenceResolutions(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Decision[]> {
  const decisions = await ofWorkspace(db.decisions, workspaceId);
  return decisions.filter((d) => d.kind === 'divergenceResolution');
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
  return byText(await ofWorkspace(table, workspaceId), key);
}

/** A workspace's records in some of its tables, each list named as its table. */
export type WorkspaceLists<L extends BundleRecordList> = Pick<WorkspaceBundle, L>;

/**
 * A workspace's records in the tables named (inside or outside the caller's transaction, which
 * must include them), read together.
 */
export async function readWorkspaceLists<L extends BundleRecordList>(
  db: ClarteDatabase,
  workspaceId: string,
  lists: readonly L[],
): Promise<WorkspaceLists<L>> {
  // One table per list, named alike, each indexed by workspaceId.
  const records = await Promise.all(
    lists.map((list) => ofWorkspace(db[list] as Table<unknown, string, unknown>, workspaceId)),
  );
  return Object.fromEntries(lists.map((list, i) => [list, records[i]])) as WorkspaceLists<L>;
}

/** The workspace with its records in the tables named (readWorkspaceLists); null when it does not exist. */
export async function readWorkspaceWith<L extends BundleRecordList>(
  db: ClarteDatabase,
  workspaceId: string,
  lists: readonly L[],
): Promise<({ workspace: Workspace } & WorkspaceLists<L>) | null> {
  const workspace = await db.workspaces.get(workspaceId);
  if (!workspace) return null;
  return { workspace, ...(await readWorkspaceLists(db, workspaceId, lists)) };
}

/** The lists a workspace is scored from: its use cases, the participants and their scorecards. */
export const SCORING_LISTS = ['useCases', 'participants', 'scorecards'] as const;

/** Workflows and steps in the order people arranged them. */
export function byPosition<T extends { position: number }>(list: T[]): T[] {
  return list.sort((a, b) => a.position - b.position);
}

export async function listWorkflows(db: ClarteDatabase, workspaceId: string): Promise<Workflow[]> {
  return byPosition(await ofWorkspace(db.workflows, workspaceId));
}

export async function listSteps(db: ClarteDatabase, workspaceId: string): Promise<Step[]> {
  return byPosition(await ofWorkspace(db.steps, workspaceId));
}

export async function listFrictions(db: ClarteDatabase, workspaceId: string): Promise<Friction[]> {
  return ofWorkspace(db.frictions, workspaceId);
}
