import {
  MAX_SPENT_SECONDS,
  WORKSHOP_STEPS,
  type AgendaStep,
  type Workshop,
  type WorkshopStepId,
} from '../schema/workshop';

/**
 * Planned minutes of each step for a half-day workshop (3 h 30): framing and mapping short,
 * scoring and prioritising longest. The facilitator edits them.
 */
const DEFAULT_PLANNED_MINUTES: Readonly<Record<WorkshopStepId, number>> = {
  frame: 20,
  workflows: 25,
  journey: 25,
  useCases: 30,
  qualify: 25,
  score: 35,
  prioritise: 30,
  roadmap: 20,
};

/** The screen (path under /w/:workspaceId/) each step opens. */
export const STEP_SCREENS: Readonly<Record<WorkshopStepId, string>> = {
  frame: 'framing',
  workflows: 'workflows',
  journey: 'journey',
  useCases: 'use-cases',
  qualify: 'use-cases',
  score: 'scoring',
  prioritise: 'ranking',
  roadmap: 'roadmap',
};

/** The screens a step may also show (prioritising looks at the matrix, ranking and weights). */
export const STEP_EXTRA_SCREENS: Readonly<Record<WorkshopStepId, readonly string[]>> = {
  frame: [],
  workflows: [],
  journey: [],
  useCases: ['coverage'],
  qualify: [],
  score: [],
  prioritise: ['matrix', 'weights', 'exceptions'],
  roadmap: [],
};

/** Seconds before the planned end of a step when the quiet warning starts. */
const WARNING_SECONDS = 2 * 60;

/** A new agenda: every step planned with its default duration, no time spent. */
export function newAgenda(): AgendaStep[] {
  return WORKSHOP_STEPS.map((step) => ({
    step,
    plannedMinutes: DEFAULT_PLANNED_MINUTES[step],
    spentSeconds: 0,
    runningSince: null,
  }));
}

function secondsBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000));
}

/** Seconds spent on a step at `now`: the closed runs plus the running one. */
export function elapsedSeconds(step: AgendaStep, now: string): number {
  const running = step.runningSince === null ? 0 : secondsBetween(step.runningSince, now);
  return Math.min(MAX_SPENT_SECONDS, step.spentSeconds + running);
}

/** running: counting; warning: less than WARNING_SECONDS left; over: past the planned time. */
export type TimerPhase = 'stopped' | 'running' | 'warning' | 'over';

export interface TimerState {
  phase: TimerPhase;
  elapsedSeconds: number;
  /** Planned minus elapsed seconds; negative once over. */
  remainingSeconds: number;
}

/** The timer of a step at `now`. */
export function timerOf(step: AgendaStep, now: string): TimerState {
  const elapsed = elapsedSeconds(step, now);
  const remaining = step.plannedMinutes * 60 - elapsed;
  let phase: TimerPhase = step.runningSince === null ? 'stopped' : 'running';
  if (remaining <= 0) phase = 'over';
  else if (remaining <= WARNING_SECONDS && phase === 'running') phase = 'warning';
  return { phase, elapsedSeconds: elapsed, remainingSeconds: remaining };
}

function stopped(step: AgendaStep, now: string): AgendaStep {
  if (step.runningSince === null) return step;
  return { ...step, spentSeconds: elapsedSeconds(step, now), runningSince: null };
}

/** Stops every timer (time spent so far is kept): the workshop stops here and resumes later. */
export function pauseWorkshop(workshop: Workshop, now: string): Workshop {
  return { ...workshop, agenda: workshop.agenda.map((s) => stopped(s, now)), updatedAt: now };
}

/** Goes to the step at `index` (clamped to the agenda): stops the others, starts its timer. */
export function goToStep(workshop: Workshop, index: number, now: string): Workshop {
  const target = Math.min(Math.max(0, Math.trunc(index)), workshop.agenda.length - 1);
  const agenda = workshop.agenda.map((s, i) => {
    if (i !== target) return stopped(s, now);
    return s.runningSince === null ? { ...s, runningSince: now } : s;
  });
  return { ...workshop, current: target, agenda, updatedAt: now };
}

/** Whether a step's timer runs. */
export function isRunning(workshop: Workshop): boolean {
  return workshop.agenda.some((s) => s.runningSince !== null);
}

/** Changes the planned minutes of a step (the caller validates the number). */
export function planStep(workshop: Workshop, step: WorkshopStepId, minutes: number, now: string) {
  return {
    ...workshop,
    agenda: workshop.agenda.map((s) => (s.step === step ? { ...s, plannedMinutes: minutes } : s)),
    updatedAt: now,
  } satisfies Workshop;
}

/** Ends the workshop: every timer stopped, the end time set. */
export function endWorkshop(workshop: Workshop, now: string): Workshop {
  return { ...pauseWorkshop(workshop, now), endedAt: now };
}

/** Planned minutes of the whole agenda. */
export function plannedTotalMinutes(agenda: readonly AgendaStep[]): number {
  return agenda.reduce((sum, s) => sum + s.plannedMinutes, 0);
}
