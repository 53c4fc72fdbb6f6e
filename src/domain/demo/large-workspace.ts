/**
 * A large, synthetic workspace for performance work (virtualised lists, ranking, storage).
 * Pure and deterministic: a small seeded generator (mulberry32) drives every choice, ids are
 * derived from indexes (lw-uc-000123), and the same options always give the same bundle.
 */
import type { Language } from '../schema/common';
import { CRITERION_IDS } from '../schema/criterion';
import type { CriterionScores } from '../schema/scorecard';
import { AUTOMATION_LEVELS, USE_CASE_STATUSES } from '../schema/use-case';
import { JOURNEY_PHASES, STEP_KINDS } from '../schema/workflow';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import type { Workspace } from '../schema/workspace';
import {
  bundleOf,
  defaultDecisionSettings,
  emptyWaves,
  workspaceCreated,
} from '../workspace/new-workspace';
import { LARGE_WORKSPACE_WORDS as WORDS, OWNERS } from './large-workspace-words';

/** What every generated workspace is built from (this one and the discovery workspace). */
export interface GeneratedWorkspaceOptions {
  useCases: number;
  seed: number;
  /** ISO datetime used for every timestamp. */
  now: string;
  language: Language;
}

export interface LargeWorkspaceOptions extends GeneratedWorkspaceOptions {
  steps: number;
}

/** The schema's per-table bound. */
const MAX_RECORDS = 200_000;
const WORKFLOW_COUNT = 10;
const FULLY_SCORED_SHARE = 0.9;

/** mulberry32: a tiny, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(6, '0');

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > MAX_RECORDS) {
    throw new RangeError(`${name} must be an integer between 0 and ${MAX_RECORDS}, got ${value}`);
  }
}

export function buildLargeWorkspace(options: LargeWorkspaceOptions): WorkspaceBundle {
  const { useCases: useCaseCount, steps: stepCount, seed, now, language } = options;
  checkCount('useCases', useCaseCount);
  checkCount('steps', stepCount);
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);

  const words = WORDS[language];
  const random = mulberry32(seed);
  const int = (max: number) => Math.floor(random() * max);
  function pick<T>(items: readonly T[]): T {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  const workspaceId = 'lw-ws';
  const departments = words.departments.map((name, i) => ({ id: `lw-dep-${i + 1}`, name }));
  const kpis: WorkspaceBundle['workspace']['kpis'] = words.kpis.map((name, i) => ({
    id: `lw-kpi-${i + 1}`,
    name,
    departmentId: departments[i % departments.length]?.id ?? null,
    unit: '',
    direction: i === 2 ? 'up' : 'down',
    baseline: 10 + i * 5,
  }));
  const departmentIds = departments.map((d) => d.id);
  const kpiIds = kpis.map((k) => k.id);
  const participantId = 'lw-p-1';

  // Steps are dealt round-robin over the workflows; the last workflow is the customer journey.
  const workflowCount = Math.min(WORKFLOW_COUNT, stepCount);
  const journeyIndex = workflowCount - 1;
  const workflows: WorkspaceBundle['workflows'] = [];
  for (let w = 0; w < workflowCount; w += 1) {
    const journey = w === journeyIndex;
    workflows.push({
      id: `lw-wf-${String(w + 1).padStart(2, '0')}`,
      workspaceId,
      kind: journey ? 'journey' : 'internal',
      name: journey ? words.journey : words.workflow(w),
      description: '',
      position: w,
    });
  }
  const stepsPerJourney =
    workflowCount === 0 ? 0 : Math.ceil((stepCount - journeyIndex) / workflowCount);

  const steps: WorkspaceBundle['steps'] = [];
  const frictions: WorkspaceBundle['frictions'] = [];
  for (let i = 0; i < stepCount; i += 1) {
    const w = i % workflowCount;
    const position = Math.floor(i / workflowCount);
    const journey = w === journeyIndex;
    const id = `lw-st-${pad(i + 1)}`;
    const phaseIndex = Math.min(
      5,
      Math.floor((position * JOURNEY_PHASES.length) / stepsPerJourney),
    );
    steps.push({
      id,
      workspaceId,
      workflowId: `lw-wf-${String(w + 1).padStart(2, '0')}`,
      name: `${pick(words.activities)} ${pick(words.objects)} #${i + 1}`,
      phase: journey ? (JOURNEY_PHASES[phaseIndex] ?? null) : null,
      kind: journey ? null : pick(STEP_KINDS),
      position,
      departmentId: pick(departmentIds),
      owner: pick(OWNERS),
      yearlyVolume: random() < 0.8 ? 100 + int(100_000) : null,
      frequency: pick(words.frequencies),
    });
    if (i % 5 === 0) {
      frictions.push({
        id: `lw-fr-${pad(frictions.length + 1)}`,
        workspaceId,
        stepId: id,
        description: words.friction,
        severity: 1 + int(3),
        kpiIds: [pick(kpiIds)],
      });
    }
  }

  const useCases: WorkspaceBundle['useCases'] = [];
  const scorecards: WorkspaceBundle['scorecards'] = [];
  for (let i = 0; i < useCaseCount; i += 1) {
    const id = `lw-uc-${pad(i + 1)}`;
    const stepIds: string[] = [];
    const anchors = stepCount === 0 ? 0 : 1 + int(2);
    for (let a = 0; a < anchors; a += 1) {
      const stepId = `lw-st-${pad(1 + int(stepCount))}`;
      if (!stepIds.includes(stepId)) stepIds.push(stepId);
    }
    const tags: string[] = [];
    const tagCount = int(4);
    for (let t = 0; t < tagCount; t += 1) {
      const tag = pick(words.tags);
      if (!tags.includes(tag)) tags.push(tag);
    }
    const measured = random() < 0.5;
    const kpiId = pick(kpiIds);
    useCases.push({
      id,
      workspaceId,
      title: `${pick(words.verbs)} ${pick(words.objects)} #${i + 1}`,
      description: '',
      scope: random() < 0.7 ? 'internal' : 'external',
      stepIds,
      owner: random() < 0.85 ? pick(OWNERS) : '',
      intention: random() < 0.7 ? words.intention : '',
      dataSignals: '',
      humanLoop: {
        automationLevel: random() < 0.8 ? pick(AUTOMATION_LEVELS) : null,
        exceptionOwner: '',
        howToPause: '',
      },
      successMeasure: {
        kpiId: measured ? kpiId : null,
        baseline: measured ? 10 + int(90) : null,
        target: measured ? 5 + int(50) : null,
        reviewDate: measured ? `2027-${String(1 + int(12)).padStart(2, '0')}-01` : null,
      },
      kpiEffects:
        random() < 0.4 ? [{ kpiId, effect: random() < 0.5 ? 'increase' : 'decrease' }] : [],
      financialEstimate: {
        yearlyVolume: 1_000 + int(100_000),
        minutesSavedPerItem: 1 + int(30),
        hourlyCost: 30 + int(50),
        adoptionRate: 10 * (1 + int(10)),
        yearlyRevenueUplift: null,
        oneOffCost: 5_000 * (1 + int(40)),
        yearlyRunningCost: 1_000 * (1 + int(30)),
        currency: 'EUR',
      },
      complianceNote: '',
      status: pick(USE_CASE_STATUSES),
      statusReason: '',
      tags,
      scoresRevealedAt: null,
      createdAt: now,
      updatedAt: now,
    });

    const raw = CRITERION_IDS.map(() => 1 + int(5));
    const scores: (number | null)[] = [...raw];
    if (random() >= FULLY_SCORED_SHARE) {
      const unset = 1 + int(3);
      for (let u = 0; u < unset; u += 1) scores[int(scores.length)] = null;
    }
    scorecards.push({
      id: `lw-sc-${pad(i + 1)}`,
      workspaceId,
      useCaseId: id,
      participantId,
      scores: toScores(scores),
      updatedAt: now,
    });
  }

  const workspace: Workspace = {
    id: workspaceId,
    name: words.workspace(useCaseCount, seed),
    description: words.description,
    language,
    intention: '',
    departments,
    initiatives: [],
    kpis,
    ...defaultDecisionSettings(),
    isDemo: false,
    createdAt: now,
    updatedAt: now,
  };
  return bundleOf(workspace, {
    participants: [
      {
        id: participantId,
        workspaceId,
        name: words.participant,
        departmentId: null,
        role: words.role,
      },
    ],
    workflows,
    steps,
    frictions,
    useCases,
    scorecards,
    waves: emptyWaves(workspaceId, words.waves, (position) => `lw-wave-${position + 1}`),
    audit: [workspaceCreated('lw-audit-1', workspace, now, words.participant)],
  });
}

/** Scores in CRITERION_IDS order (1..5 or null) to a scorecard's record. */
function toScores(scores: readonly (number | null)[]): CriterionScores {
  const entry = (i: number) => ({ score: scores[i] ?? null, rationale: '' });
  return {
    strategicValue: entry(0),
    customerImpact: entry(1),
    financialPotential: entry(2),
    dataMaturity: entry(3),
    technicalComplexity: entry(4),
    brandImpact: entry(5),
    complianceRisk: entry(6),
    strategicAlignment: entry(7),
  };
}
