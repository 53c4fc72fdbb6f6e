/**
 * The demo workspace: "Maison Delorme Distribution", a fictitious regional distributor of
 * building supplies (1,200 staff). Pure and deterministic: ids, time and actor come from the
 * options, and the same options always give the same bundle. French and English share one
 * skeleton (data/skeleton.json, read by demo-skeleton.ts): same records, same ids order, same
 * numbers; only the texts differ (data/<language>.json, read by demo-texts.ts).
 */
import type { Language } from '../schema/common';
import { CRITERION_IDS, type CriterionId } from '../schema/criterion';
import { criterionScoresSchema, type CriterionScores } from '../schema/scorecard';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import type { Workspace } from '../schema/workspace';
import {
  bundleOf,
  defaultDecisionSettings,
  emptyWaves,
  workspaceCreated,
} from '../workspace/new-workspace';
import {
  DEMO_SKELETON as skeleton,
  keysOf,
  scorecardKeyOf,
  type ScorecardSpec,
} from './demo-skeleton';
import { demoTextsOf, textOf } from './demo-texts';

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
function assignIds(keys: readonly string[], newId: () => string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const key of keys) ids.set(key, newId());
  return ids;
}

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo workspace: no id for "${key}"`);
  return id;
}

function toCriterionScores(
  scores: ScorecardSpec['scores'],
  rationales: Partial<Record<CriterionId, string>>,
): CriterionScores {
  return criterionScoresSchema.parse(
    Object.fromEntries(
      CRITERION_IDS.map((id) => [id, { score: scores[id], rationale: rationales[id] ?? '' }]),
    ),
  );
}

export function buildDemoWorkspace(options: DemoWorkspaceOptions): WorkspaceBundle {
  const { language, newId, now } = options;
  const actor = options.actor.trim() === '' ? FALLBACK_ACTOR[language] : options.actor.trim();
  const texts = demoTextsOf(language);

  const workspaceId = newId();
  const departmentIds = assignIds(skeleton.departments, newId);
  const initiativeIds = assignIds(skeleton.initiatives, newId);
  const kpiIds = assignIds(keysOf(skeleton.kpis), newId);
  const participantIds = assignIds(keysOf(skeleton.participants), newId);

  const workflows: WorkspaceBundle['workflows'] = [];
  const steps: WorkspaceBundle['steps'] = [];
  const stepIds = new Map<string, string>();
  skeleton.workflows.forEach((spec, workflowPosition) => {
    const workflowId = newId();
    const workflowTexts = textOf(texts.workflows, spec.key);
    workflows.push({
      id: workflowId,
      workspaceId,
      kind: spec.kind,
      name: workflowTexts.name,
      description: workflowTexts.description,
      position: workflowPosition,
    });
    spec.steps.forEach((step, position) => {
      const id = newId();
      stepIds.set(step.key, id);
      const stepTexts = textOf(texts.steps, step.key);
      steps.push({
        id,
        workspaceId,
        workflowId,
        name: stepTexts.name,
        phase: step.phase,
        kind: step.kind,
        position,
        departmentId: idOf(departmentIds, step.department),
        owner: step.owner,
        yearlyVolume: step.yearlyVolume,
        frequency: stepTexts.frequency,
      });
    });
  });

  const frictions: WorkspaceBundle['frictions'] = skeleton.frictions.map((spec) => ({
    id: newId(),
    workspaceId,
    stepId: idOf(stepIds, spec.step),
    description: textOf(texts.frictions, spec.key),
    severity: spec.severity,
    kpiIds: spec.kpis.map((kpi) => idOf(kpiIds, kpi)),
  }));

  const useCaseIds = new Map<string, string>();
  const useCases: WorkspaceBundle['useCases'] = skeleton.useCases.map((spec) => {
    const id = newId();
    useCaseIds.set(spec.key, id);
    const t = textOf(texts.useCases, spec.key);
    return {
      id,
      workspaceId,
      title: t.title,
      description: t.description,
      scope: spec.scope,
      stepIds: spec.steps.map((key) => idOf(stepIds, key)),
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

  const scorecards: WorkspaceBundle['scorecards'] = skeleton.scorecards.map((spec) => ({
    id: newId(),
    workspaceId,
    useCaseId: idOf(useCaseIds, spec.useCase),
    participantId: idOf(participantIds, spec.participant),
    scores: toCriterionScores(spec.scores, textOf(texts.rationales, scorecardKeyOf(spec))),
    updatedAt: now,
  }));

  const waves = emptyWaves(workspaceId, texts.waves, () => newId());

  const workspace: Workspace = {
    id: workspaceId,
    name: texts.workspace.name,
    description: texts.workspace.description,
    language,
    intention: texts.workspace.intention,
    departments: skeleton.departments.map((key) => ({
      id: idOf(departmentIds, key),
      name: textOf(texts.departments, key),
    })),
    initiatives: skeleton.initiatives.map((key) => ({
      id: idOf(initiativeIds, key),
      ...textOf(texts.initiatives, key),
    })),
    kpis: skeleton.kpis.map((spec) => ({
      id: idOf(kpiIds, spec.key),
      name: textOf(texts.kpis, spec.key).name,
      departmentId: idOf(departmentIds, spec.department),
      unit: textOf(texts.kpis, spec.key).unit,
      direction: spec.direction,
      baseline: spec.baseline,
    })),
    ...defaultDecisionSettings(),
    isDemo: true,
    createdAt: now,
    updatedAt: now,
  };
  return bundleOf(workspace, {
    participants: skeleton.participants.map((spec) => ({
      id: idOf(participantIds, spec.key),
      workspaceId,
      name: spec.name ?? (options.facilitator?.trim() || DEMO_FACILITATOR),
      departmentId: idOf(departmentIds, spec.department),
      role: textOf(texts.participantRoles, spec.key),
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
