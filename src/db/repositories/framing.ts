import * as z from 'zod';
import { nameSchema, textSchema } from '../../domain/schema/common';
import {
  kpiSchema,
  type Department,
  type Initiative,
  type Kpi,
  type Workspace,
} from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { changeWorkspace } from './workspaces';
import { refuseIfChanged } from '../../domain/conflicts/stale-write';

/** What the framing forms send; a record without id is new. */
const departmentFormSchema = z.strictObject({ name: nameSchema });
export const initiativeFormSchema = z.strictObject({
  name: nameSchema,
  description: textSchema,
});
export const kpiFormSchema = kpiSchema.omit({ id: true });
export type InitiativeForm = z.infer<typeof initiativeFormSchema>;
export type KpiForm = z.input<typeof kpiFormSchema>;

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item];
}

export async function removeInitiative(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  initiativeId: string,
): Promise<void> {
  await changeWorkspace(db, ctx, workspaceId, (w) => ({
    ...w,
    initiatives: w.initiatives.filter((i) => i.id !== initiativeId),
  }));
}

/** The framing lists of a workspace that a dialog adds to and edits in place. */
export type FramingList = 'departments' | 'initiatives' | 'kpis';

/** What the dialog of each framing list sends. */
const FRAMING_FORMS = {
  departments: departmentFormSchema,
  initiatives: initiativeFormSchema,
  kpis: kpiFormSchema,
} as const;
export type FramingForm<L extends FramingList> = z.input<(typeof FRAMING_FORMS)[L]>;
/** The items of each framing list. */
interface FramingItems {
  departments: Department;
  initiatives: Initiative;
  kpis: Kpi;
}
export type FramingItem<L extends FramingList> = FramingItems[L];

/** An item that names a department must name one of the workspace's (a KPI's department). */
function refuseUnknownDepartment(w: Workspace, item: object): void {
  if (!('departmentId' in item) || item.departmentId === null) return;
  if (w.departments.some((d) => d.id === item.departmentId)) return;
  throw new z.ZodError([
    { code: 'custom', path: ['departmentId'], message: 'errors.invalid', input: item },
  ]);
}

/**
 * Adds an item to a framing list of the workspace (id null) or changes one in place (a
 * department renamed, a KPI's fields); returns its id. `seen` is the item as the dialog opened
 * it: changed since by another tab, the save is refused.
 */
export async function saveFramingItem<L extends FramingList>(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  list: L,
  id: string | null,
  form: FramingForm<L>,
  seen?: FramingItem<L>,
): Promise<string> {
  const item = { id: id ?? ctx.newId(), ...FRAMING_FORMS[list].parse(form) };
  await changeWorkspace(db, ctx, workspaceId, (w) => {
    const items: readonly { id: string }[] = w[list];
    if (id)
      refuseIfChanged(
        items.find((x) => x.id === id),
        seen,
      );
    refuseUnknownDepartment(w, item);
    return { ...w, [list]: upsert(items, item) };
  });
  return item.id;
}
