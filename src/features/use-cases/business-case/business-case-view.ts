import type { WorkspaceRanking } from '../../../data/use-ranking';
import type { BusinessCaseRecords } from '../../../db/repositories/business-case';
import { divergencesOf, type CriterionDivergence } from '../../../domain/business-case/divergences';
import type { RankedDecision } from '../../../domain/decision/decide-workspace';
import type { FinancialResult } from '../../../domain/finance/financial-estimate';
import type { Clarity } from '../../../domain/qualification/clarity';
import { radarSeries, type RadarData } from '../../../domain/scoring/radar-series';
import type { CriterionValues } from '../../../domain/scoring/score-use-case';
import { CRITERION_IDS, type CriterionId } from '../../../domain/schema/criterion';
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
  ranked: RankedDecision | null;
  rankedCount: number;
  /** Criteria still unset (a use case "to score"). */
  missing: CriterionId[];
  /** Blind round not revealed: how many of the participants scored (nothing else is shown). */
  awaitingReveal: { scored: number; of: number } | null;
  /** The effective score per criterion (single, mean, median or agreed), from the decision. */
  values: CriterionValues;
  scorecards: Scorecard[];
  participantName: (id: string) => string;
  anchors: { workflow: Workflow | null; step: Step }[];
  kpi: (id: string | null) => Kpi | null;
  radar: RadarData;
  divergences: CriterionDivergence[];
  decisions: Decision[];
  clarity: Clarity;
  /** SCORING.md section 11, from the decision (null only for a use case it does not know). */
  finance: FinancialResult | null;
}

const emptyValues = () =>
  Object.fromEntries(CRITERION_IDS.map((id) => [id, null])) as CriterionValues;

const emptyClarity: Clarity = { filled: 0, share: 0, clear: false, missing: [] };

/** Oldest first; same time: by id. */
function byTime(a: Decision, b: Decision): number {
  const key = (d: Decision) => `${d.at}\u0000${d.id}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/**
 * A list of records grouped by use case, made once per list: the book's lists are the ones the
 * ranking was decided from (shared by every screen for one read), so a second visit of the book,
 * or of another part of it, does not walk the workspace's scorecards and decisions again.
 */
function groupedOnce<T>(
  memo: WeakMap<readonly T[], Map<string, T[]>>,
  list: readonly T[],
  keyOf: (x: T) => string | null,
): Map<string, T[]> {
  const known = memo.get(list);
  if (known) return known;
  const groups = new Map<string, T[]>();
  for (const x of list) {
    const id = keyOf(x);
    if (id === null) continue;
    const group = groups.get(id);
    if (group) group.push(x);
    else groups.set(id, [x]);
  }
  memo.set(list, groups);
  return groups;
}

const cardsGrouped = new WeakMap<readonly Scorecard[], Map<string, Scorecard[]>>();
const decisionsGrouped = new WeakMap<readonly Decision[], Map<string, Decision[]>>();

/** An index of the workspace records, to build many business cases (the book) at once. */
export function indexRecords(records: BusinessCaseRecords) {
  const decisionsByUseCase = groupedOnce(decisionsGrouped, records.decisions, (d) =>
    'useCaseId' in d ? d.useCaseId : null,
  );
  return {
    records,
    cardsByUseCase: groupedOnce(cardsGrouped, records.scorecards, (c) => c.useCaseId),
    /** The decisions about a use case, oldest first (same time: by id). */
    decisionsAbout: (useCaseId: string): Decision[] =>
      [...(decisionsByUseCase.get(useCaseId) ?? [])].sort(byTime),
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
  const { workspace, decision } = data;
  const own = decision.byId.get(useCase.id);
  const hidden = own?.standing === 'awaitingReveal';
  // Blind round: nobody's scores, rationales or divergences show before the reveal.
  const scorecards = hidden ? [] : (index.cardsByUseCase.get(useCase.id) ?? []);
  const decisions = index.decisionsAbout(useCase.id);
  const kpis = new Map(workspace.kpis.map((k) => [k.id, k]));
  const values = own?.values ?? emptyValues();
  return {
    workspace,
    useCase,
    ranked: own?.standing === 'ranked' ? (own as RankedDecision) : null,
    rankedCount: decision.ranked.length,
    missing: own && !hidden ? own.missing : [],
    awaitingReveal: hidden ? { scored: own.raters, of: decision.participantCount } : null,
    values,
    scorecards,
    participantName: (id) => index.participants.get(id)?.name ?? '?',
    anchors: useCase.stepIds.flatMap((id) => {
      const step = index.steps.get(id);
      return step ? [{ step, workflow: index.workflows.get(step.workflowId) ?? null }] : [];
    }),
    kpi: (id) => (id === null ? null : (kpis.get(id) ?? null)),
    radar: radarSeries(scorecards, values),
    divergences: hidden ? [] : divergencesOf(scorecards, decisions),
    decisions,
    clarity: own?.clarity ?? emptyClarity,
    finance: own?.finance ?? null,
  };
}
