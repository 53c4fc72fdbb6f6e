import { groupBy } from '../collections/group-by';
import type { UseCase } from '../schema/use-case';
import {
  JOURNEY_PHASES,
  type Friction,
  type JourneyPhase,
  type Step,
  type Workflow,
} from '../schema/workflow';

/** What the coverage reads: one workspace's workflows, steps, frictions and use cases. */
export interface CoverageInput {
  workflows: readonly Workflow[];
  steps: readonly Step[];
  frictions: readonly Friction[];
  useCases: readonly UseCase[];
}

export interface StepCell {
  stepId: string;
  name: string;
  /** Use cases anchored on the step (abandoned ones do not count). */
  count: number;
  level: HeatLevel;
  frictionCount: number;
  uncoveredFrictionCount: number;
}

export interface PhaseCell {
  phase: JourneyPhase;
  /** Distinct use cases anchored on at least one step of the phase. */
  count: number;
  level: HeatLevel;
  stepCount: number;
  uncoveredFrictionCount: number;
}

export interface Coverage {
  /** Per step id: the number of use cases anchored on it (computed once, read by every card). */
  countByStep: ReadonlyMap<string, number>;
  internal: { workflow: Workflow; cells: StepCell[] }[];
  /** The heat steps of the internal steps' cells. */
  internalScale: HeatScale;
  journeys: { workflow: Workflow; phases: PhaseCell[] }[];
  /** The heat steps of the journey phases' cells (a phase gathers several steps). */
  journeyScale: HeatScale;
  /** Frictions on a step that no use case is anchored on. */
  uncoveredFrictionIds: ReadonlySet<string>;
  /** Use cases anchored on no existing step: "not anchored on a real workflow". */
  unanchored: UseCase[];
}

/** 0: none, 1: 1..low, 2: low+1..high, 3: more than high (see HeatScale). */
export type HeatLevel = 0 | 1 | 2 | 3;

/**
 * Where the heat levels change: level 1 up to `low` use cases, level 2 up to `high`, level 3 above.
 * A small workspace keeps the fixed steps 1 / 2-3 / 4+; when a cell holds more than 4 use cases
 * the steps follow the fullest cell (a quarter and a half of it), so that a workspace of thousands
 * of use cases still shows where the long tail is thin instead of a uniformly dark map.
 */
export interface HeatScale {
  low: number;
  high: number;
}

export const FIXED_HEAT_SCALE: HeatScale = { low: 1, high: 3 };

export function heatScaleOf(counts: Iterable<number>): HeatScale {
  let max = 0;
  for (const count of counts) max = Math.max(max, count);
  if (max <= 4) return FIXED_HEAT_SCALE;
  const low = Math.ceil(max / 4);
  return { low, high: Math.max(low + 1, Math.ceil(max / 2)) };
}

export function heatLevel(count: number, scale: HeatScale = FIXED_HEAT_SCALE): HeatLevel {
  if (count <= 0) return 0;
  if (count <= scale.low) return 1;
  if (count <= scale.high) return 2;
  return 3;
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/**
 * Shapes the coverage heatmap: use cases per internal step and per journey phase, uncovered
 * frictions, and use cases anchored nowhere. Linear in the size of the workspace.
 */
export function coverageOf(input: CoverageInput): Coverage {
  const stepIds = new Set(input.steps.map((s) => s.id));
  const countByStep = new Map<string, number>();
  const unanchored: UseCase[] = [];
  for (const u of input.useCases) {
    const anchors = u.stepIds.filter((id) => stepIds.has(id));
    if (anchors.length === 0) unanchored.push(u);
    if (u.status === 'abandoned') continue;
    for (const id of new Set(anchors)) countByStep.set(id, (countByStep.get(id) ?? 0) + 1);
  }
  const frictions = input.frictions.filter((f) => stepIds.has(f.stepId));
  const frictionsByStep = groupBy(frictions, (f) => f.stepId);
  const uncoveredFrictionIds = new Set(
    frictions.filter((f) => !countByStep.get(f.stepId)).map((f) => f.id),
  );
  const stepsByWorkflow = groupBy(input.steps, (s) => s.workflowId);
  const uncoveredOn = (stepId: string) =>
    (frictionsByStep.get(stepId) ?? []).filter((f) => uncoveredFrictionIds.has(f.id)).length;
  const workflows = [...input.workflows].sort(byPosition);

  const internal = workflows
    .filter((w) => w.kind === 'internal')
    .map((workflow) => ({
      workflow,
      cells: [...(stepsByWorkflow.get(workflow.id) ?? [])].sort(byPosition).map((s): StepCell => ({
        stepId: s.id,
        name: s.name,
        count: countByStep.get(s.id) ?? 0,
        level: 0,
        frictionCount: frictionsByStep.get(s.id)?.length ?? 0,
        uncoveredFrictionCount: uncoveredOn(s.id),
      })),
    }));
  const internalScale = heatScaleOf(internal.flatMap((w) => w.cells.map((c) => c.count)));
  for (const cell of internal.flatMap((w) => w.cells))
    cell.level = heatLevel(cell.count, internalScale);

  const journeys = workflows
    .filter((w) => w.kind === 'journey')
    .map((workflow) => {
      const steps = stepsByWorkflow.get(workflow.id) ?? [];
      return {
        workflow,
        phases: JOURNEY_PHASES.map((phase): PhaseCell => {
          const inPhase = steps.filter((s) => s.phase === phase);
          const ids = new Set(inPhase.map((s) => s.id));
          const count = input.useCases.filter(
            (u) => u.status !== 'abandoned' && u.stepIds.some((id) => ids.has(id)),
          ).length;
          return {
            phase,
            count,
            level: 0,
            stepCount: inPhase.length,
            uncoveredFrictionCount: inPhase.reduce((n, s) => n + uncoveredOn(s.id), 0),
          };
        }),
      };
    });

  const journeyScale = heatScaleOf(journeys.flatMap((j) => j.phases.map((p) => p.count)));
  for (const cell of journeys.flatMap((j) => j.phases))
    cell.level = heatLevel(cell.count, journeyScale);

  return {
    countByStep,
    internal,
    internalScale,
    journeys,
    journeyScale,
    uncoveredFrictionIds,
    unanchored,
  };
}
