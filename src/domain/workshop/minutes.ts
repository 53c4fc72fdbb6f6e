import type { UseCaseDecision } from '../decision/decide-workspace';
import { listOpenExceptions, type ExceptionKind } from '../exceptions/open-exceptions';
import type { RankedUseCase } from '../ranking/rank-use-cases';
import type { CriterionId } from '../schema/criterion';
import type { Override } from '../schema/decision';
import type { Quadrant } from '../scoring/quadrant';
import type { WorkshopStepId } from '../schema/workshop';
import { activeDecisions, type WorkshopFacts, type WorkshopRecords } from './workshop-facts';
import { elapsedSeconds } from './agenda';

/** The minutes of a workshop: what was decided, as data (the screen words it, in its language). */
export interface Minutes {
  workspaceName: string;
  startedAt: string;
  endedAt: string | null;
  participants: string[];
  steps: { step: WorkshopStepId; plannedMinutes: number; spentSeconds: number }[];
  agreedScores: {
    useCaseTitle: string;
    criterion: CriterionId;
    score: number;
    note: string;
    author: string;
    at: string;
  }[];
  overrides: {
    useCaseTitle: string;
    action: Override['action'];
    position: number | null;
    waveName: string | null;
    computedRank: number | null;
    reason: string;
    author: string;
    owner: string;
    at: string;
  }[];
  arbitrations: {
    useCaseTitles: string[];
    decision: string;
    reason: string;
    author: string;
    at: string;
  }[];
  /** The top K in the decided order, with their figures from the decision function. */
  top: {
    decidedRank: number;
    rank: number;
    title: string;
    overall: number;
    quadrant: Quadrant;
    owner: string;
    next: NextStep;
  }[];
  firstWave: { name: string; useCases: { title: string; owner: string }[] } | null;
  openExceptions: { kind: ExceptionKind; owner: string; useCaseTitles: string[] }[];
  parkingLot: { text: string; owner: string; dealtWith: boolean }[];
}

/** What comes next for a top use case (message key workshop.minutes.next.<kind>). */
export type NextStep =
  { kind: 'start'; wave: string } | { kind: 'clarify'; missing: number } | { kind: 'plan' };

/** The decision function's ranked entry in the shape the exceptions list reads (no recomputing). */
function asRanked(
  d: UseCaseDecision,
  weights: WorkshopFacts['decision']['weights'],
): RankedUseCase[] {
  if (d.rank === null || d.overall === null || d.value === null || d.feasibility === null)
    return [];
  if (d.quadrant === null) return [];
  return [
    {
      id: d.id,
      title: d.title,
      rank: d.rank,
      overall: d.overall,
      value: d.value,
      feasibility: d.feasibility,
      quadrant: d.quadrant,
      values: d.values,
      weights,
    },
  ];
}

/**
 * The minutes of one workshop of the workspace of `records`. Every figure (ranks, overall
 * scores, quadrants, clarity) is read from the decision function's result in `facts`.
 */
export function buildMinutes(
  records: WorkshopRecords,
  facts: WorkshopFacts,
  workshopId: string,
): Minutes | null {
  const workshop = records.workshops.find((w) => w.id === workshopId);
  if (!workshop) return null;
  const { decision } = facts;
  const useCases = new Map(records.useCases.map((u) => [u.id, u]));
  const titleOf = (id: string) => decision.byId.get(id)?.title ?? useCases.get(id)?.title ?? id;
  const ownerOf = (id: string) => useCases.get(id)?.owner.trim() ?? '';
  const waves = [...records.waves].sort((a, b) => a.position - b.position);
  const waveName = new Map(waves.map((w) => [w.id, w.name]));
  const waveOf = new Map(waves.flatMap((w) => w.useCaseIds.map((id) => [id, w.name] as const)));
  const active = activeDecisions(records.decisions);
  const people = new Map(records.participants.map((p) => [p.id, p.name]));
  const end = workshop.endedAt ?? workshop.updatedAt;

  const top = decision.decided.slice(0, records.workspace.topK).flatMap((d) => {
    if (d.decidedRank === null || d.rank === null || d.overall === null || d.quadrant === null)
      return [];
    const wave = waveOf.get(d.id);
    const next: NextStep = wave
      ? { kind: 'start', wave }
      : d.clarity.clear
        ? { kind: 'plan' }
        : { kind: 'clarify', missing: d.clarity.missing.length };
    return [
      {
        decidedRank: d.decidedRank,
        rank: d.rank,
        title: d.title,
        overall: d.overall,
        quadrant: d.quadrant,
        owner: ownerOf(d.id),
        next,
      },
    ];
  });

  const first = waves[0];
  const overrides = active.filter((d): d is Override => d.kind === 'override');
  const exceptions = listOpenExceptions({
    useCases: records.useCases,
    ranked: decision.ranked.flatMap((d) => asRanked(d, decision.weights)),
    k: records.workspace.topK,
    decided: decision.byId,
    conflicts: facts.openConflicts,
    divergences: facts.divergencesToDiscuss.map((d) => ({
      useCaseId: d.useCaseId,
      criterion: d.criterion,
      spread: d.spread,
      resolved: false,
    })),
    overrides,
    waves: records.waves,
    kpis: records.workspace.kpis,
    departments: records.workspace.departments,
  });

  const conflictSides = new Map(facts.conflicts.map((c) => [c.key, c.sides]));
  return {
    workspaceName: records.workspace.name,
    startedAt: workshop.startedAt,
    endedAt: workshop.endedAt,
    participants: workshop.participantIds.flatMap((id) => {
      const name = people.get(id);
      return name === undefined ? [] : [name];
    }),
    steps: workshop.agenda.map((s) => ({
      step: s.step,
      plannedMinutes: s.plannedMinutes,
      spentSeconds: elapsedSeconds(s, end),
    })),
    agreedScores: active.flatMap((d) =>
      d.kind === 'divergenceResolution'
        ? [
            {
              useCaseTitle: titleOf(d.useCaseId),
              criterion: d.criterion,
              score: d.agreedScore,
              note: d.reason,
              author: d.author,
              at: d.at,
            },
          ]
        : [],
    ),
    overrides: overrides.map((o) => ({
      useCaseTitle: titleOf(o.useCaseId),
      action: o.action,
      position: o.position,
      waveName: o.waveId === null ? null : (waveName.get(o.waveId) ?? null),
      computedRank: o.computedRank,
      reason: o.reason,
      author: o.author,
      owner: o.owner,
      at: o.at,
    })),
    arbitrations: active.flatMap((d) =>
      d.kind === 'kpiArbitration'
        ? [
            {
              useCaseTitles: [
                ...new Set(
                  (conflictSides.get(d.conflictKey) ?? []).map((s) => titleOf(s.useCaseId)),
                ),
              ],
              decision: d.decision,
              reason: d.reason,
              author: d.author,
              at: d.at,
            },
          ]
        : [],
    ),
    top,
    firstWave: first
      ? {
          name: first.name,
          useCases: first.useCaseIds.map((id) => ({ title: titleOf(id), owner: ownerOf(id) })),
        }
      : null,
    openExceptions: exceptions.map((e) => ({
      kind: e.kind,
      owner: e.owner,
      useCaseTitles: e.useCaseIds.map(titleOf),
    })),
    parkingLot: records.parkingLot.map((p) => ({
      text: p.text,
      owner: p.owner,
      dealtWith: p.closedAt !== null,
    })),
  };
}
