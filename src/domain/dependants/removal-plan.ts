import type { DependantKind, DependantRecords, DependantTarget } from './dependants';

/**
 * What happens to the dependants of what is removed:
 * - move: they go to another record of the same kind (`to`);
 * - remove: they go too (frictions, steps, scorecards deleted; use cases are never deleted: they
 *   lose the anchor or KPI; participants, steps and KPIs lose their department);
 * - keep: a participant's scorecards stay, as a former participant's.
 */
export type RemovalChoice = { kind: 'move'; to: string } | { kind: 'remove' } | { kind: 'keep' };

export const CHOICES_OF = {
  step: ['move', 'remove'],
  workflow: ['move', 'remove'],
  department: ['move', 'remove'],
  participant: ['keep', 'remove'],
  kpi: ['move', 'remove'],
} as const satisfies Record<DependantKind, readonly RemovalChoice['kind'][]>;

export type RecordTable =
  'workspaces' | 'participants' | 'workflows' | 'steps' | 'frictions' | 'useCases' | 'scorecards';

/** One record a removal changes: as it was and as it becomes (null: absent). Undo swaps them. */
export interface RecordChange {
  table: RecordTable;
  id: string;
  before: { id: string } | null;
  after: { id: string } | null;
}

const swap = (id: string, from: string, to: string) => (id === from ? to : id);
const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * The records changed by removing the target with that choice, each once, parents last: the pure
 * plan a repository writes in one transaction (and undoes by writing `before` back). Throws when
 * the target or the record to move to is not there (or is the target itself).
 */
export function planRemoval(
  target: DependantTarget,
  choice: RemovalChoice,
  data: DependantRecords,
  now: string,
): RecordChange[] {
  const changes: RecordChange[] = [];
  const change = <T extends { id: string }>(table: RecordTable, before: T, after: T | null) =>
    changes.push({ table, id: before.id, before, after });
  const { id } = target;
  const to = choice.kind === 'move' ? choice.to : null;
  if (to === id) throw new Error(`Cannot move the dependants of ${id} onto itself`);
  switch (target.kind) {
    case 'step': {
      const step = data.steps.find((r) => r.id === id);
      if (!step) throw new Error(`No step ${id}`);
      if (to && !data.steps.some((r) => r.id === to)) throw new Error(`No step ${to}`);
      unanchor(new Set([id]), to, data, now, change);
      change('steps', step, null);
      const rest = data.steps
        .filter((s) => s.workflowId === step.workflowId && s.id !== id)
        .sort((a, b) => a.position - b.position);
      for (const [i, s] of rest.entries())
        if (s.position !== i) change('steps', s, { ...s, position: i });
      return changes;
    }
    case 'workflow': {
      const workflow = data.workflows.find((r) => r.id === id);
      if (!workflow) throw new Error(`No workflow ${id}`);
      if (to && !data.workflows.some((r) => r.id === to)) throw new Error(`No workflow ${to}`);
      const steps = data.steps
        .filter((s) => s.workflowId === id)
        .sort((a, b) => a.position - b.position);
      if (!to) unanchor(new Set(steps.map((s) => s.id)), null, data, now, change);
      const after = data.steps.filter((s) => s.workflowId === to).length;
      for (const [i, s] of steps.entries())
        change('steps', s, to ? { ...s, workflowId: to, position: after + i } : null);
      change('workflows', workflow, null);
      return changes;
    }
    case 'department':
    case 'kpi': {
      const { workspace } = data;
      const list = target.kind === 'department' ? workspace.departments : workspace.kpis;
      if (!list.some((r) => r.id === id)) throw new Error(`No ${target.kind} ${id}`);
      if (to && !list.some((r) => r.id === to)) throw new Error(`No ${target.kind} ${to}`);
      if (target.kind === 'department') {
        for (const p of data.participants.filter((x) => x.departmentId === id))
          change('participants', p, { ...p, departmentId: to });
        for (const s of data.steps.filter((x) => x.departmentId === id))
          change('steps', s, { ...s, departmentId: to });
        change('workspaces', workspace, {
          ...workspace,
          departments: workspace.departments.filter((d) => d.id !== id),
          kpis: workspace.kpis.map((k) => (k.departmentId === id ? { ...k, departmentId: to } : k)),
        });
        return changes;
      }
      for (const f of data.frictions.filter((x) => x.kpiIds.includes(id))) {
        const kpiIds = unique(
          to ? f.kpiIds.map((k) => swap(k, id, to)) : f.kpiIds.filter((k) => k !== id),
        );
        change('frictions', f, { ...f, kpiIds });
      }
      for (const u of data.useCases.filter(
        (x) => x.successMeasure.kpiId === id || x.kpiEffects.some((e) => e.kpiId === id),
      )) {
        const effects = u.kpiEffects.flatMap((e) =>
          e.kpiId !== id ? [e] : to ? [{ ...e, kpiId: to }] : [],
        );
        const kpiEffects = effects.filter(
          (e, i) => effects.findIndex((x) => x.kpiId === e.kpiId) === i,
        );
        const measured = u.successMeasure.kpiId === id ? to : u.successMeasure.kpiId;
        const successMeasure = { ...u.successMeasure, kpiId: measured };
        change('useCases', u, { ...u, kpiEffects, successMeasure, updatedAt: now });
      }
      change('workspaces', workspace, {
        ...workspace,
        kpis: workspace.kpis.filter((k) => k.id !== id),
      });
      return changes;
    }
    case 'participant': {
      const person = data.participants.find((p) => p.id === id);
      if (!person) throw new Error(`No participant ${id}`);
      if (choice.kind === 'remove')
        for (const c of data.scorecards.filter((x) => x.participantId === id))
          change('scorecards', c, null);
      change('participants', person, null);
      return changes;
    }
  }
}

type Change = <T extends { id: string }>(table: RecordTable, before: T, after: T | null) => void;

/**
 * The frictions of the steps `gone` move to step `to` or are deleted; the use cases anchored on
 * them are anchored on `to` instead, or lose those anchors (use cases are never deleted).
 */
function unanchor(
  gone: ReadonlySet<string>,
  to: string | null,
  data: DependantRecords,
  now: string,
  change: Change,
): void {
  for (const f of data.frictions.filter((x) => gone.has(x.stepId)))
    change('frictions', f, to ? { ...f, stepId: to } : null);
  for (const u of data.useCases.filter((x) => x.stepIds.some((s) => gone.has(s)))) {
    const stepIds = unique(u.stepIds.flatMap((s) => (gone.has(s) ? (to ? [to] : []) : [s])));
    change('useCases', u, { ...u, stepIds, updatedAt: now });
  }
}

/** The changes that undo `changes`: each record back as it was, in reverse order. */
export function undoOf(changes: readonly RecordChange[]): RecordChange[] {
  return [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }));
}
