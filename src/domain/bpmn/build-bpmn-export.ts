import { fileSlug } from '../exchange/backup-format';
import type { Step, Workflow } from '../schema/workflow';
import type { Department } from '../schema/workspace';

/** A point or a box of the diagram, in BPMN DI's pixels (y grows downwards). */
export interface DiagramPoint {
  x: number;
  y: number;
}
export interface DiagramBounds extends DiagramPoint {
  width: number;
  height: number;
}

export type ExportedNodeKind = 'start' | 'task' | 'end';

/**
 * A workflow as a BPMN 2.0 model, as plain data (the feature layer turns it into XML with
 * bpmn-moddle): one pool drawing one process, its lanes (one per department the steps use), a
 * start event, the steps as tasks, an end event, the sequence flows between them, and where each
 * of these is drawn, laid out left to right.
 */
export interface BpmnExport {
  definitionsId: string;
  collaborationId: string;
  participant: { id: string; name: string };
  process: {
    id: string;
    name: string;
    /** The workflow's description ("" for none). */
    documentation: string;
    lanes: { id: string; name: string; nodeIds: string[] }[];
    nodes: { id: string; name: string; kind: ExportedNodeKind }[];
    flows: { id: string; source: string; target: string }[];
  };
  diagram: {
    id: string;
    planeId: string;
    shapes: { id: string; elementId: string; bounds: DiagramBounds }[];
    edges: { id: string; elementId: string; waypoints: DiagramPoint[] }[];
  };
}

/** The drawing's measures: a pool with its name band, lanes as rows, one column per node. */
const LAYOUT = {
  left: 160,
  top: 80,
  /** The band on the pool's left where a modelling tool writes its name. */
  poolBand: 30,
  laneHeight: 140,
  /** From one node's centre to the next one's. */
  column: 160,
  /** From the lane's left edge to the start event's centre. */
  firstColumn: 60,
  task: { width: 100, height: 80 },
  event: { width: 36, height: 36 },
} as const;

type ExportedStep = Pick<Step, 'name' | 'departmentId'>;

/**
 * The lanes of the exported process: one per department the steps use, in the order the steps
 * first meet them; steps without a department share a lane without a name (a modelling tool needs
 * every node in a lane once a process has lanes). No department used: no lane at all.
 */
function lanesOf(steps: readonly ExportedStep[], departments: readonly Department[]) {
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  const keyOf = (step: ExportedStep) =>
    step.departmentId !== null && nameOf.has(step.departmentId) ? step.departmentId : null;
  if (steps.every((s) => keyOf(s) === null)) return { lanes: [], laneOfStep: () => -1 };
  const keys = [...new Set(steps.map(keyOf))];
  const lanes = keys.map((key, i) => ({
    id: `Lane_${i + 1}`,
    name: key === null ? '' : (nameOf.get(key) ?? ''),
    nodeIds: [] as string[],
  }));
  return { lanes, laneOfStep: (step: ExportedStep) => keys.indexOf(keyOf(step)) };
}

/** Where an edge is drawn: from the source's right side to the target's left, square corners. */
function waypointsOf(from: DiagramBounds, to: DiagramBounds): DiagramPoint[] {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  if (start.y === end.y) return [start, end];
  const middle = Math.round((start.x + end.x) / 2);
  return [start, { x: middle, y: start.y }, { x: middle, y: end.y }, end];
}

/**
 * A workflow as a BPMN model (issue 20, "a workflow exports back to BPMN that a modelling tool
 * opens"): its name on the pool and the process, its description as the process's documentation,
 * a start event, its steps in order as tasks, an end event, one sequence flow from each to the
 * next, and departments as lanes. Drawn left to right, one lane per row, so that bpmn.io or
 * Camunda Modeler shows it as it is. Ids are made from positions (BPMN ids must be XML names,
 * which Clarté's record ids need not be). Importing the result gives back the same steps, in the
 * same order, with the same names and departments.
 */
export function buildBpmnExport(
  workflow: Pick<Workflow, 'name' | 'description'>,
  steps: readonly ExportedStep[],
  departments: readonly Department[],
): BpmnExport {
  const { lanes, laneOfStep } = lanesOf(steps, departments);
  const first = steps[0];
  const last = steps[steps.length - 1];
  const nodes = [
    { id: 'StartEvent_1', name: '', kind: 'start' as const, lane: first ? laneOfStep(first) : 0 },
    ...steps.map((s, i) => ({
      id: `Task_${i + 1}`,
      name: s.name,
      kind: 'task' as const,
      lane: laneOfStep(s),
    })),
    { id: 'EndEvent_1', name: '', kind: 'end' as const, lane: last ? laneOfStep(last) : 0 },
  ];
  for (const node of nodes) lanes[node.lane]?.nodeIds.push(node.id);
  const rows = Math.max(1, lanes.length);
  const poolWidth = LAYOUT.poolBand + LAYOUT.firstColumn * 2 + LAYOUT.column * (nodes.length - 1);
  const laneLeft = LAYOUT.left + LAYOUT.poolBand;
  const placed = nodes.map((node, column) => {
    const size = node.kind === 'task' ? LAYOUT.task : LAYOUT.event;
    const centreX = laneLeft + LAYOUT.firstColumn + column * LAYOUT.column;
    const centreY = LAYOUT.top + (Math.max(0, node.lane) + 0.5) * LAYOUT.laneHeight;
    const bounds = { x: centreX - size.width / 2, y: centreY - size.height / 2, ...size };
    return { ...node, bounds };
  });
  const flows: BpmnExport['process']['flows'] = [];
  const edges: BpmnExport['diagram']['edges'] = [];
  placed.forEach((from, i) => {
    const to = placed[i + 1];
    if (!to) return;
    const id = `Flow_${i + 1}`;
    flows.push({ id, source: from.id, target: to.id });
    edges.push({ id: `${id}_di`, elementId: id, waypoints: waypointsOf(from.bounds, to.bounds) });
  });
  const shapes = [
    {
      elementId: 'Participant_1',
      bounds: { x: LAYOUT.left, y: LAYOUT.top, width: poolWidth, height: rows * LAYOUT.laneHeight },
    },
    ...lanes.map((lane, i) => ({
      elementId: lane.id,
      bounds: {
        x: laneLeft,
        y: LAYOUT.top + i * LAYOUT.laneHeight,
        width: poolWidth - LAYOUT.poolBand,
        height: LAYOUT.laneHeight,
      },
    })),
    ...placed.map((node) => ({ elementId: node.id, bounds: node.bounds })),
  ];
  return {
    definitionsId: 'Definitions_1',
    collaborationId: 'Collaboration_1',
    participant: { id: 'Participant_1', name: workflow.name },
    process: {
      id: 'Process_1',
      name: workflow.name,
      documentation: workflow.description,
      lanes,
      nodes: nodes.map(({ id, name, kind }) => ({ id, name, kind })),
      flows,
    },
    diagram: {
      id: 'BPMNDiagram_1',
      planeId: 'BPMNPlane_1',
      shapes: shapes.map((s) => ({ id: `${s.elementId}_di`, ...s })),
      edges,
    },
  };
}

/** The exported file's name: the workflow's title in safe characters, then `.bpmn`. */
export function bpmnFileName(title: string): string {
  return `${fileSlug(title) || 'workflow'}.bpmn`;
}
