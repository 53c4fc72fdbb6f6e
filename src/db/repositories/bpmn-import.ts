import { toJson } from '../../domain/audit/record-changes';
import type { BpmnPlan } from '../../domain/bpmn/bpmn-model';
import { stepSchema, workflowSchema } from '../../domain/schema/workflow';
import { workspaceSchema, type Department } from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import type { AuditFacts } from './audit-trail';
import { writeChange } from '../write';

/** Departments of the plan not yet in the workspace (matched by name, case aside), with ids. */
function departmentsToAdd(
  ctx: ChangeContext,
  existing: readonly Department[],
  names: readonly string[],
): Department[] {
  const known = new Set(existing.map((d) => d.name.trim().toLocaleLowerCase()));
  return names
    .filter((name) => !known.has(name.trim().toLocaleLowerCase()))
    .map((name) => ({ id: ctx.newId(), name: name.trim() }));
}

/**
 * Writes a planned BPMN import (planBpmnImport) into a workspace in ONE transaction: the lanes'
 * departments the workspace lacks, then each workflow (internal, after the existing ones) with
 * its steps in order, each step's department set from its lane. Every record is parsed by its
 * schema first: any refusal (a limit, a name) fails the transaction and nothing is written.
 * Returns the new workflows' ids.
 */
export async function importBpmnPlan(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  plan: BpmnPlan,
): Promise<string[]> {
  return writeChange(db, ctx, [db.workflows, db.steps], async (now) => {
    const workspace = await db.workspaces.get(workspaceId);
    if (!workspace) throw new Error(`No workspace ${workspaceId}`);
    const audit: AuditFacts[] = [];
    const added = departmentsToAdd(ctx, workspace.departments, plan.departments);
    const departments = [...workspace.departments, ...added];
    if (added.length) {
      const next = workspaceSchema.parse({ ...workspace, departments, updatedAt: now });
      await db.workspaces.put(next);
      audit.push({
        workspaceId,
        action: 'updated',
        entityType: 'workspace',
        entityId: workspaceId,
        label: workspace.name,
        before: toJson({ departments: workspace.departments }),
        after: toJson({ departments }),
      });
    }
    const departmentId = new Map(departments.map((d) => [d.name.trim().toLocaleLowerCase(), d.id]));
    let position = await db.workflows.where('workspaceId').equals(workspaceId).count();
    const ids: string[] = [];
    for (const planned of plan.workflows) {
      const workflow = workflowSchema.parse({
        id: ctx.newId(),
        workspaceId,
        kind: 'internal',
        name: planned.name,
        description: '',
        position: position++,
      });
      const steps = planned.steps.map((step, i) =>
        stepSchema.parse({
          id: ctx.newId(),
          workspaceId,
          workflowId: workflow.id,
          name: step.name,
          position: i,
          departmentId: step.department
            ? (departmentId.get(step.department.trim().toLocaleLowerCase()) ?? null)
            : null,
        }),
      );
      await db.workflows.add(workflow);
      await db.steps.bulkAdd(steps);
      ids.push(workflow.id);
      audit.push({
        workspaceId,
        action: 'created',
        entityType: 'workflow',
        entityId: workflow.id,
        label: workflow.name,
        after: toJson({ kind: 'internal', name: workflow.name, importedFrom: 'bpmn', steps }),
      });
    }
    return { result: ids, audit };
  });
}
