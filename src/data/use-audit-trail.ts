import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listAuditEntries } from '../db/repositories/audit-trail';
import type { AuditEntry } from '../domain/schema/audit-entry';

export function useAuditTrail(workspaceId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => listAuditEntries(database(), workspaceId), [workspaceId]);
}
