import type { Table } from 'dexie';
import { refuseIfChanged } from '../../domain/conflicts/stale-write';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { factsOf, putChanged, type RecordFacts, type RecordTable } from './recorded-writes';

/** A record a person edits through a dialog: it belongs to a workspace and reads by its name. */
interface NamedRecord extends Record<string, unknown> {
  id: string;
  workspaceId: string;
  name: string;
}

/** How one kind of record is edited through a dialog: its table, what the dialog sends, its schema. */
export interface RecordEdits<T extends NamedRecord, Input, Fields> {
  entityType: RecordFacts['entityType'];
  table: RecordTable<T> & Table;
  /** The fields the dialog sends, parsed before anything is read. */
  form: { parse: (input: Input) => Fields };
  /** The record's own schema, which the edited record must pass. */
  schema: { parse: (record: unknown) => T };
  /** Refuses (throws) fields that do not fit the record's workspace; runs in the transaction. */
  check?: (current: T, fields: Fields) => Promise<void>;
}

/**
 * Merges the fields a dialog sends into a record (read, parsed by its schema, written) with one
 * audit entry of what changed, labelled with the record's name, in one transaction over its
 * table, `workspaces` and `audit`; nothing is written when nothing changed. `seen` is the record
 * as the dialog opened it: changed since by another tab, the save is refused (StaleWriteError).
 */
export async function updateSeen<T extends NamedRecord, Input, Fields extends object>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  edits: RecordEdits<T, Input, Fields>,
  id: string,
  input: Input,
  seen?: Partial<T>,
): Promise<void> {
  const fields = edits.form.parse(input);
  await db.transaction('rw', edits.table, db.workspaces, db.audit, async () => {
    const current = await edits.table.get(id);
    refuseIfChanged(current, seen);
    if (!current) throw new Error(`${edits.entityType} ${id} not found`);
    await edits.check?.(current, fields);
    const next = edits.schema.parse({ ...current, ...fields });
    const facts = factsOf(edits.entityType, next, next.name);
    await putChanged(db, ctx, edits.table, { current, next }, facts);
  });
}
