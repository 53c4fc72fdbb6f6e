import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { buildBpmnExport } from '../../domain/bpmn/build-bpmn-export';
import { readBpmnFile } from './read-bpmn-file';
import { writeBpmnFile } from './write-bpmn-file';

const departments = [
  { id: 'dep-fin', name: 'Finance' },
  { id: 'dep-ops', name: 'Opérations & <support>' },
];

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

async function exported(
  name: string,
  steps: { name: string; departmentId: string | null }[],
  description = '',
): Promise<string> {
  return writeBpmnFile(buildBpmnExport({ name, description }, steps, departments));
}

describe('exporting a workflow as BPMN', () => {
  it('reads back with our import: same steps, same order, same names and departments', async () => {
    const xml = await exported(
      'Supplier invoices',
      [
        { name: 'Receive invoice', departmentId: 'dep-ops' },
        { name: 'Check amounts', departmentId: 'dep-fin' },
        { name: 'Ask the buyer', departmentId: null },
        { name: 'Pay', departmentId: 'dep-fin' },
      ],
      'From receipt to payment',
    );
    const read = await readBpmnFile(bytesOf(xml));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.workflows.map((w) => w.name)).toEqual(['Supplier invoices']);
    expect(read.plan.workflows[0]?.steps.map((s) => [s.name, s.department])).toEqual([
      ['Receive invoice', 'Opérations & <support>'],
      ['Check amounts', 'Finance'],
      ['Ask the buyer', null],
      ['Pay', 'Finance'],
    ]);
    expect(read.plan.workflows[0]?.loops).toEqual([]);
    expect(read.plan.departments).toEqual(['Opérations & <support>', 'Finance']);
  });

  it('escapes < & " \' in names and the description, and bpmn-moddle reads it without warning', async () => {
    const tricky = `Check <amounts> & "VAT" 'now'`;
    const xml = await exported('R&D <"budget">', [{ name: tricky, departmentId: null }], 'a < b');
    expect(xml).toContain('name="Check &#60;amounts&#62; &#38; &#34;VAT&#34; &#39;now&#39;"');
    expect(xml).toContain('name="R&#38;D &#60;&#34;budget&#34;&#62;"');
    expect(xml).toContain('a &lt; b');
    const parsed = await new BpmnModdle().fromXML(xml);
    expect(parsed.warnings).toEqual([]);
    const read = await readBpmnFile(bytesOf(xml));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.workflows[0]?.name).toBe('R&D <"budget">');
    expect(read.plan.workflows[0]?.steps.map((s) => s.name)).toEqual([tricky]);
  });

  it('writes the diagram a modelling tool draws: a shape per pool, lane and node, an edge per flow', async () => {
    const xml = await exported('Close', [
      { name: 'A', departmentId: 'dep-fin' },
      { name: 'B', departmentId: 'dep-ops' },
    ]);
    const parsed = await new BpmnModdle().fromXML(xml);
    expect(parsed.warnings).toEqual([]);
    const plane = (
      parsed.rootElement.get('diagrams') as { plane: { planeElement: unknown[] } }[]
    )[0]?.plane;
    const drawn = (plane?.planeElement ?? []) as {
      $type: string;
      bpmnElement: { $type: string; id: string };
    }[];
    // 1 pool + 2 lanes + start, 2 tasks, end = 7 shapes; 3 flows = 3 edges, each on its element.
    expect(drawn.map((d) => [d.$type, d.bpmnElement.$type])).toEqual([
      ['bpmndi:BPMNShape', 'bpmn:Participant'],
      ['bpmndi:BPMNShape', 'bpmn:Lane'],
      ['bpmndi:BPMNShape', 'bpmn:Lane'],
      ['bpmndi:BPMNShape', 'bpmn:StartEvent'],
      ['bpmndi:BPMNShape', 'bpmn:Task'],
      ['bpmndi:BPMNShape', 'bpmn:Task'],
      ['bpmndi:BPMNShape', 'bpmn:EndEvent'],
      ['bpmndi:BPMNEdge', 'bpmn:SequenceFlow'],
      ['bpmndi:BPMNEdge', 'bpmn:SequenceFlow'],
      ['bpmndi:BPMNEdge', 'bpmn:SequenceFlow'],
    ]);
  });

  it('exports an empty workflow as a valid file, which our import then refuses for lack of a task', async () => {
    const xml = await exported('Nothing yet', []);
    const parsed = await new BpmnModdle().fromXML(xml);
    expect(parsed.warnings).toEqual([]);
    expect(await readBpmnFile(bytesOf(xml))).toEqual({
      ok: false,
      problems: [{ key: 'bpmn.problem.emptyProcess', where: 'Process_1' }],
    });
  });
});

describe('reading a hand-written BPMN file with a rework loop', () => {
  it('names the loop by its tasks, not by the flow id', async () => {
    // Review → gateway (unnamed) → back to "Draft the quote" when rejected: flow _6-746.
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="x">
  <process id="Quotes" name="Quotes">
    <startEvent id="_6-1"/>
    <task id="_6-2" name="Draft the quote"/>
    <task id="_6-3" name="Review the quote"/>
    <exclusiveGateway id="_6-4"/>
    <task id="_6-5" name="Send the quote"/>
    <endEvent id="_6-6"/>
    <sequenceFlow id="_6-740" sourceRef="_6-1" targetRef="_6-2"/>
    <sequenceFlow id="_6-741" sourceRef="_6-2" targetRef="_6-3"/>
    <sequenceFlow id="_6-742" sourceRef="_6-3" targetRef="_6-4"/>
    <sequenceFlow id="_6-743" sourceRef="_6-4" targetRef="_6-5"/>
    <sequenceFlow id="_6-746" name="rejected" sourceRef="_6-4" targetRef="_6-2"/>
    <sequenceFlow id="_6-744" sourceRef="_6-5" targetRef="_6-6"/>
  </process>
</definitions>`;
    const read = await readBpmnFile(bytesOf(xml));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.workflows[0]?.steps.map((s) => s.name)).toEqual([
      'Draft the quote',
      'Review the quote',
      'Send the quote',
    ]);
    expect(read.plan.workflows[0]?.loops).toEqual([
      { flow: '_6-746', from: 'Review the quote', to: 'Draft the quote' },
    ]);
  });
});
