import * as z from 'zod';

/** The limits of a BPMN import: beyond them the file is refused, naming the limit. */
export const BPMN_LIMITS = {
  megabytes: 5,
  bytes: 5 * 1024 * 1024,
  /** Nesting of XML elements. */
  depth: 64,
  processes: 50,
  tasks: 2000,
  /** Every flow node: tasks, events, gateways. */
  nodes: 10000,
  flows: 20000,
  lanes: 500,
} as const;

/** What a flow node is, as far as the import cares. */
export const BPMN_NODE_KINDS = ['task', 'start', 'end', 'gateway', 'event'] as const;
export type BpmnNodeKind = (typeof BPMN_NODE_KINDS)[number];

const elementId = z.string().min(1).max(1000);
const elementName = z.string().max(100000);

/**
 * A BPMN file reduced to what the import uses (the feature layer builds it from bpmn-moddle's
 * objects): each process with its flow nodes in file order, its sequence flows, its lanes.
 */
export const bpmnDocumentSchema = z.strictObject({
  processes: z.array(
    z.strictObject({
      id: elementId,
      /** The pool's name, else the process's name, else "" (the id is shown then). */
      name: elementName,
      nodes: z.array(
        z.strictObject({ id: elementId, name: elementName, kind: z.enum(BPMN_NODE_KINDS) }),
      ),
      flows: z.array(z.strictObject({ id: elementId, source: elementId, target: elementId })),
      /** Innermost lanes first is not required: the last lane naming a node wins (nested lanes). */
      lanes: z.array(
        z.strictObject({ id: elementId, name: elementName, nodeIds: z.array(elementId) }),
      ),
    }),
  ),
});
export type BpmnDocument = z.infer<typeof bpmnDocumentSchema>;
export type BpmnProcess = BpmnDocument['processes'][number];

/**
 * Why a BPMN file is refused: a message key under `bpmn.problem.*`, the element id it is about
 * ("" for the whole file), and the facts the message needs (the limit, the count...).
 */
export interface BpmnProblem {
  key: string;
  where: string;
  params?: Record<string, string | number>;
}

export function bpmnProblem(
  key: string,
  where = '',
  params?: Record<string, string | number>,
): BpmnProblem {
  return params
    ? { key: `bpmn.problem.${key}`, where, params }
    : { key: `bpmn.problem.${key}`, where };
}

/** A step to create: a task of the file, with its lane's name (its department), if any. */
export interface PlannedStep {
  elementId: string;
  name: string;
  department: string | null;
}

/** A flow looping back (a rework loop), set aside to order the steps: from one element to another. */
export interface PlannedLoop {
  flow: string;
  /** The names shown: see nameLoops. */
  from: string;
  to: string;
}

/** A workflow to create: one per process (or pool), its steps in flow order. */
export interface PlannedWorkflow {
  elementId: string;
  name: string;
  steps: PlannedStep[];
  /** The flows looping back (rework loops), set aside to order the steps. */
  loops: PlannedLoop[];
}

/** What an import would create: workflows and the department names their steps use. */
export interface BpmnPlan {
  workflows: PlannedWorkflow[];
  departments: string[];
}

export type BpmnPlanned = { ok: true; plan: BpmnPlan } | { ok: false; problems: BpmnProblem[] };
