import { describe, expect, it } from 'vitest';
import type { BpmnProcess } from './bpmn-model';
import { planBpmnImport } from './plan-bpmn-import';

type Kind = BpmnProcess['nodes'][number]['kind'];
const node = (id: string, kind: Kind, name = '') => ({ id, kind, name });
const flow = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });

/** Invoice process: a parallel split where "Check amounts" is written before "Check supplier". */
const invoices: BpmnProcess = {
  id: 'Process_invoices',
  name: 'Supplier invoices',
  nodes: [
    node('S', 'start'),
    node('A', 'task', 'Receive invoice'),
    node('G', 'gateway'),
    node('C', 'task', 'Check amounts'),
    node('B', 'task', 'Check supplier'),
    node('J', 'gateway'),
    node('D', 'task', 'Pay'),
    node('E', 'end'),
  ],
  flows: [
    flow('S', 'A'),
    flow('A', 'G'),
    flow('G', 'B'),
    flow('G', 'C'),
    flow('B', 'J'),
    flow('C', 'J'),
    flow('J', 'D'),
    flow('D', 'E'),
  ],
  lanes: [
    { id: 'L1', name: 'Accounts payable', nodeIds: ['S', 'A', 'G', 'B', 'C', 'J'] },
    { id: 'L2', name: 'Treasury', nodeIds: ['D', 'E'] },
  ],
};

describe('planning a BPMN import', () => {
  it('orders tasks by the flows, flattens parallel branches in file order, lanes as departments', () => {
    // S → A → G; B and C are both ready after G: C is first in the file, so C then B; J → D.
    const planned = planBpmnImport({ processes: [invoices] });
    expect(planned).toEqual({
      ok: true,
      plan: {
        workflows: [
          {
            elementId: 'Process_invoices',
            name: 'Supplier invoices',
            steps: [
              { elementId: 'A', name: 'Receive invoice', department: 'Accounts payable' },
              { elementId: 'C', name: 'Check amounts', department: 'Accounts payable' },
              { elementId: 'B', name: 'Check supplier', department: 'Accounts payable' },
              { elementId: 'D', name: 'Pay', department: 'Treasury' },
            ],
            loops: [],
          },
        ],
        departments: ['Accounts payable', 'Treasury'],
      },
    });
  });

  it('gives one workflow per process, names a nameless task by its id, one department per name', () => {
    const second: BpmnProcess = {
      id: 'P2',
      name: '  ',
      nodes: [node('T1', 'task'), node('T2', 'task', 'Archive')],
      flows: [flow('T1', 'T2')],
      lanes: [{ id: 'L', name: 'accounts PAYABLE', nodeIds: ['T1', 'T2'] }],
    };
    const planned = planBpmnImport({ processes: [invoices, second] });
    if (!planned.ok) throw new Error('should be planned');
    // No start event: T1 (nothing flows into it) starts; the process and T1 are named by id.
    expect(planned.plan.workflows[1]).toEqual({
      elementId: 'P2',
      name: 'P2',
      steps: [
        { elementId: 'T1', name: 'T1', department: 'accounts PAYABLE' },
        { elementId: 'T2', name: 'Archive', department: 'accounts PAYABLE' },
      ],
      loops: [],
    });
    expect(planned.plan.departments).toEqual(['Accounts payable', 'Treasury']);
  });

  it('sets a rework loop aside, keeping the order of the first pass', () => {
    // S → A → B, and B → A loops back while A is still on the path: flow B-A is the loop.
    const looping: BpmnProcess = {
      id: 'P',
      name: 'Loop',
      nodes: [
        node('S', 'start'),
        node('A', 'task', 'Draft'),
        node('B', 'task', 'Review'),
        node('E', 'end'),
      ],
      flows: [flow('S', 'A'), flow('A', 'B'), flow('B', 'A'), flow('B', 'E')],
      lanes: [],
    };
    const planned = planBpmnImport({ processes: [looping] });
    if (!planned.ok) throw new Error('should be planned');
    expect(planned.plan.workflows[0]?.steps.map((s) => s.name)).toEqual(['Draft', 'Review']);
    expect(planned.plan.workflows[0]?.loops).toEqual([
      { flow: 'B-A', from: 'Review', to: 'Draft' },
    ]);
  });

  it('refuses the tasks of a cycle no start event reaches', () => {
    const island: BpmnProcess = {
      id: 'P',
      name: 'Island',
      nodes: [
        node('S', 'start'),
        node('A', 'task', 'Do'),
        node('X', 'task', 'X'),
        node('Y', 'task', 'Y'),
      ],
      flows: [flow('S', 'A'), flow('X', 'Y'), flow('Y', 'X')],
      lanes: [],
    };
    expect(planBpmnImport({ processes: [island] })).toEqual({
      ok: false,
      problems: [
        { key: 'bpmn.problem.unreachableTask', where: 'X', params: { process: 'P' } },
        { key: 'bpmn.problem.unreachableTask', where: 'Y', params: { process: 'P' } },
      ],
    });
  });

  it('refuses a task no start event reaches, a flow to an unknown element, an empty process', () => {
    const broken: BpmnProcess = {
      id: 'P',
      name: 'Broken',
      nodes: [node('S', 'start'), node('A', 'task', 'Do'), node('X', 'task', 'Orphan')],
      flows: [flow('S', 'A'), { id: 'F9', source: 'A', target: 'Ghost' }],
      lanes: [],
    };
    const empty: BpmnProcess = {
      id: 'P0',
      name: 'Empty',
      nodes: [node('S0', 'start')],
      flows: [],
      lanes: [],
    };
    expect(planBpmnImport({ processes: [broken, empty] })).toEqual({
      ok: false,
      problems: [
        { key: 'bpmn.problem.unknownFlowEnd', where: 'F9', params: { element: 'Ghost' } },
        { key: 'bpmn.problem.unreachableTask', where: 'X', params: { process: 'P' } },
        { key: 'bpmn.problem.emptyProcess', where: 'P0' },
      ],
    });
  });

  it('refuses a file without process, and one over a limit, naming the limit', () => {
    expect(planBpmnImport({ processes: [] })).toEqual({
      ok: false,
      problems: [{ key: 'bpmn.problem.noProcess', where: '' }],
    });
    const many: BpmnProcess = {
      id: 'P',
      name: 'Many',
      nodes: Array.from({ length: 2001 }, (_, i) => node(`T${i}`, 'task', `Task ${i}`)),
      flows: [],
      lanes: [],
    };
    expect(planBpmnImport({ processes: [many] })).toEqual({
      ok: false,
      problems: [
        { key: 'bpmn.problem.tooManyTasks', where: '', params: { count: 2001, max: 2000 } },
      ],
    });
  });

  it('refuses a name longer than a step name may be', () => {
    const long: BpmnProcess = {
      id: 'P',
      name: 'Long',
      nodes: [node('T', 'task', 'x'.repeat(201))],
      flows: [],
      lanes: [],
    };
    expect(planBpmnImport({ processes: [long] })).toEqual({
      ok: false,
      problems: [{ key: 'bpmn.problem.nameTooLong', where: 'T', params: { max: 200 } }],
    });
  });
});

function loopsOf(process: BpmnProcess) {
  const planned = planBpmnImport({ processes: [process] });
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  return planned.plan.workflows[0]?.loops;
}

describe('the loops set aside, as the preview names them', () => {
  it('names an unnamed gateway by the task before it, and the task it goes back to', () => {
    // S → Key → Check → G (unnamed) → Pay → E, and G → Key: "rejected, key it again".
    const process: BpmnProcess = {
      id: 'P',
      name: 'Invoices',
      nodes: [
        node('S', 'start'),
        node('K', 'task', 'Key the invoice'),
        node('C', 'task', 'Check the amounts'),
        node('G', 'gateway'),
        node('P', 'task', 'Pay'),
        node('E', 'end'),
      ],
      flows: [
        flow('S', 'K'),
        flow('K', 'C'),
        flow('C', 'G'),
        flow('G', 'P'),
        flow('G', 'K'),
        flow('P', 'E'),
      ],
      lanes: [],
    };
    expect(loopsOf(process)).toEqual([
      { flow: 'G-K', from: 'Check the amounts', to: 'Key the invoice' },
    ]);
  });

  it('names a named gateway by its own name, and an unnamed one by the task after it', () => {
    // S → G1 (unnamed) → Draft → G2 "Approved?" → E, and G2 → G1.
    const process: BpmnProcess = {
      id: 'P',
      name: 'Letters',
      nodes: [
        node('S', 'start'),
        node('G1', 'gateway'),
        node('D', 'task', 'Draft the letter'),
        node('G2', 'gateway', '  Approved?  '),
        node('E', 'end'),
      ],
      flows: [flow('S', 'G1'), flow('G1', 'D'), flow('D', 'G2'), flow('G2', 'G1'), flow('G2', 'E')],
      lanes: [],
    };
    expect(loopsOf(process)).toEqual([
      { flow: 'G2-G1', from: 'Approved?', to: 'Draft the letter' },
    ]);
  });

  it('falls back to the element ids when nothing on that side is named', () => {
    // S → T1 (unnamed task) → T2 (unnamed task) → E, and T2 → T1.
    const process: BpmnProcess = {
      id: 'P',
      name: 'Unnamed',
      nodes: [node('S', 'start'), node('T1', 'task'), node('T2', 'task'), node('E', 'end')],
      flows: [flow('S', 'T1'), flow('T1', 'T2'), flow('T2', 'T1'), flow('T2', 'E')],
      lanes: [],
    };
    expect(loopsOf(process)).toEqual([{ flow: 'T2-T1', from: 'T2', to: 'T1' }]);
  });

  it('names every branch of an unnamed gateway it goes back to', () => {
    // bpmn.io's pizza customer: Order → gateway (unnamed) → "pizza received" → Pay, or
    // "60 minutes" → Ask for the pizza → back to the gateway: it waits for either again.
    const process: BpmnProcess = {
      id: 'P',
      name: 'Pizza customer',
      nodes: [
        node('S', 'start'),
        node('O', 'task', 'Order a pizza'),
        node('G', 'gateway'),
        node('R', 'event', 'pizza received'),
        node('M', 'event', '60 minutes'),
        node('A', 'task', 'Ask for the pizza'),
        node('P', 'task', 'Pay the pizza'),
      ],
      flows: [
        flow('S', 'O'),
        flow('O', 'G'),
        flow('G', 'R'),
        flow('G', 'M'),
        flow('M', 'A'),
        flow('R', 'P'),
        flow('A', 'G'),
      ],
      lanes: [],
    };
    expect(loopsOf(process)).toEqual([
      { flow: 'A-G', from: 'Ask for the pizza', to: 'pizza received / 60 minutes' },
    ]);
  });
});
