import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import { removeWithDependants } from '../../src/db/repositories/dependants';
import { saveFramingItem } from '../../src/db/repositories/framing';
import {
  addUseCaseFromCatalogue,
  saveQualification,
} from '../../src/db/repositories/qualification';
import { createUseCase, getUseCase, updateUseCase } from '../../src/db/repositories/use-cases';
import {
  createStep,
  createWorkflow,
  deleteStep,
  deleteWorkflow,
  moveStep,
  discoveryEdits,
} from '../../src/db/repositories/workflows';
import { deleteFriction, saveFriction } from '../../src/db/repositories/frictions';
import { updateSeen } from '../../src/db/repositories/recorded-edits';
import { getWorkspace, updateWorkspaceSettings } from '../../src/db/repositories/workspaces';
import { clarityOf } from '../../src/domain/qualification/clarity';
import type { ChangeContext } from '../../src/db/change-context';
import { contextOf, dumpDatabase, rejectionOf, formOfUseCase } from '../fixtures/builders';
import { listSteps } from '../../src/db/repositories/workspace-reads';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let ctx: ChangeContext;
let workspaceId: string;

beforeEach(async () => {
  const opened = await openTestDatabase();
  ({ db, workspaceId } = opened);
  ctx = contextOf('Ada', opened.seq);
});

afterEach(deleteTestDatabases);

function messagesOf(error: unknown): string[] {
  expect(error).toBeInstanceOf(z.ZodError);
  return (error as z.ZodError).issues.map((i) => i.message);
}

async function invoiceWorkflow() {
  const workflowId = await createWorkflow(db, ctx, workspaceId, 'internal', {
    name: 'Supplier invoices',
    description: '',
  });
  const ids: string[] = [];
  for (const name of ['Receive', 'Match', 'Pay']) {
    ids.push(await createStep(db, ctx, workflowId, { name, kind: 'highVolume' }));
  }
  return { workflowId, ids };
}

describe('framing', () => {
  it('writes the intention, departments and KPIs, each with an audit entry', async () => {
    await updateWorkspaceSettings(db, ctx, workspaceId, {
      intention: 'Make supplier disputes visible',
    });
    const finance = await saveFramingItem(db, ctx, workspaceId, 'departments', null, {
      name: 'Finance',
    });
    await saveFramingItem(db, ctx, workspaceId, 'kpis', null, {
      name: 'Cost per invoice',
      departmentId: finance,
      unit: '€',
      direction: 'down',
      baseline: 12,
    });
    const workspace = await getWorkspace(db, workspaceId);
    expect(workspace?.intention).toBe('Make supplier disputes visible');
    expect(workspace?.kpis.map((k) => [k.name, k.departmentId, k.direction, k.baseline])).toEqual([
      ['Cost per invoice', finance, 'down', 12],
    ]);
    // created + intention + department + KPI
    const audit = await listAuditEntries(db, workspaceId);
    expect(audit.map((e) => e.action)).toEqual(['updated', 'updated', 'updated', 'created']);
    expect(audit[0]?.after).toEqual({
      kpis: [
        {
          id: workspace?.kpis[0]?.id,
          name: 'Cost per invoice',
          departmentId: finance,
          unit: '€',
          direction: 'down',
          baseline: 12,
        },
      ],
    });
  });

  it('removes a department that owns a KPI only as the person chose: moved, or left without', async () => {
    const finance = await saveFramingItem(db, ctx, workspaceId, 'departments', null, {
      name: 'Finance',
    });
    const tax = await saveFramingItem(db, ctx, workspaceId, 'departments', null, { name: 'Tax' });
    const kpi = await saveFramingItem(db, ctx, workspaceId, 'kpis', null, {
      name: 'DSO',
      departmentId: finance,
      direction: 'down',
    });
    await removeWithDependants(
      db,
      ctx,
      workspaceId,
      { kind: 'department', id: finance },
      {
        kind: 'move',
        to: tax,
      },
    );
    let workspace = await getWorkspace(db, workspaceId);
    expect(workspace?.departments.map((d) => d.name)).toEqual(['Tax']);
    expect(workspace?.kpis.find((k) => k.id === kpi)?.departmentId).toBe(tax);
    await removeWithDependants(
      db,
      ctx,
      workspaceId,
      { kind: 'department', id: tax },
      {
        kind: 'remove',
      },
    );
    workspace = await getWorkspace(db, workspaceId);
    expect(workspace?.departments).toEqual([]);
    expect(workspace?.kpis.find((k) => k.id === kpi)?.departmentId).toBeNull();
  });

  it('refuses a bad KPI with message keys, and nothing stored changes', async () => {
    const before = await dumpDatabase(db);
    const error = await rejectionOf(
      saveFramingItem(db, ctx, workspaceId, 'kpis', null, {
        name: ' ',
        departmentId: null,
        direction: 'up',
      }),
    );
    expect(messagesOf(error)).toEqual(['errors.required']);
    const unknownDepartment = await rejectionOf(
      saveFramingItem(db, ctx, workspaceId, 'kpis', null, {
        name: 'NPS',
        departmentId: 'nope',
        direction: 'up',
      }),
    );
    expect(messagesOf(unknownDepartment)).toEqual(['errors.invalid']);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('workflows', () => {
  it('keeps steps in order and moves one, with one audit entry', async () => {
    const { ids } = await invoiceWorkflow();
    await moveStep(db, ctx, ids[2]!, 0);
    const steps = await listSteps(db, workspaceId);
    expect(steps.map((s) => [s.name, s.position])).toEqual([
      ['Pay', 0],
      ['Receive', 1],
      ['Match', 2],
    ]);
    const [last] = await listAuditEntries(db, workspaceId);
    expect([last?.entityType, last?.before, last?.after]).toEqual([
      'step',
      { position: 3 },
      { position: 1 },
    ]);
  });

  it('deletes a step and its frictions, keeping the anchored use case unanchored', async () => {
    const { ids } = await invoiceWorkflow();
    await saveFriction(db, ctx, ids[1]!, null, { description: 'Manual keying', severity: 3 });
    const useCaseId = await addUseCaseFromCatalogue(db, ctx, ids[1]!, 'threeWayMatching', 'fr');
    await deleteStep(db, ctx, ids[1]!);
    const useCase = await getUseCase(db, useCaseId);
    expect(useCase?.title).toBe('Rapprochement facture, commande et réception');
    expect(useCase?.stepIds).toEqual([]);
    expect(await db.frictions.count()).toBe(0);
    expect((await listSteps(db, workspaceId)).map((s) => [s.name, s.position])).toEqual([
      ['Receive', 0],
      ['Pay', 1],
    ]);
    const audit = await listAuditEntries(db, workspaceId);
    expect(audit.some((e) => e.entityId === useCaseId && e.action === 'updated')).toBe(true);
  });

  it('edits a workflow and a step with one audit entry of what changed, none when unchanged', async () => {
    const { workflowId, ids } = await invoiceWorkflow();
    const before = (await listAuditEntries(db, workspaceId)).length;
    await updateSeen(db, ctx, discoveryEdits(db).workflow, workflowId, {
      name: 'Supplier invoices',
      description: 'AP',
    });
    await updateSeen(db, ctx, discoveryEdits(db).step, ids[0]!, {
      name: 'Receive by mail',
      kind: 'highVolume',
    });
    await updateSeen(db, ctx, discoveryEdits(db).step, ids[1]!, {
      name: 'Match',
      kind: 'highVolume',
    });
    const audit = await listAuditEntries(db, workspaceId);
    expect(audit).toHaveLength(before + 2);
    expect(audit.slice(0, 2).map((e) => [e.entityType, e.before, e.after])).toEqual([
      ['step', { name: 'Receive' }, { name: 'Receive by mail' }],
      ['workflow', { description: '' }, { description: 'AP' }],
    ]);
    await expect(
      updateSeen(db, ctx, discoveryEdits(db).step, 'nope', { name: 'X' }),
    ).rejects.toThrow('step nope not found');
  });

  it('edits and deletes a friction, each in the audit trail', async () => {
    const { ids } = await invoiceWorkflow();
    const id = await saveFriction(db, ctx, ids[1]!, null, { description: 'Keying', severity: 1 });
    expect(await saveFriction(db, ctx, ids[1]!, id, { description: 'Keying', severity: 3 })).toBe(
      id,
    );
    expect((await db.frictions.get(id))?.severity).toBe(3);
    await deleteFriction(db, ctx, id);
    expect(await db.frictions.count()).toBe(0);
    const audit = await listAuditEntries(db, workspaceId);
    expect(audit.slice(0, 3).map((e) => [e.entityType, e.action])).toEqual([
      ['friction', 'deleted'],
      ['friction', 'updated'],
      ['friction', 'created'],
    ]);
  });

  it('deletes a workflow with its steps, never its use cases', async () => {
    const { workflowId, ids } = await invoiceWorkflow();
    const useCaseId = await addUseCaseFromCatalogue(db, ctx, ids[0]!, 'mailroomTriage', 'en');
    await deleteWorkflow(db, ctx, workflowId);
    expect(await db.steps.count()).toBe(0);
    expect(await db.workflows.count()).toBe(0);
    expect((await getUseCase(db, useCaseId))?.stepIds).toEqual([]);
  });
});

describe('qualification', () => {
  it('saves every item, up to a clear use case (7 of 7)', async () => {
    const { ids } = await invoiceWorkflow();
    const kpi = await saveFramingItem(db, ctx, workspaceId, 'kpis', null, {
      name: 'Cost',
      departmentId: null,
      direction: 'down',
    });
    const useCaseId = await addUseCaseFromCatalogue(db, ctx, ids[0]!, 'mailroomTriage', 'en');
    await saveQualification(db, ctx, useCaseId, {
      intention: 'Stop losing letters',
      dataSignals: 'Scanned mail',
      owner: 'Claire',
      stepIds: [ids[0]!],
      humanLoop: {
        automationLevel: 'assist',
        exceptionOwner: 'Mailroom',
        howToPause: 'Switch off',
      },
      successMeasure: { kpiId: kpi, baseline: 10, target: 4, reviewDate: '2026-06-30' },
      kpiEffects: [{ kpiId: kpi, effect: 'decrease' }],
      complianceNote: 'Personal data in letters: kept 30 days',
    });
    const useCase = await getUseCase(db, useCaseId);
    expect(clarityOf(useCase!)).toMatchObject({ filled: 7, clear: true, missing: [] });
  });

  it('refuses an unknown KPI or a KPI named twice, and nothing stored changes', async () => {
    const kpi = await saveFramingItem(db, ctx, workspaceId, 'kpis', null, {
      name: 'Cost',
      departmentId: null,
      direction: 'down',
    });
    const useCaseId = await createUseCase(db, ctx, workspaceId, formOfUseCase());
    const before = await dumpDatabase(db);
    const error = await rejectionOf(
      saveQualification(db, ctx, useCaseId, {
        successMeasure: { kpiId: 'nope' },
        kpiEffects: [
          { kpiId: kpi, effect: 'increase' },
          { kpiId: kpi, effect: 'decrease' },
        ],
        stepIds: ['gone'],
      }),
    );
    expect(messagesOf(error)).toEqual(['errors.invalid', 'errors.invalid', 'errors.invalid']);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('the status lifecycle', () => {
  it('refuses a jump and abandoning without a reason; keeps the reason in the audit trail', async () => {
    const id = await createUseCase(db, ctx, workspaceId, formOfUseCase());
    const before = await dumpDatabase(db);
    const jump = await rejectionOf(updateUseCase(db, ctx, id, formOfUseCase({ status: 'done' })));
    expect(messagesOf(jump)).toEqual(['errors.invalid']);
    const noReason = await rejectionOf(
      updateUseCase(db, ctx, id, { ...formOfUseCase({ status: 'abandoned' }), statusReason: '' }),
    );
    expect(messagesOf(noReason)).toEqual(['errors.reasonRequired']);
    expect(await dumpDatabase(db)).toEqual(before);

    await updateUseCase(db, ctx, id, {
      ...formOfUseCase({ status: 'abandoned' }),
      statusReason: 'No data',
    });
    expect((await getUseCase(db, id))?.statusReason).toBe('No data');
    const [entry] = await listAuditEntries(db, workspaceId);
    expect(entry?.after).toEqual({ status: 'abandoned', statusReason: 'No data' });

    await updateUseCase(db, ctx, id, formOfUseCase({ status: 'idea' }));
    expect((await getUseCase(db, id))?.statusReason).toBe('');
  });
});
