import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import { readRoadmapPlans } from '../db/repositories/roadmap';
import type { WorkspaceDecision } from '../domain/decision/decide-workspace';
import { roadmapFactsOf, type RoadmapFacts } from '../domain/roadmap/roadmap-candidates';
import {
  roadmapSuggestionOf,
  type RoadmapPlans,
  type RoadmapState,
} from '../domain/roadmap/roadmap-state';
import type { RoadmapSuggestion } from '../domain/roadmap/suggest-roadmap';
import type { Decision } from '../domain/schema/decision';
import type { UseCase } from '../domain/schema/use-case';
import { useWorkspaceRanking } from './use-ranking';

export interface RoadmapView extends RoadmapState {
  useCasesById: Map<string, UseCase>;
}

/**
 * The roadmap of a workspace, read live: its waves, the facts about each use case (rank,
 * quadrant, clarity) and the suggestion computed now, from the workspace's one decision (the
 * one the other screens show, not read and decided again). Undefined while loading, null when
 * the workspace does not exist.
 */
export function useRoadmap(workspaceId: string): RoadmapView | null | undefined {
  const ranking = useWorkspaceRanking(workspaceId);
  const plans = useLiveQuery(() => readRoadmapPlans(database(), workspaceId), [workspaceId]);
  return useMemo(() => {
    if (ranking === null) return null;
    if (ranking === undefined || plans === undefined) return undefined;
    const { workspace, useCases, useCasesById, decision, input } = ranking;
    const facts = factsOf(decision, useCases);
    const suggestion = suggestionOf(facts, input.decisions, plans);
    return { workspace, waves: plans.waves, useCases, facts, suggestion, useCasesById };
  }, [ranking, plans]);
}

/** The facts, once per decision (a card moved or a wave renamed reads the same ones). */
const factsByDecision = new WeakMap<WorkspaceDecision, RoadmapFacts>();

function factsOf(decision: WorkspaceDecision, useCases: UseCase[]): RoadmapFacts {
  const known = factsByDecision.get(decision);
  if (known) return known;
  const facts = roadmapFactsOf(decision, useCases);
  factsByDecision.set(decision, facts);
  return facts;
}

interface KnownSuggestion {
  decisions: readonly Decision[];
  /** What the suggestion reads of the decisions: the wave overrides in force. */
  wavesForced: string;
  plansKey: string;
  suggestion: RoadmapSuggestion;
}

/** The wave overrides in force (what roadmapSuggestionOf reads of the decisions), as a key. */
function waveOverridesKeyOf(decisions: readonly Decision[]): string {
  const forced = decisions.filter(
    (d) =>
      d.kind === 'override' &&
      d.withdrawnAt === null &&
      (d.action === 'forceIntoWave' || d.action === 'forceOutOfWave'),
  );
  return JSON.stringify(forced);
}

/**
 * The suggestion, once per decision, wave overrides, waves' capacities and roadmap portfolio:
 * moving a card or applying the suggestion changes none of them (the cards of the waves and the
 * placements are not read), so the same facts keep it.
 */
const suggestionByFacts = new WeakMap<RoadmapFacts, KnownSuggestion>();

function suggestionOf(
  facts: RoadmapFacts,
  decisions: readonly Decision[],
  plans: RoadmapPlans,
): RoadmapSuggestion {
  const { waves, portfolio } = plans;
  const plansKey = JSON.stringify([
    waves.map((w) => [w.id, w.capacity]),
    portfolio?.usedAsRoadmap ? portfolio.chosen.map((c) => [c.useCaseId, c.wave]) : null,
  ]);
  const known = suggestionByFacts.get(facts);
  const wavesForced =
    known?.decisions === decisions ? known.wavesForced : waveOverridesKeyOf(decisions);
  if (known && known.wavesForced === wavesForced && known.plansKey === plansKey)
    return known.suggestion;
  const suggestion = roadmapSuggestionOf(facts, decisions, plans);
  suggestionByFacts.set(facts, { decisions, wavesForced, plansKey, suggestion });
  return suggestion;
}
