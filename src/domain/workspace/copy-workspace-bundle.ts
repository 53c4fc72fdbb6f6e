import { remapConflictKey } from '../conflicts/kpi-conflicts';
import type { WorkspaceBundle } from '../schema/workspace-bundle';

export interface CopyOptions {
  newId: () => string;
  now: string;
  name: string;
}

/**
 * A copy of a workspace with fresh ids for every record, department, initiative and KPI, and
 * every reference remapped, so that it can live beside the original (duplicate, import as new)
 * and nothing links the two.
 */
export function copyWorkspaceBundle(
  bundle: WorkspaceBundle,
  options: CopyOptions,
): WorkspaceBundle {
  const ids = new Map<string, string>();
  const fresh = (old: string): string => {
    let id = ids.get(old);
    if (!id) {
      id = options.newId();
      ids.set(old, id);
    }
    return id;
  };
  const map = (old: string): string => ids.get(old) ?? old;
  const mapNullable = (old: string | null): string | null => (old === null ? null : map(old));

  const workspaceId = fresh(bundle.workspace.id);
  const { departments, initiatives, kpis } = bundle.workspace;
  for (const list of [departments, initiatives, kpis]) for (const item of list) fresh(item.id);
  for (const list of [
    bundle.participants,
    bundle.workflows,
    bundle.steps,
    bundle.frictions,
    bundle.useCases,
    bundle.scorecards,
    bundle.decisions,
    bundle.waves,
    bundle.weightSets,
    bundle.decisionSnapshots,
    bundle.reviews,
    bundle.portfolios,
    bundle.workshops,
    bundle.parkingLot,
    bundle.audit,
  ]) {
    for (const record of list) fresh(record.id);
  }

  return {
    workspace: {
      ...bundle.workspace,
      id: workspaceId,
      departments: departments.map((d) => ({ ...d, id: map(d.id) })),
      initiatives: initiatives.map((i) => ({ ...i, id: map(i.id) })),
      kpis: kpis.map((k) => ({ ...k, id: map(k.id), departmentId: mapNullable(k.departmentId) })),
      name: options.name,
      isDemo: false,
      createdAt: options.now,
      updatedAt: options.now,
    },
    participants: bundle.participants.map((p) => ({
      ...p,
      id: map(p.id),
      workspaceId,
      departmentId: mapNullable(p.departmentId),
    })),
    workflows: bundle.workflows.map((w) => ({ ...w, id: map(w.id), workspaceId })),
    steps: bundle.steps.map((s) => ({
      ...s,
      id: map(s.id),
      workspaceId,
      workflowId: map(s.workflowId),
      departmentId: mapNullable(s.departmentId),
    })),
    frictions: bundle.frictions.map((f) => ({
      ...f,
      id: map(f.id),
      workspaceId,
      stepId: map(f.stepId),
      kpiIds: f.kpiIds.map(map),
    })),
    useCases: bundle.useCases.map((u) => ({
      ...u,
      id: map(u.id),
      workspaceId,
      stepIds: u.stepIds.map(map),
      successMeasure: { ...u.successMeasure, kpiId: mapNullable(u.successMeasure.kpiId) },
      kpiEffects: u.kpiEffects.map((e) => ({ ...e, kpiId: map(e.kpiId) })),
    })),
    scorecards: bundle.scorecards.map((c) => ({
      ...c,
      id: map(c.id),
      workspaceId,
      useCaseId: map(c.useCaseId),
      participantId: map(c.participantId),
    })),
    decisions: bundle.decisions.map((d) => {
      const base = { ...d, id: map(d.id), workspaceId };
      switch (base.kind) {
        case 'override':
          return { ...base, useCaseId: map(base.useCaseId), waveId: mapNullable(base.waveId) };
        case 'roadmapPlacement':
          return {
            ...base,
            useCaseId: map(base.useCaseId),
            waveId: mapNullable(base.waveId),
            suggestedWaveId: mapNullable(base.suggestedWaveId),
          };
        case 'divergenceResolution':
          return { ...base, useCaseId: map(base.useCaseId) };
        case 'kpiArbitration':
          return { ...base, conflictKey: remapConflictKey(base.conflictKey, ids) };
      }
    }),
    waves: bundle.waves.map((w) => ({
      ...w,
      id: map(w.id),
      workspaceId,
      useCaseIds: w.useCaseIds.map(map),
    })),
    weightSets: bundle.weightSets.map((s) => ({ ...s, id: map(s.id), workspaceId })),
    decisionSnapshots: bundle.decisionSnapshots.map((s) => ({
      ...s,
      id: map(s.id),
      workspaceId,
      useCases: s.useCases.map((u) => ({
        ...u,
        id: map(u.id),
        overrideIds: u.overrideIds.map(map),
        scores: Object.fromEntries(
          Object.entries(u.scores).map(([c, score]) => [
            c,
            score.agreement
              ? {
                  ...score,
                  agreement: {
                    ...score.agreement,
                    useCaseId: map(score.agreement.useCaseId),
                    decisionId: map(score.agreement.decisionId),
                  },
                }
              : score,
          ]),
        ) as typeof u.scores,
      })),
      overrides: s.overrides.map((o) => ({
        ...o,
        id: map(o.id),
        workspaceId,
        useCaseId: map(o.useCaseId),
        waveId: mapNullable(o.waveId),
      })),
      scorecards: s.scorecards.map((c) => ({
        ...c,
        id: map(c.id),
        useCaseId: map(c.useCaseId),
        participantId: map(c.participantId),
      })),
    })),
    reviews: bundle.reviews.map((r) => ({
      ...r,
      id: map(r.id),
      workspaceId,
      useCaseId: map(r.useCaseId),
      kpiId: mapNullable(r.kpiId),
    })),
    // Its id is the workspace's: mapped to the copy's.
    portfolios: bundle.portfolios.map((p) => ({
      ...p,
      id: map(p.id),
      workspaceId,
      peopleNeeded: p.peopleNeeded.map((n) => ({ ...n, useCaseId: map(n.useCaseId) })),
      dependencies: p.dependencies.map((d) => ({
        useCaseId: map(d.useCaseId),
        needsId: map(d.needsId),
      })),
      mustIn: p.mustIn.map(map),
      mustOut: p.mustOut.map(map),
      chosen: p.chosen.map((c) => ({ ...c, useCaseId: map(c.useCaseId) })),
    })),
    workshops: bundle.workshops.map((w) => ({
      ...w,
      id: map(w.id),
      workspaceId,
      participantIds: w.participantIds.map(map),
    })),
    parkingLot: bundle.parkingLot.map((p) => ({
      ...p,
      id: map(p.id),
      workspaceId,
      workshopId: mapNullable(p.workshopId),
    })),
    audit: bundle.audit.map((a) => ({
      ...a,
      id: map(a.id),
      workspaceId,
      entityId: map(a.entityId),
    })),
  };
}
