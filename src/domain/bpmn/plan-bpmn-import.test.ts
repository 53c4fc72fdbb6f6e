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
