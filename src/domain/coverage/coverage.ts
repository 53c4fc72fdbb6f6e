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
  journeys: { workflow: Workflow; phases: PhaseCell[] }[];
  /** Frictions on a step that no use case is anchored on. */
  uncoveredFrictionIds: ReadonlySet<string>;
  /** Use cases anchored on no existing step: "not anchored on a real workflow". */
  unanchored: UseCase[];
}

/** 0: none, 1: one, 2: two or three, 3: four or more. */
export type HeatLevel = 0 | 1 | 2 | 3;

export function heatLevel(count: number): HeatLevel {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  return 3;
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
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
  const frictionsByStep = new Map<string, Friction[]>();
  const uncoveredFrictionIds = new Set<string>();
  for (const f of input.frictions) {
    if (!stepIds.has(f.stepId)) continue;
    pushTo(frictionsByStep, f.stepId, f);
    if (!countByStep.get(f.stepId)) uncoveredFrictionIds.add(f.id);
  }
  const stepsByWorkflow = new Map<string, Step[]>();
  for (const s of input.steps) {
    pushTo(stepsByWorkflow, s.workflowId, s);
  }
  const uncoveredOn = (stepId: string) =>
    (frictionsByStep.get(stepId) ?? []).filter((f) => uncoveredFrictionIds.has(f.id)).length;
  const workflows = [...input.workflows].sort(byPosition);

  const internal = workflows
    .filter((w) => w.kind === 'internal')
    .map((workflow) => ({
      workflow,
      cells: [...(stepsByWorkflow.get(workflow.id) ?? [])].sort(byPosition).map((s) => {
        const count = countByStep.get(s.id) ?? 0;
        return {
          stepId: s.id,
          name: s.name,
          count,
          level: heatLevel(count),
          frictionCount: frictionsByStep.get(s.id)?.length ?? 0,
          uncoveredFrictionCount: uncoveredOn(s.id),
        };
      }),
    }));

  const journeys = workflows
    .filter((w) => w.kind === 'journey')
    .map((workflow) => {
      const steps = stepsByWorkflow.get(workflow.id) ?? [];
      return {
        workflow,
        phases: JOURNEY_PHASES.map((phase) => {
          const inPhase = steps.filter((s) => s.phase === phase);
          const ids = new Set(inPhase.map((s) => s.id));
          const count = input.useCases.filter(
            (u) => u.status !== 'abandoned' && u.stepIds.some((id) => ids.has(id)),
          ).length;
          return {
            phase,
            count,
            level: heatLevel(count),
            stepCount: inPhase.length,
            uncoveredFrictionCount: inPhase.reduce((n, s) => n + uncoveredOn(s.id), 0),
          };
        }),
      };
    });

  return { countByStep, internal, journeys, uncoveredFrictionIds, unanchored };
}
