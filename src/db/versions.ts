/**
 * The ordered list of database versions. A released version is never edited: a change is a new
 * entry here, with its entry in src/domain/migrations/migrations.ts (a pure upgrade function in
 * v<N>.ts when stored records change, tested before/after in v<N>.test.ts). The database runs it
 * in its upgrade transaction after a JSON snapshot (src/db/upgrade.ts); a backup of an older
 * version goes through the same function on import. When a version is released, freeze its
 * database (scripts/freeze-database.ts) and add it to test/fixtures/databases/released-versions.json.
 */
export interface DatabaseVersion {
  version: number;
  /** Dexie store definitions: primary key first, then indexes. */
  stores: Record<string, string | null>;
}

export const VERSIONS: readonly DatabaseVersion[] = [
  {
    version: 1,
    stores: {
      workspaces: 'id, updatedAt',
      participants: 'id, workspaceId',
      workflows: 'id, workspaceId',
      steps: 'id, workspaceId, workflowId',
      frictions: 'id, workspaceId, stepId',
      useCases: 'id, workspaceId, [workspaceId+status], *stepIds',
      scorecards: 'id, workspaceId, useCaseId, [useCaseId+participantId]',
      decisions: 'id, workspaceId, useCaseId, kind',
      waves: 'id, workspaceId',
      weightSets: 'id, workspaceId',
      audit: 'id, workspaceId, [workspaceId+at], entityId',
      meta: 'key',
      /** JSON snapshots of old data kept before an upgrade that transforms data. */
      snapshots: 'id, createdAt',
    },
  },
  {
    // Released 2026-12-04 (frozen: test/fixtures/databases/v2.json): tables added, no transform.
    version: 2,
    stores: {
      /** A guided workshop of a workspace: agenda, planned and spent time, where it stopped. */
      workshops: 'id, workspaceId',
      /** Remarks captured during a workshop, each with an owner. */
      parkingLot: 'id, workspaceId',
      /** Frozen decisions (the decision function's whole output) under a name and a date. */
      decisionSnapshots: 'id, workspaceId, [workspaceId+takenAt]',
      /** Hypothesis reviews of use cases at their review date. */
      reviews: 'id, workspaceId, useCaseId',
      /** Portfolio settings of a workspace: budgets, capacities, dependencies, must in/out. */
      portfolios: 'id, workspaceId',
      /** Live sessions opened by the facilitator on this machine. */
      liveSessions: 'id, workspaceId',
    },
  },
];
