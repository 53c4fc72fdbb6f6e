import * as z from 'zod';
import { nameSchema, textSchema } from '../../domain/schema/common';
import {
  kpiSchema,
  type Department,
  type Initiative,
  type Kpi,
} from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { changeWorkspace } from './workspaces';
import { refuseIfChanged } from '../../domain/conflicts/stale-write';

/** What the framing forms send; a record without id is new. */
export const departmentFormSchema = z.strictObject({ name: nameSchema });
export const initiativeFormSchema = z.strictObject({
  name: nameSchema,
  description: textSchema,
});
export const kpiFormSchema = kpiSchema.omit({ id: true });
export type DepartmentForm = z.infer<typeof departmentFormSchema>;
export type InitiativeForm = z.infer<typeof initiativeFormSchema>;
export type KpiForm = z.input<typeof kpiFormSchema>;

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  return list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item];
}

/** "What do we want to make visible, simpler or stronger?" */
export async function saveIntention(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  intention: string,
): Promise<void> {
  const parsed = textSchema.parse(intention);
  await changeWorkspace(db, ctx, workspaceId, (w) => ({ ...w, intention: parsed }));
}

/** Adds a department (id null) or renames one; returns its id. */
export async function saveDepartment(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  id: string | null,
  form: DepartmentForm,
  /** The department as the dialog opened it: changed since by another tab, refused. */
  seen?: Department,
): Promise<string> {
  const department: Department = { id: id ?? ctx.newId(), ...departmentFormSchema.parse(form) };
  await changeWorkspace(db, ctx, workspaceId, (w) => {
    if (id)
      refuseIfChanged(
        w.departments.find((d) => d.id === id),
        seen,
      );
    return { ...w, departments: upsert(w.departments, department) };
  });
  return department.id;
}

export async function saveInitiative(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  id: string | null,
  form: InitiativeForm,
  /** The initiative as the dialog opened it: changed since by another tab, refused. */
  seen?: Initiative,
): Promise<string> {
  const initiative: Initiative = { id: id ?? ctx.newId(), ...initiativeFormSchema.parse(form) };
  await changeWorkspace(db, ctx, workspaceId, (w) => {
    if (id)
      refuseIfChanged(
        w.initiatives.find((i) => i.id === id),
        seen,
      );
    return { ...w, initiatives: upsert(w.initiatives, initiative) };
  });
  return initiative.id;
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

/** Adds a KPI (id null) or changes one; its department must be one of the workspace's. */
export async function saveKpi(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  id: string | null,
  form: KpiForm,
  /** The KPI as the dialog opened it: changed since by another tab, refused. */
  seen?: Kpi,
): Promise<string> {
  const kpi: Kpi = kpiSchema.parse({ ...kpiFormSchema.parse(form), id: id ?? ctx.newId() });
  await changeWorkspace(db, ctx, workspaceId, (w) => {
    if (id)
      refuseIfChanged(
        w.kpis.find((k) => k.id === id),
        seen,
      );
    if (kpi.departmentId !== null && !w.departments.some((d) => d.id === kpi.departmentId)) {
      throw new z.ZodError([
        { code: 'custom', path: ['departmentId'], message: 'errors.invalid', input: kpi },
      ]);
    }
    return { ...w, kpis: upsert(w.kpis, kpi) };
  });
  return kpi.id;
}
