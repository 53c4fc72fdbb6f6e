import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import {
  readDependantRecords,
  removeWithDependants,
  undoRemoval,
} from '../../src/db/repositories/dependants';
import { StaleWriteError } from '../../src/db/write';
import { dependantsOf, type DependantTarget } from '../../src/domain/dependants/dependants';
import type { RemovalChoice } from '../../src/domain/dependants/removal-plan';
import { contextOf, rejectionOf, sampleWorkspaceBundle, sequence } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

// The sample workspace (prefix s): workflow wf-p2p with step st-invoice (department dep-fin, the
// friction fr-typing naming KPI kpi-dso, use case uc-match anchored on it); journey wf-journey
// with step st-support (uc-faq anchored); Ada (dep-fin, 1 scorecard) and Bob (2 scorecards); both
// use cases measured by and pushing kpi-dso. Added here: a second department, dep-ops.
const WS = 's-ws';
const DATA_TABLES = ['participants', 'workflows', 'steps', 'frictions', 'useCases', 'scorecards'];
let db: ClarteDatabase;
const seq = sequence();
beforeEach(async () => {
  const bundle = sampleWorkspaceBundle('s');
  bundle.workspace.departments.push({ id: 'dep-ops', name: 'Operations' });
  ({ db } = await openTestDatabase({ content: bundle }));
});
afterEach(deleteTestDatabases);

/** Every record the removals may touch, the workspace without its updated time. */
async function hashOfRecords(): Promise<string> {
  const hash = createHash('sha256');
  const workspace = await db.workspaces.get(WS);
  hash.update(JSON.stringify({ ...workspace, updatedAt: null }));
  for (const table of DATA_TABLES) hash.update(JSON.stringify(await db.table(table).toArray()));
  return hash.digest('hex');
}

async function dependants(target: DependantTarget) {
  return dependantsOf(target, (await readDependantRecords(db, WS))!);
}

/** Removes, checks the audit entries (one per record changed), undoes, checks all is back. */
async function removeThenUndo(target: DependantTarget, choice: RemovalChoice, changed: number) {
  const before = await hashOfRecords();
  const auditBefore = await db.audit.count();
  const changes = await removeWithDependants(db, contextOf('Ada', seq), WS, target, choice);
  expect(changes).toHaveLength(changed);
  expect(await db.audit.count()).toBe(auditBefore + changed);
  expect(await hashOfRecords()).not.toBe(before);
  const after = await hashOfRecords();
  await undoRemoval(db, contextOf('Ada', seq), WS, changes);
  expect(await hashOfRecords()).toBe(before);
  expect(await db.audit.count()).toBe(auditBefore + 2 * changed);
  return { changes, after };
}

describe('what depends on what is removed', () => {
  it('says it list by list, with names, and nothing for what nobody depends on', async () => {
    expect(await dependants({ kind: 'step', id: 's-st-invoice' })).toEqual([
      { list: 'frictions', count: 1, names: ['Invoices typed by hand'] },
      { list: 'useCases', count: 1, names: ['Invoice matching'] },
    ]);
    expect(await dependants({ kind: 'participant', id: 's-p-bob' })).toEqual([
      { list: 'scorecards', count: 2, names: ['Invoice matching', 'Support answers'] },
    ]);
    expect(await dependants({ kind: 'department', id: 'dep-fin' })).toEqual([
      { list: 'participants', count: 1, names: ['Ada'] },
      { list: 'steps', count: 1, names: ['Receive invoices'] },
      { list: 'kpis', count: 1, names: ['Days sales outstanding'] },
    ]);
    expect(await dependants({ kind: 'kpi', id: 'kpi-dso' })).toEqual([
      { list: 'frictions', count: 1, names: ['Invoices typed by hand'] },
      { list: 'useCases', count: 2, names: ['Invoice matching', 'Support answers'] },
    ]);
    expect(await dependants({ kind: 'department', id: 'dep-ops' })).toEqual([]);
  });
});

describe('removing with dependants, in one transaction, audited, undone exactly', () => {
  it('a step, its dependants removed: friction deleted, use case unanchored (3 records)', async () => {
    const { changes } = await removeThenUndo(
      { kind: 'step', id: 's-st-invoice' },
      { kind: 'remove' },
      3,
    );
    expect(changes.map((c) => [c.table, c.id, c.after === null])).toEqual([
      ['frictions', 's-fr-typing', true],
      ['useCases', 's-uc-match', false],
      ['steps', 's-st-invoice', true],
    ]);
    expect(changes[1]?.after).toMatchObject({ stepIds: [] });
  });

  it('a step, its dependants moved to another step (3 records)', async () => {
    const { changes } = await removeThenUndo(
      { kind: 'step', id: 's-st-invoice' },
      { kind: 'move', to: 's-st-support' },
      3,
    );
    expect(changes[0]?.after).toMatchObject({ stepId: 's-st-support' });
    expect(changes[1]?.after).toMatchObject({ stepIds: ['s-st-support'] });
  });

  it('a workflow: its step moved to the journey after its step, or removed with it all', async () => {
    const moved = await removeThenUndo(
      { kind: 'workflow', id: 's-wf-p2p' },
      { kind: 'move', to: 's-wf-journey' },
      2,
    );
    expect(moved.changes[0]?.after).toMatchObject({ workflowId: 's-wf-journey', position: 1 });
    await removeThenUndo({ kind: 'workflow', id: 's-wf-p2p' }, { kind: 'remove' }, 4);
  });

  it('a participant: scorecards removed too (2 + the person), or kept (the person only)', async () => {
    await removeThenUndo({ kind: 'participant', id: 's-p-bob' }, { kind: 'remove' }, 3);
    await removeThenUndo({ kind: 'participant', id: 's-p-bob' }, { kind: 'keep' }, 1);
  });

  it('a department: Ada, the step and the KPI move to Operations (3 records)', async () => {
    const { changes } = await removeThenUndo(
      { kind: 'department', id: 'dep-fin' },
      { kind: 'move', to: 'dep-ops' },
      3,
    );
    expect(changes.at(-1)?.after).toMatchObject({
      departments: [{ id: 'dep-ops', name: 'Operations' }],
      kpis: [{ id: 'kpi-dso', departmentId: 'dep-ops' }],
    });
  });

  it('a KPI: the friction and both use cases stop naming it (4 records)', async () => {
    const { changes } = await removeThenUndo({ kind: 'kpi', id: 'kpi-dso' }, { kind: 'remove' }, 4);
    expect(changes[1]?.after).toMatchObject({ kpiEffects: [], successMeasure: { kpiId: null } });
  });

  it('refuses an undo when a record it would restore changed since; nothing written', async () => {
    const changes = await removeWithDependants(
      db,
      contextOf('Ada', seq),
      WS,
      { kind: 'step', id: 's-st-invoice' },
      { kind: 'remove' },
    );
    await db.useCases.update('s-uc-match', { title: 'Renamed in another tab' });
    const before = await hashOfRecords();
    const audit = await db.audit.count();
    expect(await rejectionOf(undoRemoval(db, contextOf('Ada', seq), WS, changes))).toBeInstanceOf(
      StaleWriteError,
    );
    expect(await hashOfRecords()).toBe(before);
    expect(await db.audit.count()).toBe(audit);
  });
});
