import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { saveFramingItem } from '../../src/db/repositories/framing';
import { deleteFriction, saveFriction } from '../../src/db/repositories/frictions';
import { updateSeen } from '../../src/db/repositories/recorded-edits';
import { addParticipant, updateParticipant } from '../../src/db/repositories/participants';
import {
  createStep,
  createWorkflow,
  moveStep,
  discoveryEdits,
} from '../../src/db/repositories/workflows';
import { updateWorkspaceDetails } from '../../src/db/repositories/workspaces';
import { StaleWriteError } from '../../src/db/write';
import { contextOf, hashOfDatabase, rejectionOf, type Sequence } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

// Two tabs: each dialog saves with the record as it opened it; the later save over a change
// made meanwhile is refused (nothing written) instead of silently winning.

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;

beforeEach(async () => {
  ({ db, seq, workspaceId } = await openTestDatabase());
});
afterEach(deleteTestDatabases);

/** A step's fields as its dialog edits them: only the name given. */
const STEP_FIELDS = {
  name: '',
  phase: null,
  kind: null,
  departmentId: null,
  owner: '',
  yearlyVolume: null,
  frequency: '',
};

async function refusedUnchanged(write: () => Promise<unknown>): Promise<StaleWriteError> {
  const before = await hashOfDatabase(db);
  const refusal = await rejectionOf(write());
  expect(refusal).toBeInstanceOf(StaleWriteError);
  expect(await hashOfDatabase(db)).toBe(before);
  return refusal as StaleWriteError;
}

describe('a save from a dialog opened before another tab saved', () => {
  it('is refused for a workspace renamed meanwhile, and goes through from the new name', async () => {
    const seen = { name: 'Acme', description: '' };
    await updateWorkspaceDetails(
      db,
      contextOf('Bob', seq),
      workspaceId,
      { name: 'Acme Group', description: '' },
      seen,
    );
    const refusal = await refusedUnchanged(() =>
      updateWorkspaceDetails(
        db,
        contextOf('Ada', seq),
        workspaceId,
        { name: 'Acme SA', description: '' },
        seen,
      ),
    );
    expect(refusal.current).toMatchObject({ name: 'Acme Group' });
    await updateWorkspaceDetails(
      db,
      contextOf('Ada', seq),
      workspaceId,
      { name: 'Acme SA', description: '' },
      { name: 'Acme Group', description: '' },
    );
    expect((await db.workspaces.get(workspaceId))?.name).toBe('Acme SA');
  });

  it('is refused for a department or a KPI changed meanwhile', async () => {
    const ctx = contextOf('Ada', seq);
    const departmentId = await saveFramingItem(db, ctx, workspaceId, 'departments', null, {
      name: 'Finance',
    });
    const department = { id: departmentId, name: 'Finance' };
    await saveFramingItem(
      db,
      contextOf('Bob', seq),
      workspaceId,
      'departments',
      departmentId,
      { name: 'Finance & Tax' },
      department,
    );
    const refusal = await refusedUnchanged(() =>
      saveFramingItem(
        db,
        ctx,
        workspaceId,
        'departments',
        departmentId,
        { name: 'Accounting' },
        department,
      ),
    );
    expect(refusal.current).toEqual({ id: departmentId, name: 'Finance & Tax' });

    const kpiForm = {
      name: 'Days to pay',
      departmentId: null,
      unit: 'days',
      direction: 'down',
      baseline: 45,
    } as const;
    const kpiId = await saveFramingItem(db, ctx, workspaceId, 'kpis', null, kpiForm);
    const kpi = { id: kpiId, ...kpiForm };
    await saveFramingItem(
      db,
      contextOf('Bob', seq),
      workspaceId,
      'kpis',
      kpiId,
      { ...kpiForm, baseline: 40 },
      kpi,
    );
    await refusedUnchanged(() =>
      saveFramingItem(db, ctx, workspaceId, 'kpis', kpiId, { ...kpiForm, unit: 'd' }, kpi),
    );
  });

  it('is refused for a participant changed meanwhile', async () => {
    const id = await addParticipant(db, contextOf('Ada', seq), workspaceId, {
      name: 'Chloé',
      departmentId: null,
      role: '',
    });
    const seen = { name: 'Chloé', departmentId: null, role: '' };
    await updateParticipant(
      db,
      contextOf('Bob', seq),
      id,
      { name: 'Chloé', departmentId: null, role: 'CFO' },
      seen,
    );
    const refusal = await refusedUnchanged(() =>
      updateParticipant(
        db,
        contextOf('Ada', seq),
        id,
        { name: 'Chloé M.', departmentId: null, role: '' },
        seen,
      ),
    );
    expect(refusal.current).toMatchObject({ role: 'CFO' });
  });

  it('is refused for a step renamed meanwhile, but not for a step only moved in its list', async () => {
    const ctx = contextOf('Ada', seq);
    const workflowId = await createWorkflow(db, ctx, workspaceId, 'internal', {
      name: 'Purchase to pay',
      description: '',
    });
    const fields = { ...STEP_FIELDS, name: 'Receive invoice' };
    const stepId = await createStep(db, ctx, workflowId, fields);
    await createStep(db, ctx, workflowId, { ...fields, name: 'Approve' });
    // Another tab moves it: the fields the dialog edits are the same, the save goes through.
    await moveStep(db, contextOf('Bob', seq), stepId, 1);
    await updateSeen(db, ctx, discoveryEdits(db).step, stepId, { ...fields, owner: 'Ana' }, fields);
    expect((await db.steps.get(stepId))?.owner).toBe('Ana');
    // Another tab renames it: a dialog opened before is refused.
    await updateSeen(
      db,
      contextOf('Bob', seq),
      discoveryEdits(db).step,
      stepId,
      { ...fields, owner: 'Ana', name: 'Receive the invoice' },
      { ...fields, owner: 'Ana' },
    );
    await refusedUnchanged(() =>
      updateSeen(
        db,
        ctx,
        discoveryEdits(db).step,
        stepId,
        { ...fields, owner: 'Léo' },
        { ...fields, owner: 'Ana' },
      ),
    );
  });

  it('is refused for a friction changed or deleted meanwhile, and goes through when it was not', async () => {
    const ctx = contextOf('Ada', seq);
    const workflowId = await createWorkflow(db, ctx, workspaceId, 'internal', {
      name: 'Purchase to pay',
      description: '',
    });
    const stepId = await createStep(db, ctx, workflowId, {
      ...STEP_FIELDS,
      name: 'Key the invoice',
    });
    const opened = { description: 'Keyed by hand', severity: 2, kpiIds: [] };
    const id = await saveFriction(db, ctx, stepId, null, opened);
    // Nobody changed it: the save goes through.
    await saveFriction(db, ctx, stepId, id, { ...opened, severity: 3 }, opened);
    const seen = { ...opened, severity: 3 };
    // Another tab makes it minor; this tab, opened before, is refused and shown theirs.
    await saveFriction(db, contextOf('Bob', seq), stepId, id, { ...seen, severity: 1 }, seen);
    const refusal = await refusedUnchanged(() =>
      saveFriction(db, ctx, stepId, id, { ...seen, description: 'Keyed twice' }, seen),
    );
    expect(refusal.current).toMatchObject({ description: 'Keyed by hand', severity: 1 });
    // Another tab deletes it: the save does not bring it back.
    const now = { ...seen, severity: 1 };
    await deleteFriction(db, contextOf('Bob', seq), id);
    const gone = await refusedUnchanged(() => saveFriction(db, ctx, stepId, id, now, now));
    expect(gone.current).toBeNull();
    expect(await db.frictions.count()).toBe(0);
  });
});
