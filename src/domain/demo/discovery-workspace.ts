/**
 * A large discovery workspace (issue 3's scale bar): one internal workflow holding many steps (a
 * step list long enough to be virtualised), one customer journey whose steps are spread over the
 * six phases, and thousands of use cases anchored on them. Built from `buildLargeWorkspace` (same
 * seeded generator, same ids), only the steps are dealt differently; pure and deterministic.
 */
import { JOURNEY_PHASES, STEP_KINDS, type Step } from '../schema/workflow';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import { buildLargeWorkspace, type GeneratedWorkspaceOptions } from './large-workspace';

export interface DiscoveryWorkspaceOptions extends GeneratedWorkspaceOptions {
  /** Steps of the single internal workflow (at least 1). */
  internalSteps: number;
  /** Steps of the customer journey, dealt evenly over the six phases in order (at least 1). */
  journeySteps: number;
}

export function buildDiscoveryWorkspace(options: DiscoveryWorkspaceOptions): WorkspaceBundle {
  const { internalSteps, journeySteps, ...generated } = options;
  for (const [name, value] of Object.entries({ internalSteps, journeySteps })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`${name} must be a whole number of at least 1, got ${value}`);
    }
  }
  const base = buildLargeWorkspace({ ...generated, steps: internalSteps + journeySteps });
  const internal = base.workflows.find((w) => w.kind === 'internal');
  const journey = base.workflows.find((w) => w.kind === 'journey');
  if (!internal || !journey) throw new Error('the large workspace has no internal workflow');

  const steps = base.steps.map((step, i): Step => {
    if (i < internalSteps) {
      const kind = step.kind ?? STEP_KINDS[i % STEP_KINDS.length] ?? null;
      return { ...step, workflowId: internal.id, position: i, phase: null, kind };
    }
    const position = i - internalSteps;
    const phase = JOURNEY_PHASES[Math.floor((position * JOURNEY_PHASES.length) / journeySteps)];
    return { ...step, workflowId: journey.id, position, phase: phase ?? null, kind: null };
  });
  return {
    ...base,
    workflows: [
      { ...internal, position: 0 },
      { ...journey, position: 1 },
    ],
    steps,
  };
}
