import type { WorkspaceDecision } from '../decision/decide-workspace';
import type { Wave } from '../schema/roadmap';
import type { UseCase } from '../schema/use-case';
import { JOURNEY_PHASES, type Step, type Workflow } from '../schema/workflow';
import type { Workspace } from '../schema/workspace';
import type { WorkshopStepId } from '../schema/workshop';

/** What the progress of the steps is computed from: the workspace's records as they are. */
export interface ProgressInput {
  workspace: Pick<Workspace, 'intention' | 'departments' | 'kpis' | 'topK'>;
  participants: number;
  workflows: readonly Pick<Workflow, 'id' | 'kind'>[];
  steps: readonly Pick<Step, 'workflowId' | 'phase'>[];
  frictions: number;
  useCases: readonly Pick<UseCase, 'id' | 'stepIds'>[];
  /** The decision function's result for the workspace. */
  decision: Pick<WorkspaceDecision, 'ranked' | 'decided' | 'toScore' | 'awaitingReveal' | 'byId'>;
  /** Divergences (spread >= 2) the group has not resolved yet. */
  divergencesToDiscuss: number;
  /** KPI conflicts not arbitrated yet. */
  openConflicts: number;
  waves: readonly Pick<Wave, 'useCaseIds'>[];
}

/** One line of progress: a message key under workshop.progress and its counts. */
export interface ProgressFact {
  key: string;
  values: Record<string, number>;
}

export interface StepProgress {
  step: WorkshopStepId;
  /** Whether the step's "done" (workshop.done.<step>) is met by the data. */
  done: boolean;
  facts: ProgressFact[];
}

const fact = (key: string, values: Record<string, number>): ProgressFact => ({ key, values });

function frame(input: ProgressInput): StepProgress {
  const { workspace } = input;
  const items = [
    workspace.intention.trim() !== '',
    workspace.departments.length > 0,
    workspace.kpis.length > 0,
    input.participants > 0,
  ];
  const done = items.filter(Boolean).length;
  return {
    step: 'frame',
    done: done === items.length,
    facts: [
      fact('frameItems', { done, total: items.length }),
      fact('participants', { count: input.participants }),
    ],
  };
}

function stepsOfKind(input: ProgressInput, kind: Workflow['kind']) {
  const ids = new Set(input.workflows.filter((w) => w.kind === kind).map((w) => w.id));
  return input.steps.filter((s) => ids.has(s.workflowId));
}

function workflows(input: ProgressInput): StepProgress {
  const count = input.workflows.filter((w) => w.kind === 'internal').length;
  const steps = stepsOfKind(input, 'internal').length;
  return {
    step: 'workflows',
    done: steps > 0 && input.frictions > 0,
    facts: [fact('workflows', { count, steps }), fact('frictions', { count: input.frictions })],
  };
}

function journey(input: ProgressInput): StepProgress {
  const steps = stepsOfKind(input, 'journey');
  const phases = new Set(steps.flatMap((s) => (s.phase === null ? [] : [s.phase])));
  return {
    step: 'journey',
    done: phases.size === JOURNEY_PHASES.length,
    facts: [fact('journeyPhases', { done: phases.size, total: JOURNEY_PHASES.length })],
  };
}

function useCases(input: ProgressInput): StepProgress {
  const total = input.useCases.length;
  const anchored = input.useCases.filter((u) => u.stepIds.length > 0).length;
  return {
    step: 'useCases',
    done: total > 0 && anchored === total,
    facts: [fact('useCasesAnchored', { done: anchored, total })],
  };
}

function qualify(input: ProgressInput): StepProgress {
  const total = input.useCases.length;
  const clear = input.useCases.filter((u) => input.decision.byId.get(u.id)?.clarity.clear).length;
  return {
    step: 'qualify',
    done: total > 0 && clear === total,
    facts: [fact('useCasesClear', { done: clear, total })],
  };
}

function score(input: ProgressInput): StepProgress {
  const { decision } = input;
  const total = input.useCases.length;
  const scored = decision.ranked.length;
  const facts = [
    fact('useCasesScored', { done: scored, total }),
    fact('divergences', { count: input.divergencesToDiscuss }),
  ];
  if (decision.awaitingReveal.length > 0)
    facts.push(fact('awaitingReveal', { count: decision.awaitingReveal.length }));
  return {
    step: 'score',
    done: total > 0 && scored === total && input.divergencesToDiscuss === 0,
    facts,
  };
}

function topIds(input: ProgressInput): string[] {
  return input.decision.decided.slice(0, input.workspace.topK).map((d) => d.id);
}

function prioritise(input: ProgressInput): StepProgress {
  const top = topIds(input).length;
  return {
    step: 'prioritise',
    done: top > 0 && input.openConflicts === 0,
    facts: [fact('topK', { count: top }), fact('openConflicts', { count: input.openConflicts })],
  };
}

function roadmap(input: ProgressInput): StepProgress {
  const placed = new Set(input.waves.flatMap((w) => w.useCaseIds));
  const top = topIds(input);
  const done = top.filter((id) => placed.has(id)).length;
  return {
    step: 'roadmap',
    done: top.length > 0 && done === top.length,
    facts: [fact('topPlaced', { done, total: top.length })],
  };
}

/** The progress of every step of the workshop, in agenda order, computed from the data. */
export function workshopProgress(input: ProgressInput): StepProgress[] {
  return [frame, workflows, journey, useCases, qualify, score, prioritise, roadmap].map((f) =>
    f(input),
  );
}
