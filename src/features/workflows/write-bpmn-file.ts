import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import {
  bpmnFileName,
  buildBpmnExport,
  type BpmnExport,
  type DiagramBounds,
} from '../../domain/bpmn/build-bpmn-export';
import type { Step, Workflow } from '../../domain/schema/workflow';
import type { Department } from '../../domain/schema/workspace';
import { downloadText } from '../../ui/download-file';

const NODE_TYPES = {
  start: 'bpmn:StartEvent',
  task: 'bpmn:Task',
  end: 'bpmn:EndEvent',
} as const;

/** The attributes of an element: its id, and its name only when it has one. */
function named(id: string, name: string): Record<string, unknown> {
  return name ? { id, name } : { id };
}

/** The process: lanes, flow nodes with their incoming and outgoing flows, sequence flows. */
function processOf(moddle: BpmnModdle, model: BpmnExport['process']): ModdleElement {
  const nodes = new Map(
    model.nodes.map((n) => [n.id, moddle.create(NODE_TYPES[n.kind], named(n.id, n.name))]),
  );
  const flows = model.flows.map((f) => {
    const source = nodes.get(f.source);
    const target = nodes.get(f.target);
    const flow = moddle.create('bpmn:SequenceFlow', {
      id: f.id,
      sourceRef: source,
      targetRef: target,
    });
    source?.set('outgoing', [...((source.get('outgoing') as ModdleElement[]) ?? []), flow]);
    target?.set('incoming', [...((target.get('incoming') as ModdleElement[]) ?? []), flow]);
    return flow;
  });
  const lanes = model.lanes.map((lane) =>
    moddle.create('bpmn:Lane', {
      ...named(lane.id, lane.name),
      flowNodeRef: lane.nodeIds.flatMap((id) => nodes.get(id) ?? []),
    }),
  );
  return moddle.create('bpmn:Process', {
    id: model.id,
    name: model.name,
    isExecutable: false,
    ...(model.documentation
      ? { documentation: [moddle.create('bpmn:Documentation', { text: model.documentation })] }
      : {}),
    ...(lanes.length
      ? { laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_1', lanes })] }
      : {}),
    flowElements: [...nodes.values(), ...flows],
  });
}

/** Every element of the model by id, so that the diagram's shapes and edges can point at them. */
function elementsById(root: ModdleElement): Map<string, ModdleElement> {
  const found = new Map<string, ModdleElement>();
  const visit = (element: ModdleElement) => {
    if (element.id) found.set(element.id, element);
    for (const property of ['rootElements', 'participants', 'flowElements', 'laneSets', 'lanes']) {
      const children = element.get(property);
      if (Array.isArray(children)) for (const child of children) visit(child as ModdleElement);
    }
  };
  visit(root);
  return found;
}

/**
 * A workflow's BPMN model (buildBpmnExport) as BPMN 2.0 XML, written by bpmn-moddle so that names
 * are escaped and the file is what bpmn.io, Camunda Modeler and our own import read: definitions
 * with a collaboration (the pool), the process, and a diagram with a shape for the pool, each lane
 * and each node and an edge for each flow.
 */
export async function writeBpmnFile(model: BpmnExport): Promise<string> {
  const moddle = new BpmnModdle();
  const process = processOf(moddle, model.process);
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: model.collaborationId,
    participants: [
      moddle.create('bpmn:Participant', {
        ...named(model.participant.id, model.participant.name),
        processRef: process,
      }),
    ],
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: model.definitionsId,
    targetNamespace: 'http://bpmn.io/schema/bpmn',
    exporter: 'Clarté',
    exporterVersion: '1',
    rootElements: [collaboration, process],
  });
  const byId = elementsById(definitions);
  const boundsOf = (b: DiagramBounds) => moddle.create('dc:Bounds', { ...b });
  const shapes = model.diagram.shapes.map((s) => {
    const element = byId.get(s.elementId);
    const horizontal =
      element?.$instanceOf('bpmn:Participant') || element?.$instanceOf('bpmn:Lane');
    return moddle.create('bpmndi:BPMNShape', {
      id: s.id,
      bpmnElement: element,
      ...(horizontal ? { isHorizontal: true } : {}),
      bounds: boundsOf(s.bounds),
    });
  });
  const edges = model.diagram.edges.map((e) =>
    moddle.create('bpmndi:BPMNEdge', {
      id: e.id,
      bpmnElement: byId.get(e.elementId),
      waypoint: e.waypoints.map((p) => moddle.create('dc:Point', { ...p })),
    }),
  );
  const plane = moddle.create('bpmndi:BPMNPlane', {
    id: model.diagram.planeId,
    bpmnElement: collaboration,
    planeElement: [...shapes, ...edges],
  });
  definitions.set('diagrams', [
    moddle.create('bpmndi:BPMNDiagram', { id: model.diagram.id, plane }),
  ]);
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

/** "Export as BPMN": the workflow's file handed to the browser's downloads; returns its name. */
export async function downloadWorkflowBpmn(
  workflow: Pick<Workflow, 'name' | 'description'>,
  steps: readonly Pick<Step, 'name' | 'departmentId'>[],
  departments: readonly Department[],
): Promise<string> {
  const xml = await writeBpmnFile(buildBpmnExport(workflow, steps, departments));
  const name = bpmnFileName(workflow.name);
  downloadText(name, xml, 'application/xml');
  return name;
}
