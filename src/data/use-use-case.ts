import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listAuditEntriesFor } from '../db/repositories/audit-trail';
import type { AuditEntry } from '../domain/schema/audit-entry';

export function useUseCaseHistory(
  workspaceId: string,
  useCaseId: string,
): AuditEntry[] | undefined {
  // The use case's own entries, its scores, and the decisions about it (overrides, agreements).
  return useLiveQuery(async () => {
    const db = database();
    const decisions = await db.decisions.where('useCaseId').equals(useCaseId).primaryKeys();
    return listAuditEntriesFor(db, workspaceId, [useCaseId, ...decisions]);
  }, [workspaceId, useCaseId]);
}
