import type { Participant } from '../schema/participant';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Friction, Step, Workflow } from '../schema/workflow';
import type { Workspace } from '../schema/workspace';

/** What a person removes that others may depend on. */
export type DependantKind = 'step' | 'workflow' | 'department' | 'participant' | 'kpi';
export interface DependantTarget {
  kind: DependantKind;
  id: string;
}

/** The records of one workspace that removals read and change. */
export interface DependantRecords {
  workspace: Workspace;
  participants: readonly Participant[];
  workflows: readonly Workflow[];
  steps: readonly Step[];
  frictions: readonly Friction[];
  useCases: readonly UseCase[];
  scorecards: readonly Scorecard[];
}

/** The kinds of records that depend on something, as the dialog names them. */
export type DependantList =
  'steps' | 'frictions' | 'useCases' | 'participants' | 'kpis' | 'scorecards';

/** One kind of dependants: how many, and the names of the first few. */
export interface DependantGroup {
  list: DependantList;
  count: number;
  names: string[];
}

/** How many names a dialog shows before "and N more". */
const NAMES_SHOWN = 5;

/** The records of each list that depend on the target (none when it has no dependant). */
function dependantRecords(target: DependantTarget, data: DependantRecords) {
  const { id } = target;
  switch (target.kind) {
    case 'step':
      return {
        frictions: data.frictions.filter((f) => f.stepId === id),
        useCases: data.useCases.filter((u) => u.stepIds.includes(id)),
      };
    case 'workflow': {
      const steps = data.steps.filter((s) => s.workflowId === id);
      const stepIds = new Set(steps.map((s) => s.id));
      return {
        steps,
        frictions: data.frictions.filter((f) => stepIds.has(f.stepId)),
        useCases: data.useCases.filter((u) => u.stepIds.some((s) => stepIds.has(s))),
      };
    }
    case 'department':
      return {
        participants: data.participants.filter((p) => p.departmentId === id),
        steps: data.steps.filter((s) => s.departmentId === id),
        kpis: data.workspace.kpis.filter((k) => k.departmentId === id),
      };
    case 'participant':
      return { scorecards: data.scorecards.filter((c) => c.participantId === id) };
    case 'kpi':
      return {
        frictions: data.frictions.filter((f) => f.kpiIds.includes(id)),
        useCases: data.useCases.filter(
          (u) => u.successMeasure.kpiId === id || u.kpiEffects.some((e) => e.kpiId === id),
        ),
      };
  }
}

function nameOf(record: object, data: DependantRecords): string {
  if ('title' in record && typeof record.title === 'string') return record.title;
  if ('description' in record && 'severity' in record && typeof record.description === 'string')
    return record.description;
  if ('useCaseId' in record)
    return data.useCases.find((u) => u.id === record.useCaseId)?.title ?? '';
  return 'name' in record && typeof record.name === 'string' ? record.name : '';
}

/**
 * What depends on the target, list by list ("3 frictions and 2 use cases"), with the names of
 * the first NAMES_SHOWN of each in alphabetical order (a scorecard is named by its use case). Lists with none are left
 * out: an empty answer means nothing depends on it.
 */
export function dependantsOf(target: DependantTarget, data: DependantRecords): DependantGroup[] {
  const records: Partial<Record<DependantList, readonly object[]>> = dependantRecords(target, data);
  return Object.entries(records).flatMap(([list, found]) =>
    found.length === 0
      ? []
      : [
          {
            list: list as DependantList,
            count: found.length,
            names: found
              .map((r) => nameOf(r, data))
              .sort((a, b) => a.localeCompare(b))
              .slice(0, NAMES_SHOWN),
          },
        ],
  );
}

/** What the dependants may move to: the other records of the target's kind (none for a person). */
export function moveTargetsOf(
  target: DependantTarget,
  data: DependantRecords,
): { id: string; name: string }[] {
  const others = (list: readonly { id: string; name: string }[]) =>
    list.filter((r) => r.id !== target.id).map(({ id, name }) => ({ id, name }));
  switch (target.kind) {
    case 'step': {
      // The removed step's neighbours in its own workflow come first (the nearest is offered),
      // then the steps of the other workflows.
      const removed = data.steps.find((x) => x.id === target.id);
      const distance = (x: Step) =>
        removed && x.workflowId === removed.workflowId
          ? Math.abs(x.position - removed.position)
          : Number.POSITIVE_INFINITY;
      return others([...data.steps].sort((a, b) => distance(a) - distance(b)));
    }
    case 'workflow': {
      const kind = data.workflows.find((w) => w.id === target.id)?.kind;
      return others(data.workflows.filter((w) => w.kind === kind));
    }
    case 'department':
      return others(data.workspace.departments);
    case 'kpi':
      return others(data.workspace.kpis);
    case 'participant':
      return [];
  }
}
