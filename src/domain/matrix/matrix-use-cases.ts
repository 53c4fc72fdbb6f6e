import type { Scope, UseCase, UseCaseStatus } from '../schema/use-case';
import type { JourneyPhase, Step } from '../schema/workflow';

/** null = no filter on that dimension. */
export interface MatrixFilters {
  workflowId: string | null;
  phase: JourneyPhase | null;
  tag: string | null;
  status: UseCaseStatus | null;
}

export const NO_MATRIX_FILTERS: MatrixFilters = {
  workflowId: null,
  phase: null,
  tag: null,
  status: null,
};

/**
 * What the matrix needs of each use case apart from its decision: scope and status. None of it depends on the weights, so a change of weights (a new ranking of the same
 * use cases) reuses it: it is prepared once per list of use cases and kept while the list and the
 * fields it was prepared from are unchanged (checked on every use, field by field, so a list or a
 * use case changed in place is prepared again). The same holds for the filters' verdicts, kept for
 * the last filters and steps asked.
 */
export interface MatrixUseCases {
  /** Index of each use case in the list, by id (the last one for a repeated id). */
  indexById: ReadonlyMap<string, number>;
  scopes: readonly Scope[];
  statuses: readonly UseCaseStatus[];
}

/** Lists of strings, one run per use case, end to end: use case i's are items[ends[i-1]..ends[i]). */
interface Runs {
  items: string[];
  ends: Int32Array;
}

interface StepRead {
  id: string;
  workflowId: string;
  phase: JourneyPhase | null;
}

/** The filters' verdict for each use case (1 = shown), for one set of steps and filters. */
interface Verdicts {
  stepReads: StepRead[];
  key: string;
  shown: Uint8Array;
}

/** What the preparation read of each use case (by index), to tell whether it still holds. */
interface Prepared {
  ids: string[];
  tags: Runs;
  stepIds: Runs;
  useCases: MatrixUseCases;
  verdicts: Verdicts | null;
}

const prepared = new WeakMap<readonly UseCase[], Prepared>();

function sameRun(runs: Runs, i: number, list: readonly string[]): boolean {
  const start = i === 0 ? 0 : (runs.ends[i - 1] as number);
  if ((runs.ends[i] as number) - start !== list.length) return false;
  for (let k = 0; k < list.length; k++) if (runs.items[start + k] !== list[k]) return false;
  return true;
}

function stillValid(known: Prepared, list: readonly UseCase[]): boolean {
  if (known.ids.length !== list.length) return false;
  const { scopes, statuses } = known.useCases;
  for (let i = 0; i < list.length; i++) {
    const u = list[i] as UseCase;
    if (
      u.id !== known.ids[i] ||
      u.scope !== scopes[i] ||
      u.status !== statuses[i] ||
      !sameRun(known.tags, i, u.tags) ||
      !sameRun(known.stepIds, i, u.stepIds)
    ) {
      return false;
    }
  }
  return true;
}

function preparedOf(list: readonly UseCase[]): Prepared {
  const known = prepared.get(list);
  if (known && stillValid(known, list)) return known;
  const n = list.length;
  const ids: string[] = [];
  const tags: Runs = { items: [], ends: new Int32Array(n) };
  const stepIds: Runs = { items: [], ends: new Int32Array(n) };
  const indexById = new Map<string, number>();
  const scopes: Scope[] = [];
  const statuses: UseCaseStatus[] = [];
  for (let i = 0; i < n; i++) {
    const u = list[i] as UseCase;
    ids.push(u.id);
    for (const tag of u.tags) tags.items.push(tag);
    tags.ends[i] = tags.items.length;
    for (const id of u.stepIds) stepIds.items.push(id);
    stepIds.ends[i] = stepIds.items.length;
    indexById.set(u.id, i);
    scopes.push(u.scope);
    statuses.push(u.status);
  }
  const useCases: MatrixUseCases = { indexById, scopes, statuses };
  const entry: Prepared = { ids, tags, stepIds, useCases, verdicts: null };
  prepared.set(list, entry);
  return entry;
}

function sameSteps(reads: readonly StepRead[], steps: readonly Step[]): boolean {
  if (reads.length !== steps.length) return false;
  for (let i = 0; i < steps.length; i++) {
    const r = reads[i] as StepRead;
    const s = steps[i] as Step;
    if (r.id !== s.id || r.workflowId !== s.workflowId || r.phase !== s.phase) return false;
  }
  return true;
}

function verdictsOf(entry: Prepared, steps: readonly Step[], f: MatrixFilters): Uint8Array {
  const stepsById = new Map(steps.map((s) => [s.id, s]));
  const { tags, stepIds } = entry;
  const statuses = entry.useCases.statuses;
  const shown = new Uint8Array(entry.ids.length);
  for (let i = 0; i < shown.length; i++) {
    if (f.status !== null && statuses[i] !== f.status) continue;
    if (f.tag !== null) {
      let tagged = false;
      for (let k = i === 0 ? 0 : (tags.ends[i - 1] as number); k < (tags.ends[i] as number); k++) {
        if (tags.items[k] === f.tag) tagged = true;
      }
      if (!tagged) continue;
    }
    let workflow = f.workflowId === null;
    let phase = f.phase === null;
    const end = stepIds.ends[i] as number;
    for (let k = i === 0 ? 0 : (stepIds.ends[i - 1] as number); k < end; k++) {
      const step = stepsById.get(stepIds.items[k] as string);
      if (!step) continue;
      if (step.workflowId === f.workflowId) workflow = true;
      if (step.phase === f.phase) phase = true;
    }
    if (workflow && phase) shown[i] = 1;
  }
  return shown;
}

export interface MatrixView {
  useCases: MatrixUseCases;
  /**
   * Which use cases pass the filters (1 = shown, by index in the list), or null when no filter is
   * set (every one shown): status, tag, and workflow and phase through the use case's anchored
   * steps (some anchored step in the workflow, some in the phase).
   */
  shown: Uint8Array | null;
}

/** The weight-independent part of the matrix for a list of use cases, steps and filters. */
export function matrixViewOf(
  list: readonly UseCase[],
  steps: readonly Step[],
  f: MatrixFilters,
): MatrixView {
  const entry = preparedOf(list);
  if (f.workflowId === null && f.phase === null && f.tag === null && f.status === null) {
    return { useCases: entry.useCases, shown: null };
  }
  const key = JSON.stringify([f.workflowId, f.phase, f.tag, f.status]);
  const known = entry.verdicts;
  if (known && known.key === key && sameSteps(known.stepReads, steps)) {
    return { useCases: entry.useCases, shown: known.shown };
  }
  const shown = verdictsOf(entry, steps, f);
  entry.verdicts = {
    stepReads: steps.map(({ id, workflowId, phase }) => ({ id, workflowId, phase })),
    key,
    shown,
  };
  return { useCases: entry.useCases, shown };
}
