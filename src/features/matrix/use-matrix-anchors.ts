import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { listSteps, listWorkflows } from '../../db/repositories/workflows';
import type { Step, Workflow } from '../../domain/schema/workflow';

export interface MatrixAnchors {
  workflows: Workflow[];
  steps: Step[];
}

/** The workspace's workflows and steps, read live (the matrix filters by workflow and phase). */
export function useMatrixAnchors(workspaceId: string): MatrixAnchors | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [workflows, steps] = await Promise.all([
      listWorkflows(db, workspaceId),
      listSteps(db, workspaceId),
    ]);
    return { workflows, steps };
  }, [workspaceId]);
}
