import { LIMITS } from '../schema/common';
import {
  BPMN_LIMITS,
  bpmnProblem,
  type BpmnDocument,
  type BpmnPlanned,
  type BpmnProblem,
  type BpmnProcess,
  type PlannedStep,
  type PlannedWorkflow,
} from './bpmn-model';

/** At most this many problems are listed: the rest add nothing the person can act on. */
export const MAX_LISTED_PROBLEMS = 50;

function countProblems(document: BpmnDocument): BpmnProblem[] {
  const { processes } = document;
  const sum = (f: (p: BpmnProcess) => number) => processes.reduce((n, p) => n + f(p), 0);
  const counts = [
    ['tooManyProcesses', processes.length, BPMN_LIMITS.processes],
    [
      'tooManyTasks',
      sum((p) => p.nodes.filter((n) => n.kind === 'task').length),
      BPMN_LIMITS.tasks,
    ],
    ['tooManyNodes', sum((p) => p.nodes.length), BPMN_LIMITS.nodes],
    ['tooManyFlows', sum((p) => p.flows.length), BPMN_LIMITS.flows],
    ['tooManyLanes', sum((p) => p.lanes.length), BPMN_LIMITS.lanes],
  ] as const;
  return counts
    .filter(([, count, max]) => count > max)
    .map(([key, count, max]) => bpmnProblem(key, '', { count, max }));
}

/** A name as a step or workflow shows it: trimmed; the element id when the file has none. */
function nameOf(element: { id: string; name: string }, problems: BpmnProblem[]): string {
  const name = element.name.trim();
  if (name.length > LIMITS.name) {
    problems.push(bpmnProblem('nameTooLong', element.id, { max: LIMITS.name }));
  }
  return name || element.id;
}

/**
 * One node on a cycle among the nodes Kahn's algorithm could not order (each has an unordered
 * predecessor): walking predecessors back from any of them must come round; returns the cycle.
 */
function findCycle(left: readonly string[], predecessors: Map<string, string[]>): string[] {
  const unordered = new Set(left);
  const path: string[] = [];
  const seen = new Map<string, number>();
  let node = left[0];
  while (node !== undefined && !seen.has(node)) {
    seen.set(node, path.length);
    path.push(node);
    node = predecessors.get(node)?.find((p) => unordered.has(p));
  }
  const start = node === undefined ? 0 : (seen.get(node) ?? 0);
  return path.slice(start).reverse();
}

/**
 * The tasks of a process in the order of its sequence flows: a topological order of the flow
 * graph from its start events (or, without one, from the nodes nothing flows into); when several
 * nodes are ready at once (parallel or alternative branches), the one first in the file goes
 * first, so branches are flattened one after the other as they are written. Gateways and events
 * are passed through; a task no start reaches, a flow to an unknown element, or a cycle is a
 * problem naming the element.
 */
function orderTasks(process: BpmnProcess, problems: BpmnProblem[]): string[] {
  const index = new Map(process.nodes.map((n, i) => [n.id, i]));
  const successors = new Map<string, string[]>(process.nodes.map((n) => [n.id, []]));
  const predecessors = new Map<string, string[]>(process.nodes.map((n) => [n.id, []]));
  for (const flow of process.flows) {
    const unknown = [flow.source, flow.target].find((end) => !index.has(end));
    if (unknown !== undefined) {
      problems.push(bpmnProblem('unknownFlowEnd', flow.id, { element: unknown }));
      continue;
    }
    successors.get(flow.source)?.push(flow.target);
    predecessors.get(flow.target)?.push(flow.source);
  }
  const starts = process.nodes.filter((n) => n.kind === 'start');
  const roots = (
    starts.length ? starts : process.nodes.filter((n) => !predecessors.get(n.id)?.length)
  ).map((n) => n.id);
  const reached = new Set(roots);
  const queue = [...roots];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of successors.get(node) ?? []) {
      if (!reached.has(next)) queue.push(next);
      reached.add(next);
    }
  }
  for (const node of process.nodes) {
    if (node.kind === 'task' && !reached.has(node.id)) {
      problems.push(bpmnProblem('unreachableTask', node.id, { process: process.id }));
    }
  }
  const waiting = new Map<string, number>();
  for (const id of reached) {
    waiting.set(id, (predecessors.get(id) ?? []).filter((p) => reached.has(p)).length);
  }
  const ready = [...reached].filter((id) => waiting.get(id) === 0);
  const ordered: string[] = [];
  while (ready.length) {
    ready.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
    const node = ready.shift() ?? '';
    ordered.push(node);
    for (const next of successors.get(node) ?? []) {
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  if (ordered.length < reached.size) {
    const done = new Set(ordered);
    const left = process.nodes.map((n) => n.id).filter((id) => reached.has(id) && !done.has(id));
    const cycle = findCycle(left, predecessors);
    problems.push(
      bpmnProblem('cycle', cycle[0] ?? '', { cycle: [...cycle, cycle[0]].join(' → ') }),
    );
  }
  const tasks = new Set(process.nodes.filter((n) => n.kind === 'task').map((n) => n.id));
  return ordered.filter((id) => tasks.has(id));
}

function planWorkflow(process: BpmnProcess, problems: BpmnProblem[]): PlannedWorkflow {
  const name = nameOf(process, problems);
  if (!process.nodes.some((n) => n.kind === 'task')) {
    problems.push(bpmnProblem('emptyProcess', process.id));
  }
  const laneOf = new Map<string, string>();
  for (const lane of process.lanes) {
    const laneName = nameOf(lane, problems);
    for (const id of lane.nodeIds) laneOf.set(id, laneName);
  }
  const nodes = new Map(process.nodes.map((n) => [n.id, n]));
  const steps = orderTasks(process, problems).map((id): PlannedStep => ({
    elementId: id,
    name: nameOf(nodes.get(id) ?? { id, name: '' }, problems),
    department: laneOf.get(id) ?? null,
  }));
  return { elementId: process.id, name, steps };
}

/**
 * What importing a BPMN file would create (PRODUCT.md, "What users can take out and bring in"):
 * one workflow per process or pool, its tasks as steps in flow order, lanes as departments
 * (a step's department is its task's lane). Refused with every problem found, each naming the
 * element and the limit, so that nothing is written from a file that is not fully understood.
 */
export function planBpmnImport(document: BpmnDocument): BpmnPlanned {
  const problems = countProblems(document);
  if (problems.length) return { ok: false, problems };
  if (!document.processes.length) return { ok: false, problems: [bpmnProblem('noProcess')] };
  const workflows = document.processes.map((p) => planWorkflow(p, problems));
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS) };
  const departments = new Map<string, string>();
  for (const step of workflows.flatMap((w) => w.steps)) {
    const key = step.department?.toLocaleLowerCase();
    if (step.department && key && !departments.has(key)) departments.set(key, step.department);
  }
  return { ok: true, plan: { workflows, departments: [...departments.values()] } };
}
