import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listAuditEntries } from '../db/repositories/audit-trail';
import { listDecisions } from '../db/repositories/decision-input';
import { listWaves } from '../db/repositories/roadmap';
import { listParticipants } from '../db/repositories/scorecards';
import {
  getWorkspace,
  listSteps,
  listUseCases,
  listWorkflows,
} from '../db/repositories/workspace-reads';
import type { AuditNames } from '../domain/audit/describe-entry';
import type { AuditEntry } from '../domain/schema/audit-entry';

export function useAuditTrail(workspaceId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => listAuditEntries(database(), workspaceId), [workspaceId]);
}

function byId<T extends { id: string }>(
  records: readonly T[],
  name: (r: T) => string,
): Map<string, string> {
  return new Map(records.map((r) => [r.id, name(r)]));
}

/** The names of the workspace's records, to show names instead of ids in its audit trail; live. */
export function useAuditNames(workspaceId: string): AuditNames | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [workspace, useCases, participants, workflows, steps, waves, decisions] =
      await Promise.all([
        getWorkspace(db, workspaceId),
        listUseCases(db, workspaceId),
        listParticipants(db, workspaceId),
        listWorkflows(db, workspaceId),
        listSteps(db, workspaceId),
        listWaves(db, workspaceId),
        listDecisions(db, workspaceId),
      ]);
    return {
      useCases: byId(useCases, (u) => u.title),
      participants: byId(participants, (p) => p.name),
      departments: byId(workspace?.departments ?? [], (d) => d.name),
      kpis: byId(workspace?.kpis ?? [], (k) => k.name),
      workflows: byId(workflows, (w) => w.name),
      steps: byId(steps, (s) => s.name),
      waves: byId(waves, (w) => w.name),
      decisionUseCase: new Map(
        decisions.flatMap((d) => ('useCaseId' in d ? [[d.id, d.useCaseId] as const] : [])),
      ),
    } satisfies AuditNames;
  }, [workspaceId]);
}
