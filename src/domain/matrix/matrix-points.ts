import type { RankedDecision } from '../decision/decide-workspace';
import type { FinancialInput } from '../finance/financial-estimate';
import type { Scope, UseCase, UseCaseStatus } from '../schema/use-case';
import type { JourneyPhase, Step } from '../schema/workflow';
import { matrixViewOf, type MatrixFilters } from './matrix-use-cases';

// The filters live with the view they filter (no import cycle); kept importable from here.
export { NO_MATRIX_FILTERS, type MatrixFilters } from './matrix-use-cases';

/** Above this many points the matrix is drawn as cells (counts), not one mark per use case. */
const MATRIX_AGGREGATE_ABOVE = 2000;
/** Side of an aggregation cell, in score points (0..100 on both axes: 20 x 20 cells). */
export const MATRIX_CELL_SIZE = 5;

/** What the matrix shows of a ranked use case's decision: value is y, feasibility x. */
type DecidedPlace = Pick<
  RankedDecision,
  'id' | 'title' | 'rank' | 'overall' | 'value' | 'feasibility' | 'quadrant'
>;

export interface MatrixPoint extends DecidedPlace {
  scope: Scope;
  status: UseCaseStatus;
  /** SCORING.md section 11, from the decision; null when not estimated or incomplete. */
  yearlyBenefit: number | null;
  /** The inputs an incomplete yearly benefit needs (empty when it is given or not estimated). */
  benefitNeeds: readonly FinancialInput[];
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

/** Cells per axis (0..100 in steps of MATRIX_CELL_SIZE), plus one slot for a NaN score. */
const CELLS_PER_AXIS = 100 / MATRIX_CELL_SIZE;
const SLOTS_PER_AXIS = CELLS_PER_AXIS + 1;
/** Scopes in the cells' order (their names in code-unit order). */
const SCOPE_ORDER: readonly Scope[] = ['external', 'internal'];

/**
 * Index of the cell holding a score: 0..19, a score of 100 in the last cell. NaN (never given by
 * the ranking) gets the slot after the last cell, where the former text keys ("NaN") sorted.
 */
function cellIndex(score: number): number {
  const index = Math.min(CELLS_PER_AXIS - 1, Math.max(0, Math.floor(score / MATRIX_CELL_SIZE)));
  return index === index ? index : CELLS_PER_AXIS;
}

const cellCentre = (index: number) =>
  index === CELLS_PER_AXIS ? Number.NaN : (index + 0.5) * MATRIX_CELL_SIZE;

/** Counts per scope and cell, by a number: (scope * slots + feasibility) * slots + value. */
function countCell(counts: Int32Array, scope: Scope, value: number, feasibility: number): void {
  const s = scope === 'external' ? 0 : 1;
  const key = (s * SLOTS_PER_AXIS + cellIndex(feasibility)) * SLOTS_PER_AXIS + cellIndex(value);
  counts[key] = (counts[key] as number) + 1;
}

function newCounts(): Int32Array {
  return new Int32Array(SCOPE_ORDER.length * SLOTS_PER_AXIS * SLOTS_PER_AXIS);
}

/** The cells that hold a point, in scope, then feasibility, then value order. */
function cellsOf(counts: Int32Array): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let key = 0; key < counts.length; key++) {
    const count = counts[key] as number;
    if (count === 0) continue;
    const vi = key % SLOTS_PER_AXIS;
    const fi = Math.floor(key / SLOTS_PER_AXIS) % SLOTS_PER_AXIS;
    const scope = SCOPE_ORDER[Math.floor(key / (SLOTS_PER_AXIS * SLOTS_PER_AXIS))] as Scope;
    cells.push({ scope, feasibility: cellCentre(fi), value: cellCentre(vi), count });
  }
  return cells;
}

/** Counts the points per scope and cell; cells in scope, then feasibility, then value order. */
export function aggregateMatrixPoints(points: readonly MatrixPoint[]): MatrixCell[] {
  const counts = newCounts();
  for (const p of points) countCell(counts, p.scope, p.value, p.feasibility);
  return cellsOf(counts);
}

/**
 * The value (y) vs feasibility (x) matrix of SCORING.md section 6: one point per ranked use case
 * that passes the filters (workflow and phase through its anchored steps, tag, status), split by
 * scope; cells instead of points above MATRIX_AGGREGATE_ABOVE. Scores, quadrant and yearly
 * benefit come from the decision. What does not depend on the weights (scope, status, the
 * filters' verdicts) is prepared once per list of use
 * cases (matrixViewOf), so a change of weights only places the ranked use cases again.
 */
export function buildMatrix(
  ranked: readonly (DecidedPlace & Pick<RankedDecision, 'finance'>)[],
  useCases: readonly UseCase[],
  steps: readonly Step[],
  filters: MatrixFilters,
  aggregateAbove: number = MATRIX_AGGREGATE_ABOVE,
): Matrix {
  const { useCases: prepared, shown } = matrixViewOf(useCases, steps, filters);
  const { indexById, scopes, statuses } = prepared;
  const points: MatrixPoint[] = [];
  const internal: MatrixPoint[] = [];
  const external: MatrixPoint[] = [];
  const counts = newCounts();
  for (const r of ranked) {
    const i = indexById.get(r.id);
    if (i === undefined || (shown !== null && shown[i] === 0)) continue;
    const scope = scopes[i] as Scope;
    const point: MatrixPoint = {
      id: r.id,
      title: r.title,
      rank: r.rank,
      overall: r.overall,
      value: r.value,
      feasibility: r.feasibility,
      quadrant: r.quadrant,
      scope,
      status: statuses[i] as UseCaseStatus,
      yearlyBenefit: r.finance.yearlyBenefit.value,
      benefitNeeds: r.finance.yearlyBenefit.needs ?? [],
      currency: r.finance.currency,
    };
    points.push(point);
    if (scope === 'internal') internal.push(point);
    else if (scope === 'external') external.push(point);
    countCell(counts, scope, r.value, r.feasibility);
  }
  return {
    points,
    internal,
    external,
    cells: points.length > aggregateAbove ? cellsOf(counts) : null,
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
