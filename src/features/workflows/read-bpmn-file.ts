import { BpmnModdle, type ModdleElement, type ParseWarning } from 'bpmn-moddle';
import {
  BPMN_LIMITS,
  bpmnProblem,
  type BpmnDocument,
  type BpmnNodeKind,
  type BpmnPlanned,
  type BpmnProblem,
  type BpmnProcess,
} from '../../domain/bpmn/bpmn-model';
import { checkBpmnText } from '../../domain/bpmn/check-bpmn-text';
import { planBpmnImport } from '../../domain/bpmn/plan-bpmn-import';
import { decodeUtf8 } from '../../domain/exchange/imported-table';

function elementsOf(element: ModdleElement | undefined, property: string): ModdleElement[] {
  const value = element?.get(property);
  return Array.isArray(value) ? (value as ModdleElement[]) : [];
}

function refOf(element: ModdleElement, property: string): ModdleElement | undefined {
  const value = element.get(property);
  return value && typeof value === 'object' ? (value as ModdleElement) : undefined;
}

function kindOf(element: ModdleElement): BpmnNodeKind | null {
  if (element.$instanceOf('bpmn:Activity')) return 'task';
  if (element.$instanceOf('bpmn:StartEvent')) return 'start';
  if (element.$instanceOf('bpmn:EndEvent')) return 'end';
  if (element.$instanceOf('bpmn:Gateway')) return 'gateway';
  if (element.$instanceOf('bpmn:Event')) return 'event';
  return null;
}

/** Lanes parents first, then the lanes nested in them: the innermost lane of a node wins. */
function lanesOf(laneSets: ModdleElement[]): BpmnProcess['lanes'] {
  return laneSets.flatMap((set) =>
    elementsOf(set, 'lanes').flatMap((lane) => [
      {
        id: lane.id ?? '',
        name: lane.name ?? '',
        nodeIds: elementsOf(lane, 'flowNodeRef').map((n) => n.id ?? ''),
      },
      ...lanesOf(refOf(lane, 'childLaneSet') ? [refOf(lane, 'childLaneSet') as ModdleElement] : []),
    ]),
  );
}

/**
 * A process reduced for planning. Sub-processes are one step (their inside is not read); a
 * boundary event follows the task it is attached to, so the path it starts is reached.
 */
function reduceProcess(process: ModdleElement, poolName: string | undefined): BpmnProcess {
  const nodes: BpmnProcess['nodes'] = [];
  const flows: BpmnProcess['flows'] = [];
  for (const element of elementsOf(process, 'flowElements')) {
    const id = element.id ?? '';
    if (element.$instanceOf('bpmn:SequenceFlow')) {
      const source = refOf(element, 'sourceRef')?.id ?? '';
      const target = refOf(element, 'targetRef')?.id ?? '';
      flows.push({ id, source, target });
      continue;
    }
    const kind = kindOf(element);
    if (!kind) continue;
    nodes.push({ id, name: element.name ?? '', kind });
    const attachedTo = refOf(element, 'attachedToRef')?.id;
    if (attachedTo) flows.push({ id, source: attachedTo, target: id });
  }
  const name = poolName?.trim() ? poolName : (process.name ?? '');
  return {
    id: process.id ?? '',
    name,
    nodes,
    flows,
    lanes: lanesOf(elementsOf(process, 'laneSets')),
  };
}

/** Each process of the file, named after its pool when a collaboration draws one. */
function reduceDefinitions(definitions: ModdleElement): BpmnDocument {
  const roots = elementsOf(definitions, 'rootElements');
  const poolNames = new Map<ModdleElement, string>();
  for (const root of roots.filter((r) => r.$instanceOf('bpmn:Collaboration'))) {
    for (const participant of elementsOf(root, 'participants')) {
      const process = refOf(participant, 'processRef');
      if (process && participant.name) poolNames.set(process, participant.name);
    }
  }
  const processes = roots.filter((r) => r.$instanceOf('bpmn:Process'));
  return { processes: processes.map((p) => reduceProcess(p, poolNames.get(p))) };
}

/** A parser warning as a problem: its element's id (or the unresolved reference) and position. */
function problemOfWarning(warning: ParseWarning): BpmnProblem {
  const position = /line: (\d+)\s+column: (\d+)/.exec(warning.message);
  const unresolved = /^unresolved reference <(.*)>/.exec(warning.message);
  if (unresolved)
    return bpmnProblem('unresolvedReference', warning.element?.id ?? '', {
      reference: unresolved[1] ?? '',
    });
  return bpmnProblem('notUnderstood', warning.element?.id ?? '', {
    line: Number(position?.[1] ?? 0) + 1,
    column: Number(position?.[2] ?? 0) + 1,
    detail: warning.message.split('\n')[0] ?? '',
  });
}

/**
 * Reads a .bpmn file (BPMN 2.0 XML, as bpmn.io, Camunda Modeler, Signavio or Bizagi write it) and
 * plans its import. Refused before parsing: a file over BPMN_LIMITS.bytes, not UTF-8, with a
 * DOCTYPE or ENTITY declaration, or nested too deep; after: whatever bpmn-moddle could not read
 * and whatever planBpmnImport refuses, every problem naming its element.
 */
export async function readBpmnFile(buffer: ArrayBuffer): Promise<BpmnPlanned> {
  if (buffer.byteLength > BPMN_LIMITS.bytes) {
    return {
      ok: false,
      problems: [bpmnProblem('fileTooLarge', '', { megabytes: BPMN_LIMITS.megabytes })],
    };
  }
  const text = decodeUtf8(new Uint8Array(buffer));
  if (!text.ok) return { ok: false, problems: [bpmnProblem('notUtf8')] };
  const refused = checkBpmnText(text.value);
  if (refused.length) return { ok: false, problems: refused };
  let parsed: Awaited<ReturnType<BpmnModdle['fromXML']>>;
  try {
    parsed = await new BpmnModdle().fromXML(text.value);
  } catch {
    return { ok: false, problems: [bpmnProblem('notBpmn')] };
  }
  if (parsed.warnings.length)
    return { ok: false, problems: parsed.warnings.slice(0, 50).map(problemOfWarning) };
  return planBpmnImport(reduceDefinitions(parsed.rootElement));
}
