import { remapConflictKey } from '../conflicts/kpi-conflicts';
import { BUNDLE_RECORD_LISTS, type BundleRecordList } from '../schema/bundle-lists';
import type { Workspace } from '../schema/workspace';
import type { WorkspaceBundle } from '../schema/workspace-bundle';

export interface CopyOptions {
  newId: () => string;
  now: string;
  name: string;
}

/** The fresh id of every id of the original (records, departments, initiatives, KPIs). */
export interface CopyIds {
  /** The copy's workspace id. */
  workspaceId: string;
  ids: ReadonlyMap<string, string>;
}

type RecordOf<L extends BundleRecordList> = WorkspaceBundle[L][number];

/** The ids of a bundle's records, list by list in BUNDLE_RECORD_LISTS order. */
function recordIdsOf(bundle: WorkspaceBundle): string[] {
  return BUNDLE_RECORD_LISTS.flatMap((list) => bundle[list].map((r) => r.id));
}

/**
 * A fresh id for the workspace, each department, initiative and KPI, then each record id (in
 * that order: a copy made of the whole bundle or list by list draws the same ids).
 */
export function freshIdsOf(
  workspace: Workspace,
  recordIds: Iterable<string>,
  newId: () => string,
): CopyIds {
  const ids = new Map<string, string>();
  const fresh = (old: string): string => {
    let id = ids.get(old);
    if (!id) {
      id = newId();
      ids.set(old, id);
    }
    return id;
  };
  const workspaceId = fresh(workspace.id);
  for (const list of [workspace.departments, workspace.initiatives, workspace.kpis])
    for (const item of list) fresh(item.id);
  for (const id of recordIds) fresh(id);
  return { workspaceId, ids };
}

/** The copy's workspace record: fresh ids, its new name and times, never a demo. */
export function copyWorkspaceRecord(
  workspace: Workspace,
  { workspaceId, ids }: CopyIds,
  options: Pick<CopyOptions, 'now' | 'name'>,
): Workspace {
  const map = (old: string): string => ids.get(old) ?? old;
  const mapNullable = (old: string | null): string | null => (old === null ? null : map(old));
  const { departments, initiatives, kpis } = workspace;
  return {
    ...workspace,
    id: workspaceId,
    departments: departments.map((d) => ({ ...d, id: map(d.id) })),
    initiatives: initiatives.map((i) => ({ ...i, id: map(i.id) })),
    kpis: kpis.map((k) => ({ ...k, id: map(k.id), departmentId: mapNullable(k.departmentId) })),
    name: options.name,
    isDemo: false,
    createdAt: options.now,
    updatedAt: options.now,
  };
}

type Copiers = { [L in BundleRecordList]: (record: RecordOf<L>) => RecordOf<L> };

/** How each list's records are copied: fresh ids, every reference remapped. */
function copiersOf({ workspaceId, ids }: CopyIds): Copiers {
  const map = (old: string): string => ids.get(old) ?? old;
  const mapNullable = (old: string | null): string | null => (old === null ? null : map(old));
  return {
    participants: (p) => ({
      ...p,
      id: map(p.id),
      workspaceId,
      departmentId: mapNullable(p.departmentId),
    }),
    workflows: (w) => ({ ...w, id: map(w.id), workspaceId }),
    steps: (s) => ({
      ...s,
      id: map(s.id),
      workspaceId,
      workflowId: map(s.workflowId),
      departmentId: mapNullable(s.departmentId),
    }),
    frictions: (f) => ({
      ...f,
      id: map(f.id),
      workspaceId,
      stepId: map(f.stepId),
      kpiIds: f.kpiIds.map(map),
    }),
    useCases: (u) => ({
      ...u,
      id: map(u.id),
      workspaceId,
      stepIds: u.stepIds.map(map),
      successMeasure: { ...u.successMeasure, kpiId: mapNullable(u.successMeasure.kpiId) },
      kpiEffects: u.kpiEffects.map((e) => ({ ...e, kpiId: map(e.kpiId) })),
    }),
    scorecards: (c) => ({
      ...c,
      id: map(c.id),
      workspaceId,
      useCaseId: map(c.useCaseId),
      participantId: map(c.participantId),
    }),
    decisions: (d) => {
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
    },
    waves: (w) => ({ ...w, id: map(w.id), workspaceId, useCaseIds: w.useCaseIds.map(map) }),
    weightSets: (s) => ({ ...s, id: map(s.id), workspaceId }),
    decisionSnapshots: (s) => ({
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
    }),
    reviews: (r) => ({
      ...r,
      id: map(r.id),
      workspaceId,
      useCaseId: map(r.useCaseId),
      kpiId: mapNullable(r.kpiId),
    }),
    // Its id is the workspace's: mapped to the copy's.
    portfolios: (p) => ({
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
    }),
    workshops: (w) => ({
      ...w,
      id: map(w.id),
      workspaceId,
      participantIds: w.participantIds.map(map),
    }),
    parkingLot: (p) => ({
      ...p,
      id: map(p.id),
      workspaceId,
      workshopId: mapNullable(p.workshopId),
    }),
    audit: (a) => ({ ...a, id: map(a.id), workspaceId, entityId: map(a.entityId) }),
  };
}

/** Copies records of one list with the ids of `copy` (a copy made list by list, as it is read). */
export function copyRecordsOf<L extends BundleRecordList>(
  list: L,
  records: readonly RecordOf<L>[],
  copy: CopyIds,
): RecordOf<L>[] {
  const copier = copiersOf(copy)[list] as (record: RecordOf<L>) => RecordOf<L>;
  return records.map(copier);
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
  const copy = freshIdsOf(bundle.workspace, recordIdsOf(bundle), options.newId);
  const copier = copiersOf(copy);
  const lists = Object.fromEntries(
    BUNDLE_RECORD_LISTS.map((list) => [
      list,
      (bundle[list] as RecordOf<typeof list>[]).map(copier[list] as (r: unknown) => unknown),
    ]),
  ) as Omit<WorkspaceBundle, 'workspace'>;
  return { workspace: copyWorkspaceRecord(bundle.workspace, copy, options), ...lists };
}
