import { describe, it, expect } from 'vitest';
import { CRITERIA, CRITERION_IDS } from '../schema/criterion';
import { JOURNEY_PHASES } from '../schema/workflow';
import { workspaceBundleSchema, type WorkspaceBundle } from '../schema/workspace-bundle';
import { DEMO_FACILITATOR, buildDemoWorkspace } from './demo-workspace';

const NOW = '2026-05-04T09:30:00.000Z';
const ACTOR = 'Léa Dubois';

function build(language: 'fr' | 'en'): WorkspaceBundle {
  let counter = 0;
  return buildDemoWorkspace({
    language,
    newId: () => `demo-${String(++counter).padStart(4, '0')}`,
    now: NOW,
    actor: ACTOR,
  });
}

const fr = build('fr');
const en = build('en');

/** Everything but the texts: must be identical in both languages. */
function skeleton(b: WorkspaceBundle) {
  return {
    workspace: {
      id: b.workspace.id,
      departments: b.workspace.departments.map((d) => d.id),
      initiatives: b.workspace.initiatives.map((i) => i.id),
      kpis: b.workspace.kpis.map(({ id, departmentId, direction, baseline }) => ({
        id,
        departmentId,
        direction,
        baseline,
      })),
      weights: b.workspace.weights,
      thresholds: b.workspace.thresholds,
    },
    participants: b.participants.map(({ id, departmentId, name }) => ({ id, departmentId, name })),
    workflows: b.workflows.map(({ id, kind, position }) => ({ id, kind, position })),
    steps: b.steps.map((s) => ({
      id: s.id,
      workflowId: s.workflowId,
      phase: s.phase,
      kind: s.kind,
      position: s.position,
      departmentId: s.departmentId,
      owner: s.owner,
      yearlyVolume: s.yearlyVolume,
    })),
    frictions: b.frictions.map((f) => ({
      id: f.id,
      stepId: f.stepId,
      severity: f.severity,
      kpiIds: f.kpiIds,
    })),
    useCases: b.useCases.map((u) => ({
      id: u.id,
      scope: u.scope,
      status: u.status,
      stepIds: u.stepIds,
      owner: u.owner,
      hasIntention: u.intention !== '',
      automationLevel: u.humanLoop.automationLevel,
      successMeasure: u.successMeasure,
      kpiEffects: u.kpiEffects,
      financialEstimate: u.financialEstimate,
      tagCount: u.tags.length,
    })),
    scorecards: b.scorecards.map((s) => ({
      id: s.id,
      useCaseId: s.useCaseId,
      participantId: s.participantId,
      scores: CRITERION_IDS.map((c) => s.scores[c].score),
    })),
    waves: b.waves.map(({ id, position }) => ({ id, position })),
    audit: b.audit.map(({ id, action, entityType, entityId }) => ({
      id,
      action,
      entityType,
      entityId,
    })),
  };
}

function isFullyScored(b: WorkspaceBundle, useCaseId: string): boolean {
  const cards = b.scorecards.filter((s) => s.useCaseId === useCaseId);
  return CRITERION_IDS.every((c) => cards.some((s) => s.scores[c].score !== null));
}

/** SCORING.md sections 2, 4, 6 and 9 by hand: mean of raters, equal weights, thresholds 50. */
function quadrantOf(b: WorkspaceBundle, useCaseId: string): string {
  const cards = b.scorecards.filter((s) => s.useCaseId === useCaseId);
  const oriented = (axis: 'value' | 'feasibility') =>
    CRITERIA.filter((c) => c.axis === axis).map((c) => {
      const scores = cards.flatMap((s) => {
        const score = s.scores[c.id].score;
        return score === null ? [] : [score];
      });
      const mean = scores.reduce((a, x) => a + x, 0) / scores.length;
      return c.direction === 'higherIsBetter' ? mean : 6 - mean;
    });
  const axisScore = (axis: 'value' | 'feasibility') => {
    const o = oriented(axis);
    return 25 * (o.reduce((a, x) => a + x, 0) / o.length - 1);
  };
  const value = axisScore('value') >= 50;
  const feasibility = axisScore('feasibility') >= 50;
  if (value) return feasibility ? 'quickWin' : 'strategicBet';
  return feasibility ? 'fillIn' : 'deprioritise';
}

describe('buildDemoWorkspace', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('builds a bundle that the schema accepts unchanged (%s)', (language, bundle) => {
    expect(workspaceBundleSchema.parse(bundle)).toEqual(bundle);
    expect(bundle.workspace.language).toBe(language);
    expect(bundle.workspace.isDemo).toBe(true);
  });

  // The demo exactly as it was built before its tables moved from TypeScript literals to the
  // data files (data/*.json), recorded once from that code. The e2e suite and many integration
  // tests rely on its ids order, scores, texts and counts: a change must be deliberate
  // (`npx vitest run src/domain/demo/demo-workspace.test.ts -u`, then read the fixture's diff).
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('is built exactly as recorded in test/fixtures (%s)', async (language, bundle) => {
    await expect(`${JSON.stringify(bundle, null, 2)}\n`).toMatchFileSnapshot(
      `../../../test/fixtures/demo-workspace/${language}.json`,
    );
  });

  it('is deterministic', () => {
    expect(build('fr')).toEqual(fr);
    expect(build('en')).toEqual(en);
  });

  it('has the expected size', () => {
    expect(fr.workspace.departments).toHaveLength(6);
    expect(fr.workspace.kpis.length).toBeGreaterThanOrEqual(6);
    expect(fr.workspace.kpis.length).toBeLessThanOrEqual(8);
    expect(fr.workflows.filter((w) => w.kind === 'internal')).toHaveLength(3);
    expect(fr.workflows.filter((w) => w.kind === 'journey')).toHaveLength(1);
    expect(fr.useCases).toHaveLength(15);
    expect(fr.useCases.filter((u) => u.scope === 'internal')).toHaveLength(10);
    expect(fr.participants).toHaveLength(3);
    expect(fr.waves.map((w) => w.name)).toEqual(['Maintenant', 'Ensuite', 'Plus tard']);
    expect(en.waves.map((w) => w.name)).toEqual(['Now', 'Next', 'Later']);
  });

  it('has the same structure, ids order and scores in both languages', () => {
    expect(skeleton(en)).toEqual(skeleton(fr));
    expect(en.useCases).toHaveLength(fr.useCases.length);
    expect(en.steps).toHaveLength(fr.steps.length);
    expect(en.scorecards).toHaveLength(fr.scorecards.length);
  });

  it('differs in its texts between languages', () => {
    expect(en.workspace.name).not.toBe(fr.workspace.name);
    expect(fr.workspace.name).toContain('Maison Delorme Distribution');
    expect(en.useCases[0]?.title).not.toBe(fr.useCases[0]?.title);
    expect(en.steps[0]?.name).not.toBe(fr.steps[0]?.name);
    expect(en.scorecards[0]?.scores.strategicValue.rationale).not.toBe(
      fr.scorecards[0]?.scores.strategicValue.rationale,
    );
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('uses unique ids and resolves every reference (%s)', (_language, b) => {
    const ws = b.workspace;
    const all = [
      ws.id,
      ...ws.departments.map((d) => d.id),
      ...ws.initiatives.map((i) => i.id),
      ...ws.kpis.map((k) => k.id),
      ...[b.participants, b.workflows, b.steps, b.frictions, b.useCases, b.scorecards]
        .flat()
        .map((r) => r.id),
      ...b.waves.map((w) => w.id),
      ...b.audit.map((a) => a.id),
    ];
    expect(new Set(all).size).toBe(all.length);

    const departments = new Set(ws.departments.map((d) => d.id));
    const kpis = new Set(ws.kpis.map((k) => k.id));
    const workflows = new Set(b.workflows.map((w) => w.id));
    const steps = new Set(b.steps.map((s) => s.id));
    const participants = new Set(b.participants.map((p) => p.id));
    const useCases = new Set(b.useCases.map((u) => u.id));
    const owned = [b.participants, b.workflows, b.steps, b.frictions, b.useCases, b.scorecards];
    for (const record of [...owned.flat(), ...b.waves, ...b.audit]) {
      expect(record.workspaceId).toBe(ws.id);
    }
    for (const k of ws.kpis)
      expect(k.departmentId === null || departments.has(k.departmentId)).toBe(true);
    for (const p of b.participants)
      expect(p.departmentId === null || departments.has(p.departmentId)).toBe(true);
    for (const s of b.steps) {
      expect(workflows.has(s.workflowId)).toBe(true);
      expect(s.departmentId === null || departments.has(s.departmentId)).toBe(true);
    }
    for (const f of b.frictions) {
      expect(steps.has(f.stepId)).toBe(true);
      for (const k of f.kpiIds) expect(kpis.has(k)).toBe(true);
    }
    for (const u of b.useCases) {
      expect(u.stepIds.length).toBeGreaterThan(0);
      for (const s of u.stepIds) expect(steps.has(s)).toBe(true);
      for (const e of u.kpiEffects) expect(kpis.has(e.kpiId)).toBe(true);
      const kpiId = u.successMeasure.kpiId;
      expect(kpiId === null || kpis.has(kpiId)).toBe(true);
    }
    for (const s of b.scorecards) {
      expect(useCases.has(s.useCaseId)).toBe(true);
      expect(participants.has(s.participantId)).toBe(true);
    }
    const cardKeys = b.scorecards.map((s) => `${s.useCaseId}|${s.participantId}`);
    expect(new Set(cardKeys).size).toBe(cardKeys.length);
    for (const wave of b.waves)
      for (const id of wave.useCaseIds) expect(useCases.has(id)).toBe(true);
    expect(b.audit[0]?.entityId).toBe(ws.id);
  });

  it('orders the steps of each workflow from 0', () => {
    for (const w of fr.workflows) {
      const positions = fr.steps.filter((s) => s.workflowId === w.id).map((s) => s.position);
      expect(positions).toEqual(positions.map((_p, i) => i));
      expect(positions.length).toBeGreaterThanOrEqual(4);
    }
    for (const s of fr.steps) {
      const journey = fr.workflows.find((w) => w.id === s.workflowId)?.kind === 'journey';
      expect(s.phase !== null).toBe(journey);
      expect(s.kind !== null).toBe(!journey);
    }
  });

  it('covers the six phases of the customer journey', () => {
    const journey = fr.workflows.find((w) => w.kind === 'journey');
    const phases = new Set(
      fr.steps.filter((s) => s.workflowId === journey?.id).map((s) => s.phase),
    );
    for (const phase of JOURNEY_PHASES) expect(phases.has(phase)).toBe(true);
  });

  it('leaves exactly three use cases not fully scored: one without any scorecard, two partial', () => {
    const notFull = fr.useCases.filter((u) => !isFullyScored(fr, u.id));
    expect(notFull).toHaveLength(3);
    const withoutCard = notFull.filter((u) => !fr.scorecards.some((s) => s.useCaseId === u.id));
    expect(withoutCard).toHaveLength(1);
    expect(notFull.map((u) => fr.useCases.indexOf(u))).toEqual([3, 6, 9]);
    for (const u of notFull) expect(u.status === 'idea' || u.status === 'qualified').toBe(true);
  });

  it('lets the facilitator score every fully scored use case, with integer scores', () => {
    // The facilitator is a fictional person, not the one who opens the demo: their own
    // scorecards start blank.
    const facilitator = fr.participants.find((p) => p.name === DEMO_FACILITATOR);
    expect(facilitator).toBeDefined();
    expect(fr.participants.some((p) => p.name === ACTOR)).toBe(false);
    expect(fr.audit[0]?.actor).toBe(ACTOR);
    for (const u of fr.useCases.filter((x) => isFullyScored(fr, x.id))) {
      const card = fr.scorecards.find(
        (s) => s.useCaseId === u.id && s.participantId === facilitator?.id,
      );
      expect(card).toBeDefined();
      for (const c of CRITERION_IDS) expect(Number.isInteger(card?.scores[c].score)).toBe(true);
    }
    expect(new Set(fr.scorecards.map((s) => s.participantId)).size).toBe(3);
  });

  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('gives a rationale for every score (%s)', (_language, b) => {
    for (const s of b.scorecards) {
      for (const c of CRITERION_IDS) {
        if (s.scores[c].score !== null) expect(s.scores[c].rationale.trim()).not.toBe('');
      }
    }
  });

  it('shows a divergence of 2 or more between raters somewhere', () => {
    const divergences = fr.useCases.flatMap((u) => {
      const cards = fr.scorecards.filter((s) => s.useCaseId === u.id);
      return CRITERION_IDS.map((c) => {
        const scores = cards.flatMap((s) =>
          s.scores[c].score === null ? [] : [s.scores[c].score],
        );
        return scores.length < 2 ? 0 : Math.max(...scores) - Math.min(...scores);
      });
    });
    expect(Math.max(...divergences)).toBeGreaterThanOrEqual(2);
  });

  it('spreads the scored use cases over the four quadrants, invoice capture a quick win', () => {
    const scored = fr.useCases.filter((u) => isFullyScored(fr, u.id));
    const quadrants = new Set(scored.map((u) => quadrantOf(fr, u.id)));
    expect([...quadrants].sort()).toEqual(['deprioritise', 'fillIn', 'quickWin', 'strategicBet']);
    const invoiceCapture = fr.useCases[0];
    expect(en.useCases[0]?.title).toMatch(/invoice capture/i);
    expect(invoiceCapture && quadrantOf(fr, invoiceCapture.id)).toBe('quickWin');
  });

  it('shows qualification gaps and a cross-department KPI tension', () => {
    expect(fr.useCases.some((u) => u.owner === '')).toBe(true);
    expect(fr.useCases.some((u) => u.intention === '')).toBe(true);
    expect(new Set(fr.useCases.map((u) => u.status)).size).toBeGreaterThanOrEqual(4);
    const kpis = new Map(fr.workspace.kpis.map((k) => [k.id, k]));
    const tensions = fr.useCases.filter((u) => {
      const effects = u.kpiEffects.map((e) => {
        const kpi = kpis.get(e.kpiId);
        const good = (e.effect === 'increase') === (kpi?.direction === 'up');
        return { good, department: kpi?.departmentId };
      });
      return effects.some(
        (a) => a.good && effects.some((b) => !b.good && b.department !== a.department),
      );
    });
    expect(tensions.length).toBeGreaterThanOrEqual(2);
    for (const u of fr.useCases) {
      const date = u.successMeasure.reviewDate;
      if (date !== null) expect(date.startsWith('2027-')).toBe(true);
      expect(u.financialEstimate.currency).toBe('EUR');
    }
  });

  it('falls back to a default facilitator name when the actor is blank', () => {
    let n = 0;
    const b = buildDemoWorkspace({ language: 'en', newId: () => `x${++n}`, now: NOW, actor: '  ' });
    expect(() => workspaceBundleSchema.parse(b)).not.toThrow();
    expect(b.audit[0]?.actor).toBe('Facilitator');
  });
});
