import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { importBpmnPlan } from '../../src/db/repositories/bpmn-import';
import { readBpmnFile } from '../../src/features/workflows/read-bpmn-file';
import {
  contextOf,
  hashOfDatabase,
  rejectionOf,
  sampleWorkspaceBundle,
} from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

const WS = 'kept-ws';
let db: ClarteDatabase;
beforeEach(async () => {
  ({ db } = await openTestDatabase({ content: sampleWorkspaceBundle('kept') }));
});
afterEach(deleteTestDatabases);

function fixture(name: string): ArrayBuffer {
  const bytes = readFileSync(new URL(`../fixtures/bpmn/${name}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

/** A process of n tasks in a row: start → T0 → T1 → … */
function manyTasks(n: number): string {
  const tasks = Array.from({ length: n }, (_, i) => `<task id="T${i}" name="Task ${i}"/>`);
  const flows = Array.from(
    { length: n },
    (_, i) => `<sequenceFlow id="F${i}" sourceRef="${i ? `T${i - 1}` : 'S'}" targetRef="T${i}"/>`,
  );
  return `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x"><process id="P"><startEvent id="S"/>${tasks.join('')}${flows.join('')}</process></definitions>`;
}

describe('importing a BPMN file', () => {
  it('creates one workflow per pool, steps in flow order, lanes as departments', async () => {
    // bpmn.io's pizza collaboration (Camunda Modeler): the vendor's pool has lanes clerk, pizza
    // chef, delivery boy; after the parallel split, the branch written first in the file (the
    // "where is my pizza?" event, then "Calm customer") comes before "Bake the pizza"; the flow
    // back from "Calm customer" and from "Ask for the pizza" are rework loops, set aside.
    const read = await readBpmnFile(fixture('pizza-collaboration.bpmn'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // The loops as the preview names them: by the elements at their ends, not the flow ids.
    expect(read.plan.workflows.map((w) => w.loops.map((l) => [l.flow, l.from, l.to]))).toEqual([
      [['_6-746', 'Calm customer', '„where is my pizza?“']],
      [['_6-430', 'Ask for the pizza', 'pizza received / 60 minutes']],
    ]);
    const ids = await importBpmnPlan(db, contextOf(), WS, read.plan);

    const workspace = await db.workspaces.get(WS);
    expect(workspace?.departments.map((d) => d.name)).toEqual([
      'Finance',
      'clerk',
      'pizza chef',
      'delivery boy',
    ]);
    const departmentName = new Map(workspace?.departments.map((d) => [d.id, d.name]));
    const workflows = await db.workflows.bulkGet(ids);
    expect(workflows.map((w) => [w?.name, w?.kind, w?.position])).toEqual([
      ['Pizza vendor', 'internal', 2],
      ['Pizza Customer', 'internal', 3],
    ]);
    const stepsOf = async (id: string | undefined) =>
      (
        await db.steps
          .where('workflowId')
          .equals(id ?? '')
          .sortBy('position')
      ).map((s) => [s.name, s.departmentId === null ? null : departmentName.get(s.departmentId)]);
    expect(await stepsOf(ids[0])).toEqual([
      ['Calm customer', 'clerk'],
      ['Bake the pizza', 'pizza chef'],
      ['Deliver the pizza', 'delivery boy'],
      ['Receive payment', 'delivery boy'],
    ]);
    expect(await stepsOf(ids[1])).toEqual([
      ['Select a pizza', null],
      ['Order a pizza', null],
      ['Ask for the pizza', null],
      ['Pay the pizza', null],
      ['Eat the pizza', null],
    ]);
  });

  it('reads a Signavio export and a Camunda Modeler file with boundary events', async () => {
    const qr = await readBpmnFile(fixture('qr-code-signavio.bpmn'));
    if (!qr.ok) throw new Error(JSON.stringify(qr.problems));
    // One pool "Customer", one lane without a name (no department), a loop back to the scan.
    expect(qr.plan.workflows.map((w) => [w.name, w.steps.map((s) => s.name)])).toEqual([
      ['Customer', ['Scan QR code', 'Open product information in mobile  app']],
    ]);
    expect(qr.plan.departments).toEqual([]);
    const invoice = await readBpmnFile(fixture('invoice-payment-camunda.bpmn'));
    if (!invoice.ok) throw new Error(JSON.stringify(invoice.problems));
    // The two boundary events on "Pay Invoice" lead to the other tasks, in file order.
    expect(invoice.plan.workflows[0]?.steps.map((s) => s.name)).toEqual([
      'Pay Invoice',
      'Archive Invoice',
      'Inform Supervisor',
    ]);
  });

  it('refuses hostile and broken files precisely, and nothing stored changes', async () => {
    const before = await hashOfDatabase(db);
    const refusals = [
      ['not-xml.bpmn', fixture('not-xml.bpmn')],
      ['billion-laughs.bpmn', fixture('billion-laughs.bpmn')],
      ['empty-process.bpmn', fixture('empty-process.bpmn')],
      ['unreachable-task.bpmn', fixture('unreachable-task.bpmn')],
      ['unknown-element.bpmn', fixture('unknown-element.bpmn')],
      ['2001 tasks', bytesOf(manyTasks(2001))],
      ['6 MB', new ArrayBuffer(6 * 1024 * 1024)],
    ] as const;
    const problems = [];
    for (const [, buffer] of refusals) {
      const read = await readBpmnFile(buffer);
      expect(read.ok).toBe(false);
      if (!read.ok) problems.push(read.problems);
    }
    expect(problems).toEqual([
      [{ key: 'bpmn.problem.notBpmn', where: '' }],
      [{ key: 'bpmn.problem.declaration', where: '', params: { line: 2 } }],
      [{ key: 'bpmn.problem.emptyProcess', where: 'Process_empty' }],
      [
        {
          key: 'bpmn.problem.unreachableTask',
          where: 'Task_forgotten',
          params: { process: 'Process_1' },
        },
      ],
      [
        {
          key: 'bpmn.problem.unresolvedReference',
          where: 'Flow_1',
          params: { reference: 'Task_missing' },
        },
      ],
      [{ key: 'bpmn.problem.tooManyTasks', where: '', params: { count: 2001, max: 2000 } }],
      [{ key: 'bpmn.problem.fileTooLarge', where: '', params: { megabytes: 5 } }],
    ]);
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('writes all or nothing: a step refused by its schema leaves the database as it was', async () => {
    const before = await hashOfDatabase(db);
    const plan = {
      departments: ['FINANCE', 'Audit'],
      workflows: [
        { elementId: 'P1', name: 'Good', steps: [], loops: [] },
        {
          elementId: 'P2',
          name: 'Bad',
          steps: [{ elementId: 'T', name: 'x'.repeat(201), department: 'Audit' }],
          loops: [],
        },
      ],
    };
    await rejectionOf(importBpmnPlan(db, contextOf(), WS, plan));
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('reuses a department of the same name, case aside', async () => {
    const plan = {
      departments: ['FINANCE'],
      workflows: [
        {
          elementId: 'P',
          name: 'Close',
          steps: [{ elementId: 'T', name: 'Reconcile', department: 'FINANCE' }],
          loops: [],
        },
      ],
    };
    const [id] = await importBpmnPlan(db, contextOf(), WS, plan);
    const workspace = await db.workspaces.get(WS);
    expect(workspace?.departments).toEqual([{ id: 'dep-fin', name: 'Finance' }]);
    const steps = await db.steps
      .where('workflowId')
      .equals(id ?? '')
      .toArray();
    expect(steps.map((s) => s.departmentId)).toEqual(['dep-fin']);
  });
});
