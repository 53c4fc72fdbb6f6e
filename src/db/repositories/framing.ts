import * as z from 'zod';
import { idSchema, nameSchema, textSchema } from '../../domain/schema/common';
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

/** What a department is used by: KPIs it owns, and steps done by it. */
export async function departmentUsage(
  db: ClarteDatabase,
  workspaceId: string,
  departmentId: string,
): Promise<{ kpis: number; steps: number }> {
  const workspace = await db.workspaces.get(workspaceId);
  const steps = await db.steps
    .where('workspaceId')
    .equals(workspaceId)
    .filter((s) => s.departmentId === departmentId)
    .count();
  return {
    kpis: workspace?.kpis.filter((k) => k.departmentId === departmentId).length ?? 0,
    steps,
  };
}

/**
 * Removes a department that nothing uses. A department still owning a KPI or doing a step is
 * refused ('inUse'), so that no KPI or step silently loses its department.
 */
export async function removeDepartment(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  departmentId: string,
): Promise<'removed' | 'inUse'> {
  return db.transaction('rw', db.workspaces, db.steps, db.audit, async () => {
    const usage = await departmentUsage(db, workspaceId, departmentId);
    if (usage.kpis > 0 || usage.steps > 0) return 'inUse';
    await changeWorkspace(db, ctx, workspaceId, (w) => ({
      ...w,
      departments: w.departments.filter((d) => d.id !== departmentId),
    }));
    return 'removed';
  });
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

/** How many frictions and use cases name a KPI (they keep working without it). */
export async function kpiUsage(
  db: ClarteDatabase,
  workspaceId: string,
  kpiId: string,
): Promise<{ frictions: number; useCases: number }> {
  const [frictions, useCases] = await Promise.all([
    db.frictions
      .where('workspaceId')
      .equals(workspaceId)
      .filter((f) => f.kpiIds.includes(kpiId))
      .count(),
    db.useCases
      .where('workspaceId')
      .equals(workspaceId)
      .filter(
        (u) =>
          u.successMeasure.kpiId === kpiId || u.kpiEffects.some((effect) => effect.kpiId === kpiId),
      )
      .count(),
  ]);
  return { frictions, useCases };
}

/** Removes a KPI that no friction or use case names; otherwise refuses ('inUse'). */
export async function removeKpi(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  kpiId: string,
): Promise<'removed' | 'inUse'> {
  const id = idSchema.parse(kpiId);
  return db.transaction('rw', [db.workspaces, db.frictions, db.useCases, db.audit], async () => {
    const usage = await kpiUsage(db, workspaceId, id);
    if (usage.frictions > 0 || usage.useCases > 0) return 'inUse';
    await changeWorkspace(db, ctx, workspaceId, (w) => ({
      ...w,
      kpis: w.kpis.filter((k) => k.id !== id),
    }));
    return 'removed';
  });
}
