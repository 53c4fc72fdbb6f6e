import type { RankedUseCase } from '../ranking/rank-use-cases';
import type { Quadrant } from '../scoring/quadrant';
import type { Scope, UseCase, UseCaseStatus } from '../schema/use-case';
import type { JourneyPhase, Step } from '../schema/workflow';
import { yearlyBenefit } from './yearly-benefit';

/** Above this many points the matrix is drawn as cells (counts), not one mark per use case. */
export const MATRIX_AGGREGATE_ABOVE = 2000;
/** Side of an aggregation cell, in score points (0..100 on both axes: 20 x 20 cells). */
export const MATRIX_CELL_SIZE = 5;

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

export interface MatrixPoint {
  id: string;
  title: string;
  rank: number;
  overall: number;
  /** y */
  value: number;
  /** x */
  feasibility: number;
  quadrant: Quadrant;
  scope: Scope;
  status: UseCaseStatus;
  /** SCORING.md section 11; null when not estimated. */
  yearlyBenefit: number | null;
  currency: string;
}

/** Several use cases of one scope in one square of the grid (only above MATRIX_AGGREGATE_ABOVE). */
export interface MatrixCell {
  scope: Scope;
  /** Centre of the cell. */
  value: number;
  feasibility: number;
  count: number;
}

export interface Matrix {
  /** Every point that passes the filters, in rank order. */
  points: MatrixPoint[];
  internal: MatrixPoint[];
  external: MatrixPoint[];
  /** Cells per scope when there are more points than MATRIX_AGGREGATE_ABOVE; else null. */
  cells: MatrixCell[] | null;
}

function passes(useCase: UseCase, stepsById: ReadonlyMap<string, Step>, f: MatrixFilters): boolean {
  if (f.status !== null && useCase.status !== f.status) return false;
  if (f.tag !== null && !useCase.tags.includes(f.tag)) return false;
  if (f.workflowId === null && f.phase === null) return true;
  const steps = useCase.stepIds.flatMap((id) => stepsById.get(id) ?? []);
  if (f.workflowId !== null && !steps.some((s) => s.workflowId === f.workflowId)) return false;
  if (f.phase !== null && !steps.some((s) => s.phase === f.phase)) return false;
  return true;
}

/** Index of the cell holding a score: 0..19, a score of 100 in the last cell. */
function cellIndex(score: number): number {
  const last = 100 / MATRIX_CELL_SIZE - 1;
  return Math.min(last, Math.max(0, Math.floor(score / MATRIX_CELL_SIZE)));
}

/** Counts the points per scope and cell; cells in scope, then feasibility, then value order. */
export function aggregateMatrixPoints(points: readonly MatrixPoint[]): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const p of points) {
    const fi = cellIndex(p.feasibility);
    const vi = cellIndex(p.value);
    const key = `${p.scope}|${String(fi).padStart(2, '0')}|${String(vi).padStart(2, '0')}`;
    const cell = cells.get(key);
    if (cell) cell.count += 1;
    else
      cells.set(key, {
        scope: p.scope,
        feasibility: (fi + 0.5) * MATRIX_CELL_SIZE,
        value: (vi + 0.5) * MATRIX_CELL_SIZE,
        count: 1,
      });
  }
  return [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}

/**
 * The value (y) vs feasibility (x) matrix of SCORING.md section 6: one point per ranked use case
 * that passes the filters (workflow and phase through its anchored steps, tag, status), split by
 * scope; cells instead of points above MATRIX_AGGREGATE_ABOVE.
 */
export function buildMatrix(
  ranked: readonly RankedUseCase[],
  useCases: readonly UseCase[],
  steps: readonly Step[],
  filters: MatrixFilters,
  aggregateAbove: number = MATRIX_AGGREGATE_ABOVE,
): Matrix {
  const byId = new Map(useCases.map((u) => [u.id, u]));
  const stepsById = new Map(steps.map((s) => [s.id, s]));
  const points: MatrixPoint[] = [];
  for (const r of ranked) {
    const useCase = byId.get(r.id);
    if (!useCase || !passes(useCase, stepsById, filters)) continue;
    points.push({
      id: r.id,
      title: r.title,
      rank: r.rank,
      overall: r.overall,
      value: r.value,
      feasibility: r.feasibility,
      quadrant: r.quadrant,
      scope: useCase.scope,
      status: useCase.status,
      yearlyBenefit: yearlyBenefit(useCase.financialEstimate),
      currency: useCase.financialEstimate.currency,
    });
  }
  return {
    points,
    internal: points.filter((p) => p.scope === 'internal'),
    external: points.filter((p) => p.scope === 'external'),
    cells: points.length > aggregateAbove ? aggregateMatrixPoints(points) : null,
  };
}

export interface MatrixFilterOptions {
  workflows: { id: string; name: string }[];
  phases: JourneyPhase[];
  tags: string[];
}

/** What the filters can offer: workflows and phases that hold a use case's step, and its tags. */
export function matrixFilterOptions(
  useCases: readonly UseCase[],
  steps: readonly Step[],
  workflows: readonly { id: string; name: string; position: number }[],
  phaseOrder: readonly JourneyPhase[],
  locale: string,
): MatrixFilterOptions {
  const stepsById = new Map(steps.map((s) => [s.id, s]));
  const workflowIds = new Set<string>();
  const phases = new Set<JourneyPhase>();
  const tags = new Set<string>();
  for (const u of useCases) {
    for (const tag of u.tags) tags.add(tag);
    for (const id of u.stepIds) {
      const step = stepsById.get(id);
      if (!step) continue;
      workflowIds.add(step.workflowId);
      if (step.phase) phases.add(step.phase);
    }
  }
  const collator = new Intl.Collator(locale);
  return {
    workflows: workflows
      .filter((w) => workflowIds.has(w.id))
      .sort((a, b) => a.position - b.position)
      .map(({ id, name }) => ({ id, name })),
    phases: phaseOrder.filter((p) => phases.has(p)),
    tags: [...tags].sort((a, b) => collator.compare(a, b)),
  };
}
