import { describe, expect, it } from 'vitest';
import { recordIdsOf, sampleWorkspaceBundle } from '../../../test/fixtures/builders';
import { workspaceBundleSchema, type WorkspaceBundle } from '../schema/workspace-bundle';
import { copyWorkspaceBundle, type CopyOptions } from './copy-workspace-bundle';

const NOW = '2025-06-15T14:30:00.000Z';

function options(name = 'Copy of the workshop'): CopyOptions & { calls: () => number } {
  let n = 0;
  return { newId: () => `new-${n++}`, now: NOW, name, calls: () => n };
}

/** The source's record ids, paired with the copy's, record by record (same order in both). */
function idPairs(source: WorkspaceBundle, copy: WorkspaceBundle): Map<string, string> {
  const from = recordIdsOf(source);
  const to = recordIdsOf(copy);
  expect(to).toHaveLength(from.length);
  return new Map(from.map((id, i) => [id, to[i] as string]));
}

/** The source's departments, initiatives and KPIs' ids, paired with the copy's (same order). */
function nestedPairs(source: WorkspaceBundle, copy: WorkspaceBundle): Map<string, string> {
  const ids = (b: WorkspaceBundle) =>
    [b.workspace.departments, b.workspace.initiatives, b.workspace.kpis].flatMap((l) =>
      l.map((x) => x.id),
    );
  const to = ids(copy);
  return new Map(ids(source).map((id, i) => [id, to[i] as string]));
}

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`No record ${id} in the copy`);
  return found;
}

describe('copyWorkspaceBundle', () => {
  const source = sampleWorkspaceBundle('src');

  it('gives a valid bundle', () => {
    const copy = copyWorkspaceBundle(source, options());
    expect(() => workspaceBundleSchema.parse(copy)).not.toThrow();
  });

  it('gives every record a fresh id, drawn once per record from newId', () => {
    const opts = options();
    const copy = copyWorkspaceBundle(source, opts);
    const sourceIds = recordIdsOf(source);
    const copyIds = recordIdsOf(copy);
    // 1 workspace + 2 participants + 2 workflows + 2 steps + 1 friction + 2 use cases
    // + 3 scorecards + 4 decisions + 2 waves + 1 weight set + 3 audit entries = 23
    expect(copyIds).toHaveLength(23);
    expect(new Set(copyIds).size).toBe(23);
    for (const id of copyIds) expect(sourceIds).not.toContain(id);
    expect(copyIds.every((id) => id.startsWith('new-'))).toBe(true);
    // and one each for the department, the initiative and the KPI of the workspace
    expect(opts.calls()).toBe(26);
  });

  it('leaves no id of the source anywhere in the copy', () => {
    const text = JSON.stringify(copyWorkspaceBundle(source, options()));
    for (const id of recordIdsOf(source)) expect(text).not.toContain(id);
    // every source id starts with "src-": none is left in any field
    expect(text).not.toContain('src-');
  });

  it('puts every record in the new workspace', () => {
    const copy = copyWorkspaceBundle(source, options());
    const wsId = copy.workspace.id;
    const { workspace, ...tables } = copy;
    expect(workspace.id).not.toBe(source.workspace.id);
    for (const list of Object.values(tables))
      for (const record of list) expect(record.workspaceId).toBe(wsId);
  });

  it('remaps every reference to the copied record it stood for', () => {
    const copy = copyWorkspaceBundle(source, options());
    const pair = idPairs(source, copy);
    const to = (id: string) => pair.get(id);

    // steps -> their workflow; frictions -> their step; use cases -> their anchor steps
    for (const step of source.steps)
      expect(byId(copy.steps, to(step.id)!).workflowId).toBe(to(step.workflowId));
    for (const friction of source.frictions)
      expect(byId(copy.frictions, to(friction.id)!).stepId).toBe(to(friction.stepId));
    for (const useCase of source.useCases)
      expect(byId(copy.useCases, to(useCase.id)!).stepIds).toEqual(useCase.stepIds.map(to));

    // scorecards -> the copied use case and participant
    for (const card of source.scorecards) {
      const copied = byId(copy.scorecards, to(card.id)!);
      expect(copied.useCaseId).toBe(to(card.useCaseId));
      expect(copied.participantId).toBe(to(card.participantId));
    }

    // waves keep their ordered use cases, as copies
    for (const wave of source.waves)
      expect(byId(copy.waves, to(wave.id)!).useCaseIds).toEqual(wave.useCaseIds.map(to));

    // decisions -> use case, wave, suggested wave
    const override = copy.decisions.find((d) => d.kind === 'override');
    expect(override).toMatchObject({ useCaseId: to('src-uc-faq'), waveId: to('src-wave-now') });
    const placement = copy.decisions.find((d) => d.kind === 'roadmapPlacement');
    expect(placement).toMatchObject({
      useCaseId: to('src-uc-match'),
      waveId: to('src-wave-now'),
      suggestedWaveId: to('src-wave-next'),
    });
    const resolution = copy.decisions.find((d) => d.kind === 'divergenceResolution');
    expect(resolution).toMatchObject({ useCaseId: to('src-uc-match') });

    // audit entries -> the copied entity (the scorecard entry names its use case)
    for (const entry of source.audit)
      expect(byId(copy.audit, to(entry.id)!).entityId).toBe(to(entry.entityId));
  });

  it('keeps everything else as it was: texts, scores, weights, decisions, history', () => {
    const copy = copyWorkspaceBundle(source, options());
    const pair = new Map([...idPairs(source, copy), ...nestedPairs(source, copy)]);
    // Rewrite the source's ids into the copy's: what remains must be identical, apart from
    // the workspace's own name, dates and demo flag.
    let text = JSON.stringify(source);
    for (const [from, to] of pair) text = text.split(`"${from}"`).join(`"${to}"`);
    const expected = JSON.parse(text) as WorkspaceBundle;
    expected.workspace = {
      ...expected.workspace,
      name: 'Copy of the workshop',
      isDemo: false,
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect(copy).toEqual(expected);
  });

  it('keeps the workspace-level departments and KPIs consistent with their references', () => {
    const copy = copyWorkspaceBundle(source, options());
    const departments = copy.workspace.departments.map((d) => d.id);
    const kpis = copy.workspace.kpis.map((k) => k.id);
    for (const p of copy.participants)
      if (p.departmentId !== null) expect(departments).toContain(p.departmentId);
    for (const s of copy.steps)
      if (s.departmentId !== null) expect(departments).toContain(s.departmentId);
    for (const f of copy.frictions) for (const k of f.kpiIds) expect(kpis).toContain(k);
    for (const u of copy.useCases) {
      for (const e of u.kpiEffects) expect(kpis).toContain(e.kpiId);
      if (u.successMeasure.kpiId !== null) expect(kpis).toContain(u.successMeasure.kpiId);
    }
  });

  it('gives the departments, initiatives and KPIs fresh ids, and every reference follows them', () => {
    const copy = copyWorkspaceBundle(source, options());
    // the sample has department dep-fin, initiative ini-cash, KPI kpi-dso (of dep-fin)
    const [department] = copy.workspace.departments;
    const [initiative] = copy.workspace.initiatives;
    const [kpi] = copy.workspace.kpis;
    for (const id of [department?.id, initiative?.id, kpi?.id]) expect(id).toMatch(/^new-/);
    expect(kpi?.departmentId).toBe(department?.id);
    expect(copy.participants[0]?.departmentId).toBe(department?.id);
    for (const u of copy.useCases) {
      expect(u.successMeasure.kpiId).toBe(kpi?.id);
      expect(u.kpiEffects.map((e) => e.kpiId)).toEqual([kpi?.id]);
    }
    const text = JSON.stringify(copy);
    for (const old of ['"dep-fin"', '"ini-cash"', '"kpi-dso"']) expect(text).not.toContain(old);
  });

  it('takes the name and the date from the options, and is never the demo', () => {
    const demo: WorkspaceBundle = {
      ...source,
      workspace: { ...source.workspace, isDemo: true },
    };
    const copy = copyWorkspaceBundle(demo, options('Atelier Delorme (copie)'));
    expect(copy.workspace.name).toBe('Atelier Delorme (copie)');
    expect(copy.workspace.createdAt).toBe(NOW);
    expect(copy.workspace.updatedAt).toBe(NOW);
    expect(copy.workspace.isDemo).toBe(false);
    expect(copy.workspace.description).toBe(source.workspace.description);
    expect(copy.workspace.weights).toEqual(source.workspace.weights);
  });

  it('does not change the source', () => {
    const before = structuredClone(source);
    copyWorkspaceBundle(source, options());
    expect(source).toEqual(before);
  });

  it('gives two copies of one source ids of their own', () => {
    let n = 0;
    const newId = () => `id-${n++}`;
    const first = copyWorkspaceBundle(source, { newId, now: NOW, name: 'One' });
    const second = copyWorkspaceBundle(source, { newId, now: NOW, name: 'Two' });
    const firstIds = new Set(recordIdsOf(first));
    for (const id of recordIdsOf(second)) expect(firstIds.has(id)).toBe(false);
  });
});
