import type { WorkspaceRanking } from '../../../data/use-ranking';
import type { BusinessCaseRecords } from '../../../db/repositories/business-case';
import { divergencesOf, type CriterionDivergence } from '../../../domain/business-case/divergences';
import { clarityOf, type Clarity } from '../../../domain/qualification/clarity';
import type { RankedUseCase } from '../../../domain/ranking/rank-use-cases';
import { aggregateScores } from '../../../domain/scoring/aggregate-scores';
import { radarSeries, type RadarData } from '../../../domain/scoring/radar-series';
import type { CriterionValues } from '../../../domain/scoring/score-use-case';
import type { CriterionId } from '../../../domain/schema/criterion';
import type { Decision } from '../../../domain/schema/decision';
import type { Participant } from '../../../domain/schema/participant';
import type { Scorecard } from '../../../domain/schema/scorecard';
import type { UseCase } from '../../../domain/schema/use-case';
import type { Step, Workflow } from '../../../domain/schema/workflow';
import type { Kpi, Workspace } from '../../../domain/schema/workspace';

/** Everything one business case shows, gathered from the ranking and the workspace records. */
export interface BusinessCaseView {
  workspace: Workspace;
  useCase: UseCase;
  ranked: RankedUseCase | null;
  rankedCount: number;
  /** Criteria still unset (a use case "to score"). */
  missing: CriterionId[];
  /** The group's score per criterion (mean or median of the participants). */
  values: CriterionValues;
  scorecards: Scorecard[];
  participantName: (id: string) => string;
  anchors: { workflow: Workflow | null; step: Step }[];
  kpi: (id: string | null) => Kpi | null;
  radar: RadarData;
  divergences: CriterionDivergence[];
  decisions: Decision[];
  clarity: Clarity;
}

/** The decisions about a use case, oldest first (same time: by id). */
function decisionsAbout(useCaseId: string, decisions: readonly Decision[]): Decision[] {
  const key = (d: Decision) => `${d.at}\u0000${d.id}`;
  return decisions
    .filter((d) => 'useCaseId' in d && d.useCaseId === useCaseId)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** An index of the workspace records, to build many business cases (the book) at once. */
export function indexRecords(records: BusinessCaseRecords) {
  const cardsByUseCase = new Map<string, Scorecard[]>();
  for (const card of records.scorecards) {
    const list = cardsByUseCase.get(card.useCaseId);
    if (list) list.push(card);
    else cardsByUseCase.set(card.useCaseId, [card]);
  }
  return {
    records,
    cardsByUseCase,
    participants: new Map<string, Participant>(records.participants.map((p) => [p.id, p])),
    steps: new Map<string, Step>(records.steps.map((s) => [s.id, s])),
    workflows: new Map<string, Workflow>(records.workflows.map((w) => [w.id, w])),
  };
}
export type RecordsIndex = ReturnType<typeof indexRecords>;

export function buildBusinessCaseView(
  data: WorkspaceRanking,
  index: RecordsIndex,
  useCase: UseCase,
): BusinessCaseView {
  const { workspace, ranking } = data;
  const scorecards = index.cardsByUseCase.get(useCase.id) ?? [];
  const decisions = decisionsAbout(useCase.id, index.records.decisions);
  const kpis = new Map(workspace.kpis.map((k) => [k.id, k]));
  return {
    workspace,
    useCase,
    ranked: ranking.ranked.find((r) => r.id === useCase.id) ?? null,
    rankedCount: ranking.ranked.length,
    missing: ranking.toScore.find((u) => u.id === useCase.id)?.missing ?? [],
    values: aggregateScores(scorecards, workspace.aggregation),
    scorecards,
    participantName: (id) => index.participants.get(id)?.name ?? '?',
    anchors: useCase.stepIds.flatMap((id) => {
      const step = index.steps.get(id);
      return step ? [{ step, workflow: index.workflows.get(step.workflowId) ?? null }] : [];
    }),
    kpi: (id) => (id === null ? null : (kpis.get(id) ?? null)),
    radar: radarSeries(scorecards, workspace.aggregation),
    divergences: divergencesOf(scorecards, decisions),
    decisions,
    clarity: clarityOf(useCase),
  };
}
