import type { WorkspaceBundle } from '../schema/workspace-bundle';

export interface CopyOptions {
  newId: () => string;
  now: string;
  name: string;
}

/**
 * A copy of a workspace with fresh ids for every record and every reference remapped,
 * so that it can live beside the original (duplicate, import as new).
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
      name: options.name,
      isDemo: false,
      createdAt: options.now,
      updatedAt: options.now,
    },
    participants: bundle.participants.map((p) => ({ ...p, id: map(p.id), workspaceId })),
    workflows: bundle.workflows.map((w) => ({ ...w, id: map(w.id), workspaceId })),
    steps: bundle.steps.map((s) => ({
      ...s,
      id: map(s.id),
      workspaceId,
      workflowId: map(s.workflowId),
    })),
    frictions: bundle.frictions.map((f) => ({
      ...f,
      id: map(f.id),
      workspaceId,
      stepId: map(f.stepId),
    })),
    useCases: bundle.useCases.map((u) => ({
      ...u,
      id: map(u.id),
      workspaceId,
      stepIds: u.stepIds.map(map),
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
          return base;
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
