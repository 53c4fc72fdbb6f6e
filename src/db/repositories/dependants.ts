import { toJson } from '../../domain/audit/record-changes';
import type { DependantRecords, DependantTarget } from '../../domain/dependants/dependants';
import {
  planRemoval,
  undoOf,
  type RecordChange,
  type RecordTable,
  type RemovalChoice,
} from '../../domain/dependants/removal-plan';
import type { AuditEntityType } from '../../domain/schema/audit-entry';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import type { AuditFacts } from './audit-trail';
import { StaleWriteError, writeChange } from '../write';
import { readWorkspaceWith } from './workspace-reads';

/** The lists of a workspace that removals read and write, and the kind of audit entry of each. */
const LIST_ENTITY = {
  participants: 'participant',
  workflows: 'workflow',
  steps: 'step',
  frictions: 'friction',
  useCases: 'useCase',
  scorecards: 'scorecard',
} as const satisfies Record<Exclude<RecordTable, 'workspaces'>, AuditEntityType>;

/** The tables removals write, and the kind of audit entry of each (writeChange covers them all). */
const ENTITY_OF = { workspaces: 'workspace', ...LIST_ENTITY } as const satisfies Record<
  RecordTable,
  AuditEntityType
>;

/** The records of a workspace that removals read (dependantsOf, planRemoval). */
export async function readDependantRecords(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<DependantRecords | null> {
  const lists = Object.keys(LIST_ENTITY) as (keyof typeof LIST_ENTITY)[];
  return readWorkspaceWith(db, workspaceId, lists);
}

function labelOf(record: object): string {
  for (const key of ['title', 'name', 'description', 'useCaseId'] as const)
    if (key in record) return String((record as Record<string, unknown>)[key]);
  return '';
}

function factsOf(workspaceId: string, c: RecordChange): AuditFacts {
  const record = c.after ?? c.before ?? { id: c.id };
  return {
    workspaceId,
    action: c.before === null ? 'created' : c.after === null ? 'deleted' : 'updated',
    entityType: ENTITY_OF[c.table],
    entityId: c.id,
    label: labelOf(record).slice(0, 200) || c.id,
    ...(c.before ? { before: toJson(c.before) } : {}),
    ...(c.after ? { after: toJson(c.after) } : {}),
  };
}

/** Equal records; a workspace's updated time aside (every change of the workspace sets it). */
function sameRecord(table: RecordTable, a: object | null, b: object | null): boolean {
  const comparable = (r: object | null) =>
    table === 'workspaces' && r ? { ...r, updatedAt: null } : r;
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

/**
 * Writes planned changes in one transaction through the write path, one audit entry per record;
 * refused (StaleWriteError, nothing written) when a record is no longer as the plan found it.
 */
async function applyChanges(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  plan: (now: string) => Promise<RecordChange[]>,
): Promise<RecordChange[]> {
  return writeChange(
    db,
    ctx,
    Object.keys(ENTITY_OF).map((t) => db.table(t)),
    async (now) => {
      const changes = await plan(now);
      for (const c of changes) {
        const table = db.table<{ id: string }, string>(c.table);
        const current = (await table.get(c.id)) ?? null;
        if (!sameRecord(c.table, current, c.before)) throw new StaleWriteError(current, c.before);
        if (c.after) await table.put(c.after);
        else await table.delete(c.id);
      }
      return { result: changes, audit: changes.map((c) => factsOf(workspaceId, c)) };
    },
  );
}

/**
 * Removes a step, workflow, department, participant or KPI and does with its dependants what
 * the person chose (planRemoval), in one transaction with an audit entry per record changed.
 * Returns the changes, which undoRemoval takes back.
 */
export async function removeWithDependants(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  target: DependantTarget,
  choice: RemovalChoice,
): Promise<RecordChange[]> {
  return applyChanges(db, ctx, workspaceId, async (now) => {
    const data = await readDependantRecords(db, workspaceId);
    if (!data) throw new Error(`No workspace ${workspaceId}`);
    return planRemoval(target, choice, data, now);
  });
}

/**
 * Undo of a removal: every record it changed back exactly as it was, in one transaction,
 * audited; refused (StaleWriteError) when one of them changed since.
 */
export async function undoRemoval(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  changes: readonly RecordChange[],
): Promise<void> {
  await applyChanges(db, ctx, workspaceId, () => Promise.resolve(undoOf(changes)));
}
