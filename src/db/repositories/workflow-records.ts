import type { UseCase } from '../../domain/schema/use-case';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { refuseIfChanged } from '../../domain/conflicts/stale-write';
import { putChanged, type RecordTable } from './recorded-writes';

/** Every table a change to workflows, steps or frictions may write, in one transaction. */
export function discoveryTables(db: ClarteDatabase) {
  return [db.workspaces, db.workflows, db.steps, db.frictions, db.useCases, db.audit];
}

interface Editable {
  id: string;
  workspaceId: string;
}

/**
 * Merges edited fields into a record (read, parsed by its schema, written) with one audit entry
 * of what changed; nothing is written when nothing changed.
 */
export async function updateRecord<T extends Editable & Record<string, unknown>>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  what: {
    entityType: 'workflow' | 'step';
    table: RecordTable<T>;
    parse: (record: unknown) => T;
    label: (record: T) => string;
  },
  id: string,
  fields: object,
  /** The record as the dialog opened it: changed since by another tab, the save is refused. */
  seen?: Partial<T>,
): Promise<void> {
  await db.transaction('rw', discoveryTables(db), async () => {
    const current = await what.table.get(id);
    refuseIfChanged(current, seen);
    if (!current) throw new Error(`No ${what.entityType} ${id}`);
    const next = what.parse({ ...current, ...fields });
    await putChanged(
      db,
      ctx,
      what.table,
      { current, next },
      {
        workspaceId: current.workspaceId,
        entityType: what.entityType,
        entityId: id,
        label: what.label(next),
      },
    );
  });
}

/** Use cases anchored on any of these steps (asked before deleting them). */
export async function listUseCasesAnchoredOn(
  db: ClarteDatabase,
  stepIds: readonly string[],
): Promise<UseCase[]> {
  if (stepIds.length === 0) return [];
  return db.useCases
    .where('stepIds')
    .anyOf([...stepIds])
    .distinct()
    .toArray();
}
