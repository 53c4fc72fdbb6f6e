import { describe, expect, it } from 'vitest';
import { JOURNEY_PHASES } from '../schema/workflow';
import { workspaceBundleSchema } from '../schema/workspace-bundle';
import { buildDiscoveryWorkspace } from './discovery-workspace';

const options = {
  useCases: 500,
  internalSteps: 200,
  journeySteps: 36,
  seed: 3,
  now: '2026-11-01T09:00:00.000Z',
  language: 'fr',
} as const;

describe('buildDiscoveryWorkspace', () => {
  const bundle = buildDiscoveryWorkspace(options);

  it('is a valid bundle, the same for the same seed', () => {
    expect(() => workspaceBundleSchema.parse(bundle)).not.toThrow();
    expect(buildDiscoveryWorkspace(options)).toEqual(bundle);
  });

  it('puts 200 steps in one internal workflow, numbered 0..199', () => {
    expect(bundle.workflows.map((w) => w.kind)).toEqual(['internal', 'journey']);
    const internal = bundle.steps.filter((s) => s.workflowId === bundle.workflows[0]?.id);
    expect(internal).toHaveLength(200);
    expect(internal.map((s) => s.position)).toEqual([...Array(200).keys()]);
    expect(internal.every((s) => s.phase === null && s.kind !== null)).toBe(true);
  });

  it('deals the 36 journey steps six per phase, in phase order', () => {
    const journey = bundle.steps.filter((s) => s.workflowId === bundle.workflows[1]?.id);
    expect(journey).toHaveLength(36);
    for (const phase of JOURNEY_PHASES) {
      expect(journey.filter((s) => s.phase === phase)).toHaveLength(6);
    }
    expect(journey[0]?.phase).toBe('discovery');
    expect(journey[35]?.phase).toBe('afterJourney');
  });

  it('anchors every use case on existing steps only', () => {
    const ids = new Set(bundle.steps.map((s) => s.id));
    expect(bundle.useCases).toHaveLength(500);
    expect(bundle.useCases.every((u) => u.stepIds.every((id) => ids.has(id)))).toBe(true);
    expect(bundle.frictions.every((f) => ids.has(f.stepId))).toBe(true);
  });

  it('refuses a workflow without steps', () => {
    expect(() => buildDiscoveryWorkspace({ ...options, journeySteps: 0 })).toThrow(RangeError);
  });
});
