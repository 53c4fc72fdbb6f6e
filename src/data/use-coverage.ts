import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo } from 'react';
import { database } from '../db/database';
import { listFrictions } from '../db/repositories/workspace-reads';
import { coverageOf, type Coverage } from '../domain/coverage/coverage';
import { useRankingRecords, useWorkflowAnchors, useWorkspace } from './workspace-queries';

/**
 * The coverage of a workspace, read live: its use cases are the ranking's (the read the open
 * workspace keeps, so they are not read again from 10,000 or 50,000 records), its workflows and
 * steps the shared anchors, and its frictions. Undefined while loading, null when the workspace
 * does not exist.
 */
export function useCoverage(workspaceId: string): Coverage | null | undefined {
  const workspace = useWorkspace(workspaceId);
  const records = useRankingRecords(workspaceId);
  const anchors = useWorkflowAnchors(workspaceId);
  const frictions = useLiveQuery(() => listFrictions(database(), workspaceId), [workspaceId]);
  const raw = useMemo(() => {
    if (workspace === null) return null;
    if (!workspace || !records || !anchors || !frictions) return undefined;
    return { ...anchors, frictions, useCases: records.useCases };
  }, [workspace, records, anchors, frictions]);
  // The first data is not deferred: nothing older is on screen to keep in its place.
  const deferred = useDeferredValue(raw) ?? raw;
  return useMemo(() => (deferred ? coverageOf(deferred) : deferred), [deferred]);
}
