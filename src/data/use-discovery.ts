import { useDeferredValue, useMemo } from 'react';
import { database } from '../db/database';
import { useChangeContext } from './use-actor';
import { addUseCaseFromCatalogue } from '../db/repositories/qualification';
import {
  createStep,
  createWorkflow,
  deleteStep,
  deleteWorkflow,
  discoveryEdits,
  moveStep,
  type StepForm,
  type WorkflowForm,
} from '../db/repositories/workflows';
import { deleteFriction, saveFriction, type FrictionForm } from '../db/repositories/frictions';
import { updateSeen } from '../db/repositories/recorded-edits';
import { removeWithDependants, undoRemoval } from '../db/repositories/dependants';
import type { DependantTarget } from '../domain/dependants/dependants';
import type { RecordChange, RemovalChoice } from '../domain/dependants/removal-plan';
import type { Language } from '../domain/schema/common';
import { groupBy } from '../domain/collections/group-by';
import { coverageOf, type Coverage } from '../domain/coverage/coverage';
import type { UseCase } from '../domain/schema/use-case';
import type { Friction, Step, Workflow } from '../domain/schema/workflow';
import type { Workspace } from '../domain/schema/workspace';
import { useDiscoveryRecords, useWorkflowAnchors, useWorkspace } from './workspace-queries';

export interface Discovery {
  workspace: Workspace;
  workflows: Workflow[];
  steps: Step[];
  frictions: Friction[];
  useCases: UseCase[];
  /** Steps of each workflow, in order. */
  stepsByWorkflow: ReadonlyMap<string, Step[]>;
  frictionsByStep: ReadonlyMap<string, Friction[]>;
  stepsById: ReadonlyMap<string, Step>;
  workflowsById: ReadonlyMap<string, Workflow>;
  /** Counts, uncovered frictions and unanchored use cases, computed once per change. */
  coverage: Coverage;
}

/**
 * Everything the discovery screens show (framing, workflows, journey, coverage), read live;
 * undefined while loading, null when the workspace does not exist.
 */
export function useDiscovery(workspaceId: string): Discovery | null | undefined {
  // Shared with the other readers of the workspace, and started by the route while the screen
  // loads (see workspace-queries.ts).
  const workspace = useWorkspace(workspaceId);
  const records = useDiscoveryRecords(workspaceId);
  const raw = useMemo(() => {
    if (workspace === null) return null;
    return workspace && records ? { workspace, ...records } : undefined;
  }, [workspace, records]);
  // The first data is not deferred: nothing older is on screen to keep in its place.
  const deferred = useDeferredValue(raw) ?? raw;
  return useMemo(() => {
    if (deferred === undefined || deferred === null) return deferred;
    return {
      ...deferred,
      stepsByWorkflow: groupBy(deferred.steps, (s) => s.workflowId),
      frictionsByStep: groupBy(deferred.frictions, (f) => f.stepId),
      stepsById: new Map(deferred.steps.map((s) => [s.id, s])),
      workflowsById: new Map(deferred.workflows.map((w) => [w.id, w])),
      coverage: coverageOf(deferred),
    };
  }, [deferred]);
}

/** The writes of the discovery screens, signed by the person at this browser. */
export function useDiscoveryWrites() {
  const change = useChangeContext();
  return useMemo(() => {
    const db = database();
    const edits = discoveryEdits(db);
    return {
      createWorkflow: (workspaceId: string, kind: Workflow['kind'], form: WorkflowForm) =>
        createWorkflow(db, change(), workspaceId, kind, form),
      updateWorkflow: (id: string, form: WorkflowForm, seen?: Partial<Workflow>) =>
        updateSeen(db, change(), edits.workflow, id, form, seen),
      deleteWorkflow: (id: string) => deleteWorkflow(db, change(), id),
      saveStep: (workflowId: string, id: string | null, form: StepForm, seen?: Partial<Step>) =>
        id
          ? updateSeen(db, change(), edits.step, id, form, seen)
          : createStep(db, change(), workflowId, form),
      moveStep: (id: string, toIndex: number) => moveStep(db, change(), id, toIndex),
      deleteStep: (id: string) => deleteStep(db, change(), id),
      removeWithDependants: (workspaceId: string, target: DependantTarget, choice: RemovalChoice) =>
        removeWithDependants(db, change(), workspaceId, target, choice),
      undoRemoval: (workspaceId: string, changes: RecordChange[]) =>
        undoRemoval(db, change(), workspaceId, changes),
      saveFriction: (stepId: string, id: string | null, form: FrictionForm, seen?: FrictionForm) =>
        saveFriction(db, change(), stepId, id, form, seen),
      deleteFriction: (id: string) => deleteFriction(db, change(), id),
      addFromCatalogue: (stepId: string, entryId: string, language: Language) =>
        addUseCaseFromCatalogue(db, change(), stepId, entryId, language),
    };
  }, [change]);
}

export interface StepChoice {
  step: Step;
  workflow: Workflow;
}

/** Every step of a workspace with its workflow, in workflow then step order (anchoring). */
export function useStepChoices(workspaceId: string): StepChoice[] | undefined {
  const anchors = useWorkflowAnchors(workspaceId);
  return useMemo(() => {
    if (!anchors) return undefined;
    const byWorkflow = groupBy(anchors.steps, (s) => s.workflowId);
    return anchors.workflows.flatMap((workflow) =>
      (byWorkflow.get(workflow.id) ?? []).map((step) => ({ step, workflow })),
    );
  }, [anchors]);
}
