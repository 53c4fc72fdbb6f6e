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
  const ws = [...at, 'workspace'];
  for (const [i, k] of b.workspace.kpis.entries())
    refs.push({
      id: k.departmentId,
      path: [...ws, 'kpis', i, 'departmentId'],
      list: 'departments',
    });
  for (const [i, p] of b.participants.entries())
    refs.push({
      id: p.departmentId,
      path: [...at, 'participants', i, 'departmentId'],
      list: 'departments',
    });
  for (const [i, s] of b.steps.entries()) {
    refs.push({ id: s.workflowId, path: [...at, 'steps', i, 'workflowId'], list: 'workflows' });
    refs.push({
      id: s.departmentId,
      path: [...at, 'steps', i, 'departmentId'],
      list: 'departments',
    });
  }
  for (const [i, f] of b.frictions.entries()) {
    refs.push({ id: f.stepId, path: [...at, 'frictions', i, 'stepId'], list: 'steps' });
    for (const [j, k] of f.kpiIds.entries())
      refs.push({ id: k, path: [...at, 'frictions', i, 'kpiIds', j], list: 'kpis' });
  }
  for (const [i, u] of b.useCases.entries()) {
    const p = [...at, 'useCases', i];
    for (const [j, s] of u.stepIds.entries())
      refs.push({ id: s, path: [...p, 'stepIds', j], list: 'steps' });
    refs.push({
      id: u.successMeasure.kpiId,
      path: [...p, 'successMeasure', 'kpiId'],
      list: 'kpis',
    });
    for (const [j, e] of u.kpiEffects.entries())
      refs.push({ id: e.kpiId, path: [...p, 'kpiEffects', j, 'kpiId'], list: 'kpis' });
  }
  for (const [i, c] of b.scorecards.entries()) {
    refs.push({ id: c.useCaseId, path: [...at, 'scorecards', i, 'useCaseId'], list: 'useCases' });
    refs.push({
      id: c.participantId,
      path: [...at, 'scorecards', i, 'participantId'],
      list: 'participants',
    });
  }
  for (const [i, v] of b.waves.entries())
    for (const [j, u] of v.useCaseIds.entries())
      refs.push({ id: u, path: [...at, 'waves', i, 'useCaseIds', j], list: 'useCases' });
  for (const [i, p] of b.portfolios.entries()) {
    // Like history: a use case deleted since may be named, never one of another workspace.
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
    for (const [id, place] of named)
      refs.push({ id, path: [...at, 'portfolios', i, ...place], list: 'useCases', history: true });
  }
  for (const [i, d] of b.decisions.entries()) {
    const p = [...at, 'decisions', i];
    if ('useCaseId' in d)
      refs.push({ id: d.useCaseId, path: [...p, 'useCaseId'], list: 'useCases', history: true });
    if ('waveId' in d)
      refs.push({ id: d.waveId, path: [...p, 'waveId'], list: 'waves', history: true });
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
