import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database, type ClarteDatabase } from '../db/database';
import { readDecisionRecords, type DecisionRecords } from '../db/repositories/decisions';
import {
  detectKpiConflicts,
  openConflicts,
  type KpiConflict,
} from '../domain/conflicts/kpi-conflicts';
import { listOpenExceptions, type OpenException } from '../domain/exceptions/open-exceptions';
import type { RankedDecision } from '../domain/decision/decide-workspace';
import { DIVERGENCE_TO_DISCUSS, divergenceOf, scoresOf } from '../domain/scoring/aggregate-scores';
import { CRITERION_IDS, type CriterionId } from '../domain/schema/criterion';
import type { Decision, Override } from '../domain/schema/decision';
import type { Wave } from '../domain/schema/roadmap';
import type { Scorecard } from '../domain/schema/scorecard';
import { listWaves } from '../db/repositories/roadmap';
import { localToday } from './clock';
import type { WorkspaceRanking } from './use-ranking';

export type KpiArbitration = Extract<Decision, { kind: 'kpiArbitration' }>;

export interface Divergence {
  useCaseId: string;
  criterion: CriterionId;
  spread: number;
  resolved: boolean;
}

/** The overrides in force (not withdrawn), oldest first, and the same per use case. */
export interface OverridesInForce {
  overrides: Override[];
  overridesByUseCase: ReadonlyMap<string, Override[]>;
}

/** Everything decided by people about a workspace, read against the model's ranking. */
export interface DecisionBoard extends OverridesInForce {
  decisions: readonly Decision[];
  withdrawnOverrides: Override[];
  /** Each ranked use case of the decision (computed rank and decided position), by id. */
  decided: ReadonlyMap<string, RankedDecision>;
  conflicts: KpiConflict[];
  openConflicts: KpiConflict[];
  /** Arbitrations in force, by conflict key. */
  arbitrations: ReadonlyMap<string, KpiArbitration>;
  divergences: Divergence[];
  exceptions: OpenException[];
  waves: Wave[];
}

function divergencesOf(
  scorecards: readonly Scorecard[],
  decisions: readonly Decision[],
): Divergence[] {
  const resolved = new Set(
    decisions.flatMap((d) =>
      d.kind === 'divergenceResolution' && d.withdrawnAt === null
        ? [`${d.useCaseId}:${d.criterion}`]
        : [],
    ),
  );
  const byUseCase = new Map<string, Scorecard[]>();
  for (const card of scorecards) {
    const cards = byUseCase.get(card.useCaseId);
    if (cards) cards.push(card);
    else byUseCase.set(card.useCaseId, [card]);
  }
  const out: Divergence[] = [];
  for (const [useCaseId, cards] of byUseCase) {
    for (const criterion of CRITERION_IDS) {
      const spread = divergenceOf(scoresOf(cards, criterion));
      if (spread >= DIVERGENCE_TO_DISCUSS)
        out.push({
          useCaseId,
          criterion,
          spread,
          resolved: resolved.has(`${useCaseId}:${criterion}`),
        });
    }
  }
  return out;
}

/** The decisions, waves and scorecards of a workspace, read live; undefined while loading. */
export function useDecisionRecords(workspaceId: string): DecisionRecords | undefined {
  return useLiveQuery(() => readDecisionRecords(database(), workspaceId), [workspaceId]);
}

/**
 * Records of the workspace of `data` read live by `read`, and what `derive` works out of them
 * against the ranking (`read` and `derive` are module functions: stable). Undefined while loading.
 */
export function useReadAgainstRanking<R, T>(
  data: WorkspaceRanking | null | undefined,
  read: (db: ClarteDatabase, workspaceId: string) => Promise<R>,
  derive: (records: R, data: WorkspaceRanking) => T,
): T | undefined {
  const workspaceId = data?.workspace.id ?? '';
  const records = useLiveQuery(
    () => (workspaceId ? read(database(), workspaceId) : undefined),
    [workspaceId, read],
  );
  return useMemo(
    () => (data && records ? derive(records, data) : undefined),
    [data, records, derive],
  );
}

/** The overrides in force (not withdrawn), oldest first as the decisions come, and per use case. */
export function overridesInForce(decisions: readonly Decision[]): OverridesInForce {
  const overrides = decisions.filter(
    (d): d is Override => d.kind === 'override' && d.withdrawnAt === null,
  );
  const overridesByUseCase = new Map<string, Override[]>();
  for (const o of overrides) {
    overridesByUseCase.set(o.useCaseId, [...(overridesByUseCase.get(o.useCaseId) ?? []), o]);
  }
  return { overrides, overridesByUseCase };
}

/**
 * The decisions of the workspace of `data`, with the decided positions, the KPI conflicts (top K
 * and each roadmap wave as groups) and the open exceptions worked out by the domain. Undefined
 * while loading. The decisions and scorecards are those the ranking was decided from (the shared
 * read, in memory while the workspace is open): only the waves are read here.
 */
export function useDecisionBoard(
  data: WorkspaceRanking | null | undefined,
): DecisionBoard | undefined {
  return useReadAgainstRanking(data, listWaves, boardOfRanking);
}

/** The board of `data` from its ranking's records and the waves read (what the inbox shows). */
export function boardOfRanking(waves: Wave[], data: WorkspaceRanking): DecisionBoard {
  return decisionBoardOf({ ...data.input, waves }, data);
}

/** The board of `data` from the decision records read (decisions oldest first, waves in order). */
function decisionBoardOf(
  records: Readonly<Pick<DecisionRecords, 'waves'>> & {
    decisions: readonly Decision[];
    scorecards: readonly Scorecard[];
  },
  data: WorkspaceRanking,
): DecisionBoard {
  const { workspace, useCases, decision } = data;
  const { decisions, waves, scorecards } = records;
  const { overrides: active, overridesByUseCase } = overridesInForce(decisions);
  const decided = new Map(decision.decided.map((d) => [d.id, d]));
  const topK = decision.ranked.slice(0, decision.topK).map((r) => r.id);
  const conflicts = detectKpiConflicts({
    kpis: workspace.kpis,
    useCases,
    groups: [topK, ...waves.map((w) => w.useCaseIds)],
  });
  const arbitrations = new Map<string, KpiArbitration>();
  for (const d of decisions) {
    if (d.kind === 'kpiArbitration' && d.withdrawnAt === null) arbitrations.set(d.conflictKey, d);
  }
  const open = openConflicts(conflicts, new Set(arbitrations.keys()));
  const divergences = divergencesOf(scorecards, decisions);
  const exceptions = listOpenExceptions({
    useCases,
    ranked: decision.ranked,
    k: decision.topK,
    decided: decision.byId,
    conflicts: open,
    divergences,
    overrides: active,
    waves,
    kpis: workspace.kpis,
    departments: workspace.departments,
    today: localToday(),
  });
  return {
    decisions,
    overrides: active,
    withdrawnOverrides: decisions.filter(
      (d): d is Override => d.kind === 'override' && d.withdrawnAt !== null,
    ),
    overridesByUseCase,
    decided,
    conflicts,
    openConflicts: open,
    arbitrations,
    divergences,
    exceptions,
    waves,
  };
}
