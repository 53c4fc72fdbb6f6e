import type { Table } from 'dexie';
import { recordChanges, type JsonValue } from '../../domain/audit/record-changes';
import type { Workspace } from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { recordChange } from '../write';
import type { AuditFacts } from './audit-trail';

/**
 * The repositories' common steps inside a writing transaction (one that includes the record's
 * table, `workspaces` and `audit`): each writes a record and its audit entry (recordChange).
 */

/** The table a record is written to (any of the database's tables of records). */
export interface RecordTable<T> {
  get(id: string): Promise<T | undefined>;
  add(record: T): Promise<unknown>;
  put(record: T): Promise<unknown>;
  delete(id: string): Promise<unknown>;
}

/** Which record an audit entry is about, and how it reads in the trail. */
export type RecordFacts = Pick<AuditFacts, 'workspaceId' | 'entityType' | 'entityId' | 'label'>;

/** Which record of a workspace an audit entry is about (`label`: how it reads in the trail). */
export function factsOf(
  entityType: RecordFacts['entityType'],
  record: { id: string; workspaceId: string },
  label: string,
): RecordFacts {
  return { workspaceId: record.workspaceId, entityType, entityId: record.id, label };
}

/** How a change of the workspace record itself reads in the trail (`label`: usually its name). */
export function factsOfWorkspace(workspace: { id: string }, label: string): RecordFacts {
  return { workspaceId: workspace.id, entityType: 'workspace', entityId: workspace.id, label };
}

/** The workspace, read in the caller's transaction; an unknown one is an error. */
export async function mustGetWorkspace(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Workspace> {
  const workspace = await db.workspaces.get(workspaceId);
  if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
  return workspace;
}

/** A record that must exist (read in the caller's transaction): `${what} ${id} not found` otherwise. */
export async function mustGet<T, I>(
  table: Table<T, string, I>,
  id: string,
  what: string,
): Promise<T> {
  const record = await table.get(id);
  if (!record) throw new Error(`${what} ${id} not found`);
  return record;
}

/**
 * Runs `change` on a record that must exist (mustGet: `${what} ${id} not found` otherwise), in
 * one writing transaction over its table, `workspaces`, `audit` and the tables `change` also
 * reads or writes (`alsoTables`, often none).
 */
export async function withRecord<T, I, R>(
  db: ClarteDatabase,
  table: Table<T, string, I>,
  id: string,
  what: string,
  alsoTables: readonly Table[],
  change: (current: T) => Promise<R>,
): Promise<R> {
  const tables = [...new Set<Table>([table, ...alsoTables, db.workspaces, db.audit])];
  return db.transaction('rw', tables, async () => change(await mustGet(table, id, what)));
}

/** Adds a new record with its 'created' audit entry (`after`: what the person gave). */
export async function addRecorded<T>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  table: RecordTable<T>,
  record: T,
  facts: RecordFacts & { after: JsonValue },
): Promise<void> {
  await table.add(record);
  await recordChange(db, ctx, now, { ...facts, action: 'created' });
}

/**
 * Adds a new record to a workspace that must exist, with its 'created' audit entry, in a
 * transaction of its own (over the record's table, `workspaces` and `audit`).
 */
export async function addToWorkspace<T>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  table: RecordTable<T> & Table,
  record: T,
  facts: RecordFacts & { after: JsonValue },
): Promise<void> {
  await db.transaction('rw', table, db.workspaces, db.audit, async () => {
    await mustGetWorkspace(db, facts.workspaceId);
    await addRecorded(db, ctx, now, table, record, facts);
  });
}

/**
 * Puts a record (a new one, or a new version of one) with its audit entry: `facts` say which
 * change it is ('created', 'updated'...) and what it was before and after.
 */
export async function putRecorded<T>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  table: RecordTable<T>,
  record: T,
  facts: AuditFacts,
): Promise<void> {
  await table.put(record);
  await recordChange(db, ctx, now, facts);
}

/**
 * Puts `next` in place of `current` with one 'updated' audit entry of the fields that changed
 * (only those `shown` keeps of the record, when given); writes nothing (false) when none
 * changed. The change's time is `now` when the caller took it already (it stamped `next`),
 * otherwise taken once the change is known.
 */
export async function putChanged<T extends Record<string, unknown>>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  table: RecordTable<T>,
  change: { current: T; next: T; now?: string; shown?: (record: T) => Record<string, unknown> },
  facts: RecordFacts,
): Promise<boolean> {
  const { current, next, shown = (record: T) => record } = change;
  const diff = recordChanges(shown(current), shown(next));
  if (!diff) return false;
  const now = change.now ?? ctx.now();
  await putRecorded(db, ctx, now, table, next, { ...facts, action: 'updated', ...diff });
  return true;
}

/** Deletes the record `facts.entityId` with its 'deleted' audit entry (`before`: what it was). */
export async function deleteRecorded<T>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  now: string,
  table: RecordTable<T>,
  facts: RecordFacts & { before: JsonValue },
): Promise<void> {
  await table.delete(facts.entityId);
  await recordChange(db, ctx, now, { ...facts, action: 'deleted' });
}

/**
 * Deletes the record `id` if it is still there, with its 'deleted' audit entry (`facts` say how
 * the record reads in the trail), and returns what it was; does nothing when it is gone already.
 */
export async function deleteIfFound<T, I>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  table: Table<T, string, I>,
  id: string,
  facts: (record: T) => Omit<RecordFacts, 'entityId'> & { before: JsonValue },
): Promise<T | undefined> {
  const current = await table.get(id);
  if (!current) return undefined;
  await table.delete(id);
  await recordChange(db, ctx, ctx.now(), { ...facts(current), entityId: id, action: 'deleted' });
  return current;
}
