/**
 * The portfolio as a mixed-integer linear program in the LP format HiGHS reads, and the checks of
 * a plan against every constraint. One binary variable per use case and wave (x<i>w<w> = 1: item
 * i starts in wave w):
 *
 *   maximise   sum value_i x_iw
 *   subject to sum_w x_iw <= 1                       each use case at most once (= 1 when it must be in)
 *              sum oneOff_i x_iw <= one-off budget    when given
 *              sum yearly_i x_iw <= yearly budget     when given
 *              sum_i people_i x_iw <= people of w     for each wave with a limit
 *              sum_{v<=w} x_Av - x_Bw >= 0            "B needs A": A in the same wave or before
 */
import type { PortfolioInstance } from './portfolio-instance';

export interface ChosenUseCase {
  useCaseId: string;
  wave: number;
}

/** What a solver says about a model: its status and the value of each variable. */
export interface SolverAnswer {
  status: 'optimal' | 'infeasible' | 'failed';
  columns: Readonly<Record<string, number>>;
}
export type SolveLp = (lp: string) => SolverAnswer;

export type PortfolioViolation =
  | { kind: 'oneOffBudget' | 'yearlyBudget'; used: number; limit: number }
  | { kind: 'people'; wave: number; used: number; limit: number }
  | { kind: 'dependency'; useCaseId: string; needsId: string }
  | { kind: 'mustIn' | 'unknown' | 'twice' | 'noWave'; useCaseId: string };

/** What a use case brings or needs: the objective's value, its costs, its people. */
type Amount = 'value' | 'oneOff' | 'yearly' | 'people';

function variable(item: number, wave: number): string {
  return `x${item}w${wave}`;
}

/** A linear expression over several lines (the LP format continues an expression on the next). */
function expression(terms: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(' + '));
  return lines.join('\n + ');
}

function row(name: string, terms: readonly string[], sense: string, bound: number): string {
  return ` ${name}: ${expression(terms)} ${sense} ${bound}`;
}

export function portfolioModelOf(instance: PortfolioInstance): string {
  const { items, wavePeople } = instance;
  const waves = wavePeople.map((_, w) => w);
  const index = new Map(items.map((item, i) => [item.id, i]));
  const mustIn = new Set(instance.mustIn);
  /** The terms "amount x" of each use case's variables on these waves. */
  const each = (amount: Amount, onWaves: readonly number[] = waves) =>
    items.flatMap((item, i) => onWaves.map((w) => `${item[amount]} ${variable(i, w)}`));
  const rows: string[] = [];
  /** A limit: the amount of what starts in these waves at most `limit`, when there is one. */
  const atMost = (name: string, amount: Amount, limit: number | null, onWaves = waves) => {
    if (limit !== null) rows.push(row(name, each(amount, onWaves), '<=', limit));
  };
  // Every variable appears in a row: the model is never without constraints.
  items.forEach((item, i) => {
    const once = waves.map((w) => variable(i, w));
    rows.push(row(`once${i}`, once, mustIn.has(item.id) ? '=' : '<=', 1));
  });
  atMost('oneOff', 'oneOff', instance.oneOffBudget);
  atMost('yearly', 'yearly', instance.yearlyBudget);
  wavePeople.forEach((limit, w) => atMost(`people${w}`, 'people', limit, [w]));
  instance.dependencies.forEach((d, k) => {
    const b = index.get(d.useCaseId);
    const a = index.get(d.needsId);
    if (a === undefined || b === undefined) return;
    for (const w of waves) {
      const before = waves.filter((v) => v <= w).map((v) => variable(a, v));
      rows.push(row(`needs${k}w${w}`, [...before, `-1 ${variable(b, w)}`], '>=', 0));
    }
  });
  const objective = each('value');
  const binaries = items.flatMap((_, i) => waves.map((w) => variable(i, w)));
  return [
    'Maximize',
    ` total: ${objective.length ? expression(objective) : '0'}`,
    'Subject To',
    ...rows,
    'Binaries',
    ...Array.from(
      { length: Math.ceil(binaries.length / 16) },
      (_, k) => ` ${binaries.slice(k * 16, k * 16 + 16).join(' ')}`,
    ),
    'End',
  ].join('\n');
}

/** The chosen use cases of a solver's answer, in the items' order. */
export function chosenOfAnswer(
  instance: PortfolioInstance,
  columns: Readonly<Record<string, number>>,
): ChosenUseCase[] {
  const chosen: ChosenUseCase[] = [];
  instance.items.forEach((item, i) => {
    const wave = instance.wavePeople.findIndex((_, w) => (columns[variable(i, w)] ?? 0) > 0.5);
    if (wave >= 0) chosen.push({ useCaseId: item.id, wave });
  });
  return chosen;
}

/** The objective's total of a plan. */
export function totalOf(instance: PortfolioInstance, chosen: readonly ChosenUseCase[]): number {
  const value = new Map(instance.items.map((i) => [i.id, i.value]));
  return chosen.reduce((sum, c) => sum + (value.get(c.useCaseId) ?? 0), 0);
}

/** Sums compared with a relative tolerance (the solver's and the sums' rounding). */
function over(used: number, limit: number): boolean {
  return used > limit + 1e-9 * Math.max(1, Math.abs(limit));
}

/** Every constraint a plan breaks (none: the plan is feasible). */
export function violationsOf(
  instance: PortfolioInstance,
  chosen: readonly ChosenUseCase[],
): PortfolioViolation[] {
  const items = new Map(instance.items.map((i) => [i.id, i]));
  const wave = new Map<string, number>();
  const found: PortfolioViolation[] = [];
  for (const c of chosen) {
    if (!items.has(c.useCaseId)) found.push({ kind: 'unknown', useCaseId: c.useCaseId });
    else if (wave.has(c.useCaseId)) found.push({ kind: 'twice', useCaseId: c.useCaseId });
    else if (c.wave < 0 || c.wave >= instance.wavePeople.length)
      found.push({ kind: 'noWave', useCaseId: c.useCaseId });
    wave.set(c.useCaseId, c.wave);
  }
  const sum = (pick: (id: string) => number, inWave?: number) =>
    chosen.reduce(
      (s, c) => (inWave === undefined || c.wave === inWave ? s + pick(c.useCaseId) : s),
      0,
    );
  const budgets = [
    ['oneOffBudget', instance.oneOffBudget, (id: string) => items.get(id)?.oneOff ?? 0],
    ['yearlyBudget', instance.yearlyBudget, (id: string) => items.get(id)?.yearly ?? 0],
  ] as const;
  for (const [kind, limit, pick] of budgets) {
    const used = sum(pick);
    if (limit !== null && over(used, limit)) found.push({ kind, used, limit });
  }
  instance.wavePeople.forEach((limit, w) => {
    const used = sum((id) => items.get(id)?.people ?? 0, w);
    if (limit !== null && over(used, limit)) found.push({ kind: 'people', wave: w, used, limit });
  });
  for (const d of instance.dependencies) {
    const b = wave.get(d.useCaseId);
    const a = wave.get(d.needsId);
    if (b !== undefined && (a === undefined || a > b)) found.push({ kind: 'dependency', ...d });
  }
  for (const id of instance.mustIn)
    if (!wave.has(id)) found.push({ kind: 'mustIn', useCaseId: id });
  return found;
}

/** The part of a HiGHS solution the portfolio reads (the `highs` package's legacy `solve`). */
export interface HighsLikeSolution {
  Status: string;
  Columns: Readonly<Record<string, object>>;
}

/** HiGHS's solution as a SolverAnswer. */
export function answerOfHighs(solution: HighsLikeSolution): SolverAnswer {
  if (solution.Status === 'Infeasible') return { status: 'infeasible', columns: {} };
  if (solution.Status !== 'Optimal') return { status: 'failed', columns: {} };
  const columns: Record<string, number> = {};
  for (const [name, column] of Object.entries(solution.Columns)) {
    const primal: unknown = Reflect.get(column, 'Primal');
    columns[name] = typeof primal === 'number' ? primal : 0;
  }
  return { status: 'optimal', columns };
}

/** HiGHS options of every portfolio solve: quiet, and the proven optimum (no relative gap). */
export const HIGHS_OPTIONS = { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9 } as const;
