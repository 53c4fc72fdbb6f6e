import type { AuditEntry } from '../schema/audit-entry';
import type { Wave } from '../schema/roadmap';
import { defaultWeights } from '../schema/criterion';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import type { Workspace } from '../schema/workspace';

/** What a new workspace is decided with until someone changes it (SCORING.md sections 3-10). */
export function defaultDecisionSettings() {
  return {
    weights: defaultWeights(),
    criterionTexts: {},
    thresholds: { value: 50, feasibility: 50 },
    aggregation: 'mean',
    blindScoring: false,
    topK: 5,
    robustnessSeed: 42,
    roadmapMode: 'waves',
  } satisfies Partial<Workspace>;
}

export type BundleLists = Omit<WorkspaceBundle, 'workspace'>;

/** A workspace's bundle: the lists given, every other list empty. */
export function bundleOf(workspace: Workspace, lists: Partial<BundleLists>): WorkspaceBundle {
  return {
    workspace,
    participants: [],
    workflows: [],
    steps: [],
    frictions: [],
    useCases: [],
    scorecards: [],
    decisions: [],
    waves: [],
    weightSets: [],
    decisionSnapshots: [],
    reviews: [],
    portfolios: [],
    workshops: [],
    parkingLot: [],
    audit: [],
    ...lists,
  };
}

/** The first line of a generated workspace's audit trail: who created it, when. */
export function workspaceCreated(
  id: string,
  workspace: Pick<Workspace, 'id' | 'name'>,
  at: string,
  actor: string,
): AuditEntry {
  return {
    id,
    workspaceId: workspace.id,
    at,
    actor,
    action: 'created',
    entityType: 'workspace',
    entityId: workspace.id,
    label: workspace.name,
    before: null,
    after: null,
  };
}

/** Empty waves of a generated workspace, one per name in order: no capacity, no dates yet. */
export function emptyWaves(
  workspaceId: string,
  names: readonly string[],
  idOf: (position: number) => string,
): Wave[] {
  return names.map((name, position) => ({
    id: idOf(position),
    workspaceId,
    name,
    position,
    capacity: null,
    startDate: null,
    endDate: null,
    useCaseIds: [],
  }));
}
