import { useMemo } from 'react';
import { database } from '../db/database';
import { importBpmnPlan } from '../db/repositories/bpmn-import';
import type { BpmnPlan } from '../domain/bpmn/bpmn-model';
import { useChangeContext } from './use-actor';

/** Writes a planned BPMN import into a workspace (one transaction; see importBpmnPlan). */
export function useBpmnImport() {
  const change = useChangeContext();
  return useMemo(
    () => (workspaceId: string, plan: BpmnPlan) =>
      importBpmnPlan(database(), change(), workspaceId, plan),
    [change],
  );
}
