import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
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
import { localToday } from './clock';
import type { WorkspaceRanking } from './use-ranking';

export type KpiArbitration = Extract<Decision, { kind: 'kpiArbitration' }>;

export interface Divergence {
  useCaseId: string;
  criterion: CriterionId;
  spread: number;
  resolved: boolean;
}

/** Everything decided by people about a workspace, read against the model's ranking. */
export interface DecisionBoard {
  decisions: Decision[];
  /** Overrides in force (not withdrawn), oldest first. */
  overrides: Override[];
  withdrawnOverrides: Override[];
  overridesByUseCase: ReadonlyMap<string, Override[]>;
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
    byUseCase.set(card.useCaseId, [...(byUseCase.get(card.useCaseId) ?? []), card]);
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
 * The decisions of the workspace of `data` (read live), with the decided positions, the KPI
 * conflicts (top K and each roadmap wave as groups) and the open exceptions worked out by the
 * domain. Undefined while loading.
 */
export function useDecisionBoard(
  data: WorkspaceRanking | null | undefined,
): DecisionBoard | undefined {
  const workspaceId = data?.workspace.id ?? '';
  const records = useLiveQuery(
    () => (workspaceId ? readDecisionRecords(database(), workspaceId) : undefined),
    [workspaceId],
  );
  return useMemo(() => {
    if (!data || !records) return undefined;
    return boardOf(data, records);
  }, [data, records]);
}

function boardOf(data: WorkspaceRanking, records: DecisionRecords): DecisionBoard {
  const { workspace, useCases, decision } = data;
  const { decisions, waves, scorecards } = records;
  const overrides = decisions.filter((d): d is Override => d.kind === 'override');
  const active = overrides.filter((o) => o.withdrawnAt === null);
  const overridesByUseCase = new Map<string, Override[]>();
  for (const o of active) {
    overridesByUseCase.set(o.useCaseId, [...(overridesByUseCase.get(o.useCaseId) ?? []), o]);
  }
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
    withdrawnOverrides: overrides.filter((o) => o.withdrawnAt !== null),
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
