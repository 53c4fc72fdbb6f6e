import { describe, it, expect } from 'vitest';
import { CRITERION_IDS } from '../schema/criterion';
import { JOURNEY_PHASES } from '../schema/workflow';
import { workspaceBundleSchema, type WorkspaceBundle } from '../schema/workspace-bundle';
import { buildLargeWorkspace, mulberry32 } from './large-workspace';

const NOW = '2026-05-04T09:30:00.000Z';

function fullyScored(b: WorkspaceBundle): number {
  return b.scorecards.filter((s) => CRITERION_IDS.every((c) => s.scores[c].score !== null)).length;
}

describe('mulberry32', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i += 1) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });
});

describe('buildLargeWorkspace', () => {
  const options = { useCases: 1000, steps: 200, seed: 42, now: NOW, language: 'en' } as const;
  const bundle = buildLargeWorkspace(options);

  it('gives the same bundle for the same seed', () => {
    expect(buildLargeWorkspace(options)).toEqual(bundle);
  });

  it('gives a different bundle for another seed', () => {
    const other = buildLargeWorkspace({ ...options, seed: 43 });
    expect(other).not.toEqual(bundle);
    expect(other.useCases.map((u) => u.title)).not.toEqual(bundle.useCases.map((u) => u.title));
  });

  it('has the counts asked for, with readable ids', () => {
    expect(bundle.useCases).toHaveLength(1000);
    expect(bundle.steps).toHaveLength(200);
    expect(bundle.scorecards).toHaveLength(1000);
    expect(bundle.workflows).toHaveLength(10);
    expect(bundle.participants).toHaveLength(1);
    expect(bundle.useCases[122]?.id).toBe('lw-uc-000123');
    expect(bundle.steps[0]?.id).toBe('lw-st-000001');
  });

  it('passes the schema unchanged (1,000 use cases)', () => {
    expect(workspaceBundleSchema.parse(bundle)).toEqual(bundle);
  });

  it('scores about 90 % of the use cases fully, with integer scores', () => {
    const share = fullyScored(bundle) / bundle.useCases.length;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.95);
    for (const s of bundle.scorecards) {
      for (const c of CRITERION_IDS) {
        const score = s.scores[c].score;
        if (score !== null) expect(Number.isInteger(score) && score >= 1 && score <= 5).toBe(true);
      }
    }
  });

  it('varies scope, status and tags, and keeps every reference valid', () => {
    expect(new Set(bundle.useCases.map((u) => u.scope)).size).toBe(2);
    expect(new Set(bundle.useCases.map((u) => u.status)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(bundle.useCases.flatMap((u) => u.tags)).size).toBeGreaterThanOrEqual(5);
    const steps = new Set(bundle.steps.map((s) => s.id));
    const workflows = new Set(bundle.workflows.map((w) => w.id));
    const kpis = new Set(bundle.workspace.kpis.map((k) => k.id));
    const useCases = new Set(bundle.useCases.map((u) => u.id));
    for (const s of bundle.steps) expect(workflows.has(s.workflowId)).toBe(true);
    for (const f of bundle.frictions) expect(steps.has(f.stepId)).toBe(true);
    for (const u of bundle.useCases) {
      expect(u.stepIds.length).toBeGreaterThan(0);
      for (const id of u.stepIds) expect(steps.has(id)).toBe(true);
      for (const e of u.kpiEffects) expect(kpis.has(e.kpiId)).toBe(true);
    }
    for (const s of bundle.scorecards) expect(useCases.has(s.useCaseId)).toBe(true);
  });

  it('maps the customer journey onto the six phases, in order', () => {
    const journey = bundle.workflows.find((w) => w.kind === 'journey');
    const phases = bundle.steps
      .filter((s) => s.workflowId === journey?.id)
      .sort((a, b) => a.position - b.position)
      .map((s) => s.phase);
    expect(new Set(phases)).toEqual(new Set(JOURNEY_PHASES));
    const indexes = phases.map((p) => JOURNEY_PHASES.findIndex((x) => x === p));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('writes French texts in French', () => {
    const fr = buildLargeWorkspace({ ...options, useCases: 10, language: 'fr' });
    expect(fr.workspace.language).toBe('fr');
    expect(fr.waves.map((w) => w.name)).toEqual(['Maintenant', 'Ensuite', 'Plus tard']);
    expect(workspaceBundleSchema.safeParse(fr).success).toBe(true);
  });

  it('handles the edges: no steps, no use cases', () => {
    const empty = buildLargeWorkspace({ ...options, useCases: 0, steps: 0 });
    expect(empty.workflows).toHaveLength(0);
    expect(workspaceBundleSchema.safeParse(empty).success).toBe(true);
    const few = buildLargeWorkspace({ ...options, useCases: 20, steps: 3 });
    expect(few.workflows).toHaveLength(3);
    expect(workspaceBundleSchema.safeParse(few).success).toBe(true);
    expect(() => buildLargeWorkspace({ ...options, useCases: -1 })).toThrow(RangeError);
    expect(() => buildLargeWorkspace({ ...options, steps: 1.5 })).toThrow(RangeError);
  });

  // How fast is measured by `npm run bench`, never here: these machines are shared and noisy.
  it('builds 50,000 use cases', () => {
    const big = buildLargeWorkspace({ ...options, useCases: 50_000, steps: 2_000 });
    expect(big.useCases).toHaveLength(50_000);
    expect(big.scorecards).toHaveLength(50_000);
  }, 60_000);
});
