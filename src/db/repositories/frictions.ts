import type * as z from 'zod';
import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { refuseIfChanged } from '../../domain/conflicts/stale-write';
import { frictionSchema } from '../../domain/schema/workflow';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { discoveryTables } from './workflow-records';
import { deleteIfFound, factsOf, putRecorded } from './recorded-writes';

/** What a person edits of a friction: all but the ids, which the repository sets. */
export const frictionFormSchema = frictionSchema.omit({
  id: true,
  workspaceId: true,
  stepId: true,
});
export type FrictionForm = z.input<typeof frictionFormSchema>;

/** Creates (id null) or edits a friction of a step, with its audit entry. */
export async function saveFriction(
  db: ClarteDatabase,
  ctx: ChangeContext,
  stepId: string,
  id: string | null,
  form: FrictionForm,
  /** The friction's fields as the dialog opened them: changed since by another tab, refused. */
  seen?: FrictionForm,
): Promise<string> {
  const fields = frictionFormSchema.parse(form);
  return db.transaction('rw', discoveryTables(db), async () => {
    const step = await db.steps.get(stepId);
    if (!step) throw new Error(`No step ${stepId}`);
    const current = id ? await db.frictions.get(id) : undefined;
    if (id) refuseIfChanged(current, seen);
    const next = frictionSchema.parse({
      ...current,
      ...fields,
      id: current?.id ?? ctx.newId(),
      workspaceId: step.workspaceId,
      stepId,
    });
    const diff = current ? recordChanges(current, next) : { before: null, after: toJson(fields) };
    if (!diff) return next.id;
    await putRecorded(db, ctx, ctx.now(), db.frictions, next, {
      ...factsOf('friction', next, next.description),
      action: current ? 'updated' : 'created',
      ...diff,
    });
    return next.id;
  });
}

export async function deleteFriction(db: ClarteDatabase, ctx: ChangeContext, id: string) {
  await db.transaction('rw', discoveryTables(db), async () => {
    await deleteIfFound(db, ctx, db.frictions, id, (current) => ({
      workspaceId: current.workspaceId,
      entityType: 'friction',
      label: current.description,
      before: toJson(current),
    }));
  });
}
