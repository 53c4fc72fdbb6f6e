import { describe, expect, it } from 'vitest';
import type { BpmnProcess } from './bpmn-model';
import { planBpmnImport } from './plan-bpmn-import';

type Kind = BpmnProcess['nodes'][number]['kind'];
const node = (id: string, kind: Kind, name = '') => ({ id, kind, name });

/** Sequence flows in file order, written "S>A A>B": flow "S-A" from S to A, then "A-B". */
function flows(written: string): BpmnProcess['flows'] {
  return (written.match(/\S+/g) ?? []).map((pair) => {
    const [source = '', target = ''] = pair.split('>');
    return { id: `${source}-${target}`, source, target };
  });
}

/** A process "P" of these nodes and flows, without lanes unless `more` gives some. */
function aProcess(
  name: string,
  nodes: BpmnProcess['nodes'],
  written: string,
  more: Partial<BpmnProcess> = {},
): BpmnProcess {
  return { id: 'P', name, nodes, flows: flows(written), lanes: [], ...more };
}

/** Invoice process: a parallel split where "Check amounts" is written before "Check supplier". */
const invoices = aProcess(
  'Supplier invoices',
  [
    node('S', 'start'),
    node('A', 'task', 'Receive invoice'),
    node('G', 'gateway'),
    node('C', 'task', 'Check amounts'),
    node('B', 'task', 'Check supplier'),
    node('J', 'gateway'),
    node('D', 'task', 'Pay'),
    node('E', 'end'),
  ],
  'S>A A>G G>B G>C B>J C>J J>D D>E',
  {
    id: 'Process_invoices',
    lanes: [
      { id: 'L1', name: 'Accounts payable', nodeIds: ['S', 'A', 'G', 'B', 'C', 'J'] },
      { id: 'L2', name: 'Treasury', nodeIds: ['D', 'E'] },
    ],
  },
);

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
    const second = aProcess('  ', [node('T1', 'task'), node('T2', 'task', 'Archive')], 'T1>T2', {
      id: 'P2',
      lanes: [{ id: 'L', name: 'accounts PAYABLE', nodeIds: ['T1', 'T2'] }],
    });
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
    const looping = aProcess(
      'Loop',
      [
        node('S', 'start'),
        node('A', 'task', 'Draft'),
        node('B', 'task', 'Review'),
        node('E', 'end'),
      ],
      'S>A A>B B>A B>E',
    );
    const planned = planBpmnImport({ processes: [looping] });
    if (!planned.ok) throw new Error('should be planned');
    expect(planned.plan.workflows[0]?.steps.map((s) => s.name)).toEqual(['Draft', 'Review']);
    expect(planned.plan.workflows[0]?.loops).toEqual([
      { flow: 'B-A', from: 'Review', to: 'Draft' },
    ]);
  });

  it('refuses the tasks of a cycle no start event reaches', () => {
    const island = aProcess(
      'Island',
      [node('S', 'start'), node('A', 'task', 'Do'), node('X', 'task', 'X'), node('Y', 'task', 'Y')],
      'S>A X>Y Y>X',
    );
    expect(planBpmnImport({ processes: [island] })).toEqual({
      ok: false,
      problems: [
        { key: 'bpmn.problem.unreachableTask', where: 'X', params: { process: 'P' } },
        { key: 'bpmn.problem.unreachableTask', where: 'Y', params: { process: 'P' } },
      ],
    });
  });

  it('refuses a task no start event reaches, a flow to an unknown element, an empty process', () => {
    const broken = aProcess(
      'Broken',
      [node('S', 'start'), node('A', 'task', 'Do'), node('X', 'task', 'Orphan')],
      'S>A',
    );
    broken.flows.push({ id: 'F9', source: 'A', target: 'Ghost' });
    const empty = aProcess('Empty', [node('S0', 'start')], '', { id: 'P0' });
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
    const many = aProcess(
      'Many',
      Array.from({ length: 2001 }, (_, i) => node(`T${i}`, 'task', `Task ${i}`)),
      '',
    );
    expect(planBpmnImport({ processes: [many] })).toEqual({
      ok: false,
      problems: [
        { key: 'bpmn.problem.tooManyTasks', where: '', params: { count: 2001, max: 2000 } },
      ],
    });
  });

  it('refuses a name longer than a step name may be', () => {
    const long = aProcess('Long', [node('T', 'task', 'x'.repeat(201))], '');
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
  it.each([
    {
      // S → Key → Check → G (unnamed) → Pay → E, and G → Key: "rejected, key it again".
      why: 'names an unnamed gateway by the task before it, and the task it goes back to',
      process: aProcess(
        'Invoices',
        [
          node('S', 'start'),
          node('K', 'task', 'Key the invoice'),
          node('C', 'task', 'Check the amounts'),
          node('G', 'gateway'),
          node('P', 'task', 'Pay'),
          node('E', 'end'),
        ],
        'S>K K>C C>G G>P G>K P>E',
      ),
      loops: [{ flow: 'G-K', from: 'Check the amounts', to: 'Key the invoice' }],
    },
    {
      // S → G1 (unnamed) → Draft → G2 "Approved?" → E, and G2 → G1.
      why: 'names a named gateway by its own name, and an unnamed one by the task after it',
      process: aProcess(
        'Letters',
        [
          node('S', 'start'),
          node('G1', 'gateway'),
          node('D', 'task', 'Draft the letter'),
          node('G2', 'gateway', '  Approved?  '),
          node('E', 'end'),
        ],
        'S>G1 G1>D D>G2 G2>G1 G2>E',
      ),
      loops: [{ flow: 'G2-G1', from: 'Approved?', to: 'Draft the letter' }],
    },
    {
      // S → T1 (unnamed task) → T2 (unnamed task) → E, and T2 → T1.
      why: 'falls back to the element ids when nothing on that side is named',
      process: aProcess(
        'Unnamed',
        [node('S', 'start'), node('T1', 'task'), node('T2', 'task'), node('E', 'end')],
        'S>T1 T1>T2 T2>T1 T2>E',
      ),
      loops: [{ flow: 'T2-T1', from: 'T2', to: 'T1' }],
    },
    {
      // bpmn.io's pizza customer: Order → gateway (unnamed) → "pizza received" → Pay, or
      // "60 minutes" → Ask for the pizza → back to the gateway: it waits for either again.
      why: 'names every branch of an unnamed gateway it goes back to',
      process: aProcess(
        'Pizza customer',
        [
          node('S', 'start'),
          node('O', 'task', 'Order a pizza'),
          node('G', 'gateway'),
          node('R', 'event', 'pizza received'),
          node('M', 'event', '60 minutes'),
          node('A', 'task', 'Ask for the pizza'),
          node('P', 'task', 'Pay the pizza'),
        ],
        'S>O O>G G>R G>M M>A R>P A>G',
      ),
      loops: [{ flow: 'A-G', from: 'Ask for the pizza', to: 'pizza received / 60 minutes' }],
    },
  ])('$why', ({ process, loops }) => {
    expect(loopsOf(process)).toEqual(loops);
  });
});
