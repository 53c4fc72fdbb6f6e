import type { WorkspaceDecision } from '../decision/decide-workspace';
import type { Decision } from '../schema/decision';
import type { Portfolio } from '../schema/portfolio';
import type { Wave } from '../schema/roadmap';
import type { UseCase } from '../schema/use-case';
import type { Workspace } from '../schema/workspace';
import { roadmapFactsOf, type RoadmapFacts } from './roadmap-candidates';
import { suggestRoadmap, type RoadmapSuggestion } from './suggest-roadmap';

/** What the roadmap adds to the decision's records: its waves and the chosen portfolio. */
export interface RoadmapPlans {
  waves: Wave[];
  portfolio: Portfolio | null;
}

export interface RoadmapState {
  workspace: Workspace;
  waves: Wave[];
  useCases: UseCase[];
  facts: RoadmapFacts;
  suggestion: RoadmapSuggestion;
}

/**
 * The roadmap of a workspace from its decision (decideWorkspace) and its plans: the facts about
 * each use case and the suggestion now, which respects the wave overrides people recorded (in
 * force, oldest first) and the portfolio chosen as the roadmap.
 */
export function roadmapOf(
  from: RoadmapPlans & {
    workspace: Workspace;
    useCases: UseCase[];
    decisions: readonly Decision[];
    decision: WorkspaceDecision;
  },
): RoadmapState {
  const { workspace, useCases, decisions, decision, waves, portfolio } = from;
  const facts = roadmapFactsOf(decision, useCases);
  return {
    workspace,
    waves,
    useCases,
    facts,
    suggestion: roadmapSuggestionOf(facts, decisions, { waves, portfolio }),
  };
}

/**
 * The suggestion now from the facts, the wave overrides people recorded (in force, oldest first),
 * the waves' capacities and the portfolio chosen as the roadmap. The waves' cards are not read:
 * moving a card leaves the suggestion as it was.
 */
export function roadmapSuggestionOf(
  facts: RoadmapFacts,
  decisions: readonly Decision[],
  { waves, portfolio }: RoadmapPlans,
): RoadmapSuggestion {
  const forced = new Map<string, string>();
  const excluded = new Map<string, string[]>();
  for (const d of [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    if (d.kind !== 'override' || d.withdrawnAt !== null || d.waveId === null) continue;
    if (d.action === 'forceIntoWave') forced.set(d.useCaseId, d.waveId);
    if (d.action === 'forceOutOfWave')
      excluded.set(d.useCaseId, [...(excluded.get(d.useCaseId) ?? []), d.waveId]);
  }
  return suggestRoadmap(
    facts.candidates.map((c) => ({
      ...c,
      forcedWaveId: forced.get(c.id) ?? null,
      excludedWaveIds: excluded.get(c.id) ?? [],
    })),
    waves.map((w) => ({ id: w.id, capacity: w.capacity })),
    portfolio?.usedAsRoadmap
      ? new Map(portfolio.chosen.map((c) => [c.useCaseId, c.wave]))
      : undefined,
  );
}
