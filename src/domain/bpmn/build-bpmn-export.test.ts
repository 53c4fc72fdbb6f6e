import { describe, expect, it } from 'vitest';
import { bpmnFileName, buildBpmnExport } from './build-bpmn-export';

const departments = [
  { id: 'dep-fin', name: 'Finance' },
  { id: 'dep-it', name: 'IT' },
];
const step = (name: string, departmentId: string | null = null) => ({ name, departmentId });

describe('a workflow as a BPMN model', () => {
  it('chains start, the steps in order and end, with one lane per department used', () => {
    const model = buildBpmnExport(
      { name: 'Month-end close', description: 'Every month' },
      [step('Collect invoices', 'dep-fin'), step('Load ledger', 'dep-it'), step('Sign off')],
      departments,
    );
    expect(model.participant.name).toBe('Month-end close');
    expect(model.process.documentation).toBe('Every month');
    expect(model.process.nodes.map((n) => [n.kind, n.name])).toEqual([
      ['start', ''],
      ['task', 'Collect invoices'],
      ['task', 'Load ledger'],
      ['task', 'Sign off'],
      ['end', ''],
    ]);
    const ids = model.process.nodes.map((n) => n.id);
    expect(model.process.flows.map((f) => [f.source, f.target])).toEqual([
      [ids[0], ids[1]],
      [ids[1], ids[2]],
      [ids[2], ids[3]],
      [ids[3], ids[4]],
    ]);
    // Finance first (met first), then IT, then the steps without a department in an unnamed
    // lane; the start event shares the first step's lane, the end event the last one's.
    expect(model.process.lanes.map((l) => [l.name, l.nodeIds])).toEqual([
      ['Finance', [ids[0], ids[1]]],
      ['IT', [ids[2]]],
      ['', [ids[3], ids[4]]],
    ]);
  });

  it('lays the diagram out left to right, each node in its lane, a shape and an edge for all', () => {
    const model = buildBpmnExport(
      { name: 'Close', description: '' },
      [step('A', 'dep-fin'), step('B', 'dep-it')],
      departments,
    );
    const shape = (id: string) => model.diagram.shapes.find((s) => s.elementId === id)?.bounds;
    const drawn = [
      model.participant.id,
      ...model.process.lanes.map((l) => l.id),
      ...model.process.nodes.map((n) => n.id),
    ];
    expect(model.diagram.shapes.map((s) => s.elementId).sort()).toEqual([...drawn].sort());
    expect(model.diagram.edges.map((e) => e.elementId)).toEqual(
      model.process.flows.map((f) => f.id),
    );
    // Pool at (160, 80); its name band is 30 wide; lanes 140 high; node centres 160 apart,
    // the first 60 from the lanes' left edge: 250, 410, 570, 730. Pool width 30 + 2×60 + 3×160.
    expect(shape(model.participant.id)).toEqual({ x: 160, y: 80, width: 630, height: 280 });
    const [finance, it] = model.process.lanes;
    expect(shape(finance?.id ?? '')).toEqual({ x: 190, y: 80, width: 600, height: 140 });
    expect(shape(it?.id ?? '')).toEqual({ x: 190, y: 220, width: 600, height: 140 });
    const [start, a, b, end] = model.process.nodes.map((n) => shape(n.id));
    expect(start).toEqual({ x: 232, y: 132, width: 36, height: 36 });
    expect(a).toEqual({ x: 360, y: 110, width: 100, height: 80 });
    expect(b).toEqual({ x: 520, y: 250, width: 100, height: 80 });
    expect(end).toEqual({ x: 712, y: 272, width: 36, height: 36 });
    // Same lane: a straight line; from Finance down to IT: right, down, right at mid-way.
    expect(model.diagram.edges.map((e) => e.waypoints)).toEqual([
      [
        { x: 268, y: 150 },
        { x: 360, y: 150 },
      ],
      [
        { x: 460, y: 150 },
        { x: 490, y: 150 },
        { x: 490, y: 290 },
        { x: 520, y: 290 },
      ],
      [
        { x: 620, y: 290 },
        { x: 712, y: 290 },
      ],
    ]);
  });

  it('draws a workflow without steps as a pool with a start and an end event, no lane', () => {
    const model = buildBpmnExport({ name: 'Empty', description: '' }, [], departments);
    expect(model.process.nodes.map((n) => n.kind)).toEqual(['start', 'end']);
    expect(model.process.flows).toHaveLength(1);
    expect(model.process.lanes).toEqual([]);
    expect(model.diagram.shapes).toHaveLength(3);
  });

  it('names the file after the workflow in safe characters', () => {
    expect(bpmnFileName('Clôture « mensuelle » / 2026')).toBe('cloture-mensuelle-2026.bpmn');
    expect(bpmnFileName('<>&"\'')).toBe('workflow.bpmn');
  });
});
