import { CRITERION_IDS } from '../schema/criterion';
import type { DecisionSnapshot, FrozenScorecard, FrozenUseCase } from '../schema/decision-snapshot';
import type { Decision, Override } from '../schema/decision';
import type { Participant } from '../schema/participant';
import type { Scorecard } from '../schema/scorecard';
import type { UseCase } from '../schema/use-case';
import type { Workspace } from '../schema/workspace';
import type { UseCaseDecision, WorkspaceDecision } from '../decision/decide-workspace';
import { settingsOfDecision } from '../decision/decision-settings';

/** What a snapshot is taken from: the records decideWorkspace read, and its result. */
export interface FreezeInput {
  workspace: Pick<
    Workspace,
    'id' | 'weights' | 'thresholds' | 'aggregation' | 'blindScoring' | 'language' | 'topK'
  >;
  useCases: readonly UseCase[];
  scorecards: readonly Scorecard[];
  decisions: readonly Decision[];
  participants: readonly Participant[];
  decision: WorkspaceDecision;
}

export interface SnapshotLabel {
  id: string;
  name: string;
  note?: string;
  takenAt: string;
  takenBy: string;
  origin?: 'manual' | 'workshop';
  workshopId?: string | null;
}

function frozenUseCase(d: UseCaseDecision, useCase: UseCase | undefined): FrozenUseCase {
  const scores = {} as FrozenUseCase['scores'];
  const values = {} as FrozenUseCase['values'];
  for (const id of CRITERION_IDS) {
    const s = d.scores[id];
    scores[id] = {
      value: s.value,
      source: s.source,
      raters: s.raters,
      agreement: s.agreement ? { ...s.agreement } : null,
    };
    values[id] = d.values[id];
  }
  return {
    id: d.id,
    title: d.title,
    owner: useCase?.owner ?? '',
    status: useCase?.status ?? 'idea',
    standing: d.standing,
    scores,
    values,
    missing: [...d.missing],
    raters: d.raters,
    overall: d.overall,
    value: d.value,
    feasibility: d.feasibility,
    quadrant: d.quadrant,
    rank: d.rank,
    decidedRank: d.decidedRank,
    overrideIds: [...d.overrideIds],
    finance: {
      yearlyBenefit: { ...d.finance.yearlyBenefit },
      yearlyNet: { ...d.finance.yearlyNet },
      paybackMonths: { ...d.finance.paybackMonths },
      threeYearRoi: { ...d.finance.threeYearRoi },
      missing: [...d.finance.missing],
      currency: d.finance.currency,
    },
    clarity: { ...d.clarity, missing: [...d.clarity.missing] },
  };
}

/**
 * A decision snapshot: decideWorkspace's result serialised as it is (nothing recomputed), in the
 * decided order, then the use cases to score and those awaiting reveal; with the settings, the
 * overrides in force and every scorecard (named), so that a later diff can say who changed which
 * score and why. Also "now", shaped like a snapshot, to compare a snapshot with today.
 */
export function freezeDecision(input: FreezeInput, label: SnapshotLabel): DecisionSnapshot {
  const { workspace, decision } = input;
  const useCases = new Map(input.useCases.map((u) => [u.id, u]));
  const names = new Map(input.participants.map((p) => [p.id, p.name]));
  const ordered = [...decision.decided, ...decision.toScore, ...decision.awaitingReveal];
  const seen = new Set(ordered.map((d) => d.id));
  for (const d of decision.byId.values()) if (!seen.has(d.id)) ordered.push(d);
  const scorecards: FrozenScorecard[] = input.scorecards.map((c) => ({
    id: c.id,
    useCaseId: c.useCaseId,
    participantId: c.participantId,
    participantName: names.get(c.participantId) ?? '',
    updatedAt: c.updatedAt,
    scores: structuredClone(c.scores),
  }));
  const overrides = input.decisions.filter(
    (d): d is Override => d.kind === 'override' && d.withdrawnAt === null,
  );
  return {
    id: label.id,
    workspaceId: workspace.id,
    name: label.name,
    note: label.note ?? '',
    takenAt: label.takenAt,
    takenBy: label.takenBy,
    origin: label.origin ?? 'manual',
    workshopId: label.workshopId ?? null,
    ...settingsOfDecision(decision, workspace),
    language: workspace.language,
    useCases: ordered.map((d) => frozenUseCase(d, useCases.get(d.id))),
    overrides: overrides.map((o) => ({ ...o })),
    scorecards,
  };
}
