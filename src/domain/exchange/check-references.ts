import { criteriaOfAxis, type Axis, type Weights } from '../schema/criterion';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import type { Backup } from './backup-format';
import { formatPath, type ImportProblem } from './import-problem';

type Path = PropertyKey[];
const AXES: readonly Axis[] = ['value', 'feasibility'];

/** An axis whose weights are all zero (SCORING.md section 3: one positive weight per axis). */
function axisWithoutWeight(weights: Weights, path: Path): ImportProblem | null {
  for (const axis of AXES) {
    if (criteriaOfAxis(axis).every((c) => weights[c] === 0))
      return {
        key: 'exchange.problem.axisWithoutWeight',
        path: formatPath(path),
        params: { axis },
      };
  }
  return null;
}

/**
 * Where each record id of the file is: its workspace's index and its list. Departments and KPIs
 * live inside their workspace record, their ids unique within it only: checked there.
 */
function idsByWorkspace(backup: Backup): Map<string, { w: number; list: string }> {
  const where = new Map<string, { w: number; list: string }>();
  for (const [w, b] of backup.workspaces.entries()) {
    const lists = {
      participants: b.participants,
      workflows: b.workflows,
      steps: b.steps,
      useCases: b.useCases,
      waves: b.waves,
    };
    for (const [list, records] of Object.entries(lists))
      for (const r of records) where.set(r.id, { w, list });
  }
  return where;
}

interface Reference {
  id: string | null;
  path: Path;
  /** The list it must be in: also the message's word for it. */
  list: 'departments' | 'kpis' | 'workflows' | 'steps' | 'useCases' | 'participants' | 'waves';
  /** History (decisions): a record deleted since may be named, never one of another workspace. */
  history?: boolean;
}

/** Every reference of one workspace's records to another record, with its place in the file. */
function referencesOf(b: WorkspaceBundle, at: Path): Reference[] {
  const refs: Reference[] = [];
  /** A reference to a record of `list`, at `place` in the workspace's part of the file. */
  const to = (list: Reference['list'], id: string | null, ...place: Path) =>
    refs.push({ id, path: [...at, ...place], list });
  /** History (decisions, portfolios): a record deleted since may be named. */
  const toPast = (list: Reference['list'], id: string | null, ...place: Path) =>
    refs.push({ id, path: [...at, ...place], list, history: true });
  for (const [i, k] of b.workspace.kpis.entries())
    to('departments', k.departmentId, 'workspace', 'kpis', i, 'departmentId');
  for (const [i, p] of b.participants.entries())
    to('departments', p.departmentId, 'participants', i, 'departmentId');
  for (const [i, s] of b.steps.entries()) {
    to('workflows', s.workflowId, 'steps', i, 'workflowId');
    to('departments', s.departmentId, 'steps', i, 'departmentId');
  }
  for (const [i, f] of b.frictions.entries()) {
    to('steps', f.stepId, 'frictions', i, 'stepId');
    for (const [j, k] of f.kpiIds.entries()) to('kpis', k, 'frictions', i, 'kpiIds', j);
  }
  for (const [i, u] of b.useCases.entries()) {
    for (const [j, s] of u.stepIds.entries()) to('steps', s, 'useCases', i, 'stepIds', j);
    to('kpis', u.successMeasure.kpiId, 'useCases', i, 'successMeasure', 'kpiId');
    for (const [j, e] of u.kpiEffects.entries())
      to('kpis', e.kpiId, 'useCases', i, 'kpiEffects', j, 'kpiId');
  }
  for (const [i, c] of b.scorecards.entries()) {
    to('useCases', c.useCaseId, 'scorecards', i, 'useCaseId');
    to('participants', c.participantId, 'scorecards', i, 'participantId');
  }
  for (const [i, v] of b.waves.entries())
    for (const [j, u] of v.useCaseIds.entries()) to('useCases', u, 'waves', i, 'useCaseIds', j);
  for (const [i, p] of b.portfolios.entries()) {
    const named = [
      ...p.peopleNeeded.map((n, j) => [n.useCaseId, ['peopleNeeded', j, 'useCaseId']] as const),
      ...p.dependencies.flatMap((d, j) => [
        [d.useCaseId, ['dependencies', j, 'useCaseId']] as const,
        [d.needsId, ['dependencies', j, 'needsId']] as const,
      ]),
      ...p.mustIn.map((u, j) => [u, ['mustIn', j]] as const),
      ...p.mustOut.map((u, j) => [u, ['mustOut', j]] as const),
      ...p.chosen.map((c, j) => [c.useCaseId, ['chosen', j, 'useCaseId']] as const),
    ];
    for (const [id, place] of named) toPast('useCases', id, 'portfolios', i, ...place);
  }
  for (const [i, d] of b.decisions.entries()) {
    if ('useCaseId' in d) toPast('useCases', d.useCaseId, 'decisions', i, 'useCaseId');
    if ('waveId' in d) toPast('waves', d.waveId, 'decisions', i, 'waveId');
  }
  return refs;
}

/** Two scorecards of one person for one use case (the second one's place). */
function secondScorecard(b: WorkspaceBundle, at: Path): ImportProblem | null {
  const seen = new Set<string>();
  for (const [i, c] of b.scorecards.entries()) {
    const key = `${c.participantId}\u0000${c.useCaseId}`;
    if (seen.has(key)) {
      return {
        key: 'exchange.problem.twoScorecards',
        path: formatPath([...at, 'scorecards', i]),
        params: { participantId: c.participantId, useCaseId: c.useCaseId },
      };
    }
    seen.add(key);
  }
  return null;
}

/**
 * What the schemas cannot see record by record: an axis with all weights at zero (the workspace's
 * or a weight set's), two scorecards of one person for one use case, a reference to a record the
 * file does not have, or to a record of another workspace. The first problem, with its place.
 */
export function findBrokenReferences(backup: Backup): ImportProblem | null {
  const where = idsByWorkspace(backup);
  for (const [w, b] of backup.workspaces.entries()) {
    const at: Path = ['workspaces', w];
    const weights =
      axisWithoutWeight(b.workspace.weights, [...at, 'workspace', 'weights']) ??
      b.weightSets
        .map((s, i) => axisWithoutWeight(s.weights, [...at, 'weightSets', i, 'weights']))
        .find((p) => p !== null);
    if (weights) return weights;
    const twice = secondScorecard(b, at);
    if (twice) return twice;
    const nested = {
      departments: new Set(b.workspace.departments.map((d) => d.id)),
      kpis: new Set(b.workspace.kpis.map((k) => k.id)),
    };
    for (const ref of referencesOf(b, at)) {
      if (ref.id === null) continue;
      if (ref.list === 'departments' || ref.list === 'kpis') {
        if (nested[ref.list].has(ref.id)) continue;
        const params = { id: ref.id, list: ref.list };
        return { key: 'exchange.problem.missingReference', path: formatPath(ref.path), params };
      }
      const owner = where.get(ref.id);
      if (owner && owner.list === ref.list && owner.w !== w) {
        return {
          key: 'exchange.problem.foreignReference',
          path: formatPath(ref.path),
          params: { id: ref.id },
        };
      }
      if ((!owner || owner.list !== ref.list) && !ref.history) {
        return {
          key: 'exchange.problem.missingReference',
          path: formatPath(ref.path),
          params: { id: ref.id, list: ref.list },
        };
      }
    }
  }
  return null;
}
