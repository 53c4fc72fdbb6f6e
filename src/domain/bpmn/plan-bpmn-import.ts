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
import { nameLoops } from './name-loops';

/** At most this many problems are listed: the rest add nothing the person can act on. */
const MAX_LISTED_PROBLEMS = 50;

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

interface Edge {
  flow: string;
  target: string;
}

/**
 * The flows that go back to a node still on the path that reached them (a depth-first walk from
 * the roots, following flows in file order): rework loops. They are not followed when ordering.
 */
function loopFlows(roots: readonly string[], successors: Map<string, Edge[]>): Set<string> {
  const state = new Map<string, 'open' | 'done'>();
  const loops = new Set<string>();
  for (const root of roots) {
    if (state.has(root)) continue;
    state.set(root, 'open');
    const stack: { node: string; next: number }[] = [{ node: root, next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const edge = successors.get(top.node)?.[top.next];
      top.next += 1;
      if (!edge) {
        state.set(top.node, 'done');
        stack.pop();
      } else if (state.get(edge.target) === 'open') {
        loops.add(edge.flow);
      } else if (!state.has(edge.target)) {
        state.set(edge.target, 'open');
        stack.push({ node: edge.target, next: 0 });
      }
    }
  }
  return loops;
}

/**
 * The tasks of a process in the order of its sequence flows, and the loops set aside: a
 * topological order of the flow graph from its start events (or, without one, from the nodes
 * nothing flows into) once the flows looping back are set aside; when several nodes are ready at
 * once (parallel or alternative branches), the one first in the file goes first, so branches are
 * flattened one after the other as they are written. Gateways and events are passed through; a
 * task no start reaches or a flow to an unknown element is a problem naming the element.
 */
function orderTasks(
  process: BpmnProcess,
  problems: BpmnProblem[],
): { tasks: string[]; loops: Set<string> } {
  const index = new Map(process.nodes.map((n, i) => [n.id, i]));
  const successors = new Map<string, Edge[]>(process.nodes.map((n) => [n.id, []]));
  const hasPredecessor = new Set<string>();
  for (const flow of process.flows) {
    const unknown = [flow.source, flow.target].find((end) => !index.has(end));
    if (unknown !== undefined) {
      problems.push(bpmnProblem('unknownFlowEnd', flow.id, { element: unknown }));
      continue;
    }
    successors.get(flow.source)?.push({ flow: flow.id, target: flow.target });
    hasPredecessor.add(flow.target);
  }
  const starts = process.nodes.filter((n) => n.kind === 'start');
  const roots = (
    starts.length ? starts : process.nodes.filter((n) => !hasPredecessor.has(n.id))
  ).map((n) => n.id);
  const loops = loopFlows(roots, successors);
  const forward = (node: string) => (successors.get(node) ?? []).filter((e) => !loops.has(e.flow));
  const waiting = new Map<string, number>(roots.map((r) => [r, 0]));
  const queue = [...roots];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const { target } of forward(node)) {
      if (!waiting.has(target)) queue.push(target);
      waiting.set(target, (waiting.get(target) ?? 0) + 1);
    }
  }
  for (const node of process.nodes) {
    if (node.kind === 'task' && !waiting.has(node.id)) {
      problems.push(bpmnProblem('unreachableTask', node.id, { process: process.id }));
    }
  }
  const ready = roots.filter((r) => waiting.get(r) === 0);
  const ordered: string[] = [];
  while (ready.length) {
    ready.sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
    const node = ready.shift() ?? '';
    ordered.push(node);
    for (const { target } of forward(node)) {
      const left = (waiting.get(target) ?? 0) - 1;
      waiting.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  const tasks = new Set(process.nodes.filter((n) => n.kind === 'task').map((n) => n.id));
  return { tasks: ordered.filter((id) => tasks.has(id)), loops };
}

function planWorkflow(process: BpmnProcess, problems: BpmnProblem[]): PlannedWorkflow {
  const name = nameOf(process, problems);
  if (!process.nodes.some((n) => n.kind === 'task')) {
    problems.push(bpmnProblem('emptyProcess', process.id));
  }
  const laneOf = new Map<string, string | null>();
  for (const lane of process.lanes) {
    const laneName = lane.name.trim() ? nameOf(lane, problems) : null;
    for (const id of lane.nodeIds) laneOf.set(id, laneName);
  }
  const nodes = new Map(process.nodes.map((n) => [n.id, n]));
  const { tasks, loops } = orderTasks(process, problems);
  const steps = tasks.map((id): PlannedStep => ({
    elementId: id,
    name: nameOf(nodes.get(id) ?? { id, name: '' }, problems),
    department: laneOf.get(id) ?? null,
  }));
  return { elementId: process.id, name, steps, loops: nameLoops(process, loops) };
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
