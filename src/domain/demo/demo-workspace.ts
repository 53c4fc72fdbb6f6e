/**
 * The demo workspace: "Maison Delorme Distribution", a fictitious regional distributor of
 * building supplies (1,200 staff). Pure and deterministic: ids, time and actor come from the
 * options, and the same options always give the same bundle. French and English share one
 * skeleton (demo-structure.ts, demo-use-cases.ts, demo-scores.ts): same records, same ids
 * order, same numbers; only the texts differ.
 */
import type { Language } from '../schema/common';
import type { CriterionId } from '../schema/criterion';
import type { CriterionScores } from '../schema/scorecard';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import type { Workspace } from '../schema/workspace';
import {
  bundleOf,
  defaultDecisionSettings,
  emptyWaves,
  workspaceCreated,
} from '../workspace/new-workspace';
import { SCORECARD_SPECS, type ScoreRow } from './demo-scores';
import {
  DEPARTMENT_KEYS,
  FRICTION_SPECS,
  INITIATIVE_KEYS,
  KPI_SPECS,
  PARTICIPANT_SPECS,
  WORKFLOW_SPECS,
  type StepKey,
  type StepSpec,
} from './demo-structure';
import { demoTextsOf } from './demo-texts';
import { USE_CASE_SPECS, type UseCaseKey } from './demo-use-cases';

export interface DemoWorkspaceOptions {
  language: Language;
  /** Called once per record, in a fixed order. */
  newId: () => string;
  /** ISO datetime used for every createdAt / updatedAt / at. */
  now: string;
  /** The person who creates the demo: the author of its audit entry. */
  actor: string;
  /**
   * The demo's facilitator, the participant who scored most use cases. Defaults to a fictional
   * person, so that the one who opens the demo starts with blank scorecards of their own.
   */
  facilitator?: string;
}

/** The demo's fictional facilitator (a name none of the demo's other participants bears). */
export const DEMO_FACILITATOR = 'Camille Durand';

/** Used when the actor is blank, so that the demo always satisfies the schema. */
const FALLBACK_ACTOR: Record<Language, string> = { fr: 'Animateur', en: 'Facilitator' };

/** Gives every key an id from newId, in the keys' order. */
function assignIds<K extends string>(keys: readonly K[], newId: () => string): Map<K, string> {
  const ids = new Map<K, string>();
  for (const key of keys) ids.set(key, newId());
  return ids;
}

function idOf<K extends string>(ids: ReadonlyMap<K, string>, key: K): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo workspace: no id for "${key}"`);
  return id;
}

function toCriterionScores(
  row: ScoreRow,
  rationales: Partial<Record<CriterionId, string>>,
): CriterionScores {
  const entry = (score: ScoreRow[number], id: CriterionId) => ({
    score,
    rationale: rationales[id] ?? '',
  });
  return {
    strategicValue: entry(row[0], 'strategicValue'),
    customerImpact: entry(row[1], 'customerImpact'),
    financialPotential: entry(row[2], 'financialPotential'),
    dataMaturity: entry(row[3], 'dataMaturity'),
    technicalComplexity: entry(row[4], 'technicalComplexity'),
    brandImpact: entry(row[5], 'brandImpact'),
    complianceRisk: entry(row[6], 'complianceRisk'),
    strategicAlignment: entry(row[7], 'strategicAlignment'),
  };
}

export function buildDemoWorkspace(options: DemoWorkspaceOptions): WorkspaceBundle {
  const { language, newId, now } = options;
  const actor = options.actor.trim() === '' ? FALLBACK_ACTOR[language] : options.actor.trim();
  const texts = demoTextsOf(language);
  const rationales = texts.rationales;

  const workspaceId = newId();
  const departmentIds = assignIds(DEPARTMENT_KEYS, newId);
  const initiativeIds = assignIds(INITIATIVE_KEYS, newId);
  const kpiIds = assignIds(
    KPI_SPECS.map((k) => k.key),
    newId,
  );
  const participantIds = assignIds(
    PARTICIPANT_SPECS.map((p) => p.key),
    newId,
  );

  const workflows: WorkspaceBundle['workflows'] = [];
  const steps: WorkspaceBundle['steps'] = [];
  const stepIds = new Map<StepKey, string>();
  WORKFLOW_SPECS.forEach((spec, workflowPosition) => {
    const workflowId = newId();
    workflows.push({
      id: workflowId,
      workspaceId,
      kind: spec.kind,
      name: texts.workflows[spec.key].name,
      description: texts.workflows[spec.key].description,
      position: workflowPosition,
    });
    const specSteps: readonly StepSpec<StepKey>[] = spec.steps;
    specSteps.forEach((step, position) => {
      const id = newId();
      stepIds.set(step.key, id);
      steps.push({
        id,
        workspaceId,
        workflowId,
        name: texts.steps[step.key].name,
        phase: step.phase,
        kind: step.kind,
        position,
        departmentId: idOf(departmentIds, step.department),
        owner: step.owner,
        yearlyVolume: step.yearlyVolume,
        frequency: texts.steps[step.key].frequency,
      });
    });
  });

  const frictions: WorkspaceBundle['frictions'] = FRICTION_SPECS.map((spec) => ({
    id: newId(),
    workspaceId,
    stepId: idOf(stepIds, spec.step),
    description: texts.frictions[spec.key],
    severity: spec.severity,
    kpiIds: spec.kpis.map((kpi) => idOf(kpiIds, kpi)),
  }));

  const useCaseIds = new Map<UseCaseKey, string>();
  const useCases: WorkspaceBundle['useCases'] = USE_CASE_SPECS.map((spec) => {
    const id = newId();
    useCaseIds.set(spec.key, id);
    const t = texts.useCases[spec.key];
    const anchors: readonly StepKey[] = spec.steps;
    return {
      id,
      workspaceId,
      title: t.title,
      description: t.description,
      scope: spec.scope,
      stepIds: anchors.map((key) => idOf(stepIds, key)),
      owner: spec.owner,
      intention: t.intention,
      dataSignals: t.dataSignals,
      humanLoop: {
        automationLevel: spec.automationLevel,
        exceptionOwner: t.exceptionOwner,
        howToPause: t.howToPause,
      },
      successMeasure: {
        kpiId: spec.measure.kpi === null ? null : idOf(kpiIds, spec.measure.kpi),
        baseline: spec.measure.baseline,
        target: spec.measure.target,
        reviewDate: spec.measure.reviewDate,
      },
      kpiEffects: spec.effects.map((e) => ({ kpiId: idOf(kpiIds, e.kpi), effect: e.effect })),
      financialEstimate: { ...spec.financial, currency: 'EUR' },
      complianceNote: t.complianceNote,
      status: spec.status,
      statusReason: '',
      tags: [...t.tags],
      scoresRevealedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  });

  const scorecards: WorkspaceBundle['scorecards'] = SCORECARD_SPECS.map((spec) => ({
    id: newId(),
    workspaceId,
    useCaseId: idOf(useCaseIds, spec.useCase),
    participantId: idOf(participantIds, spec.participant),
    scores: toCriterionScores(spec.scores, rationales[spec.key]),
    updatedAt: now,
  }));

  const waves = emptyWaves(workspaceId, texts.waves, () => newId());

  const workspace: Workspace = {
    id: workspaceId,
    name: texts.workspace.name,
    description: texts.workspace.description,
    language,
    intention: texts.workspace.intention,
    departments: DEPARTMENT_KEYS.map((key) => ({
      id: idOf(departmentIds, key),
      name: texts.departments[key],
    })),
    initiatives: INITIATIVE_KEYS.map((key) => ({
      id: idOf(initiativeIds, key),
      name: texts.initiatives[key].name,
      description: texts.initiatives[key].description,
    })),
    kpis: KPI_SPECS.map((spec) => ({
      id: idOf(kpiIds, spec.key),
      name: texts.kpis[spec.key].name,
      departmentId: idOf(departmentIds, spec.department),
      unit: texts.kpis[spec.key].unit,
      direction: spec.direction,
      baseline: spec.baseline,
    })),
    ...defaultDecisionSettings(),
    isDemo: true,
    createdAt: now,
    updatedAt: now,
  };
  return bundleOf(workspace, {
    participants: PARTICIPANT_SPECS.map((spec) => ({
      id: idOf(participantIds, spec.key),
      workspaceId,
      name: spec.name ?? (options.facilitator?.trim() || DEMO_FACILITATOR),
      departmentId: idOf(departmentIds, spec.department),
      role: texts.participantRoles[spec.key],
    })),
    workflows,
    steps,
    frictions,
    useCases,
    scorecards,
    waves,
    audit: [workspaceCreated(newId(), workspace, now, actor)],
  });
}
