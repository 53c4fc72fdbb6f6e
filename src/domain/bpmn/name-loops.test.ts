import { describe, expect, it } from 'vitest';
import type { BpmnProcess } from './bpmn-model';
import { planBpmnImport } from './plan-bpmn-import';

type Kind = BpmnProcess['nodes'][number]['kind'];
const node = (id: string, kind: Kind, name = '') => ({ id, kind, name });
const flow = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });

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
