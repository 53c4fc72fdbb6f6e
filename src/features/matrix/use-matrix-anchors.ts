import { useWorkflowAnchors, type WorkflowAnchors } from '../../data/workspace-queries';

export type MatrixAnchors = WorkflowAnchors;

/** The workspace's workflows and steps, read live (the matrix filters by workflow and phase). */
export function useMatrixAnchors(workspaceId: string): MatrixAnchors | undefined {
  return useWorkflowAnchors(workspaceId);
}
