import { decideWorkspace } from '../../domain/decision/decide-workspace';
import { roadmapFactsOf, type RoadmapFacts } from '../../domain/roadmap/roadmap-candidates';
import { suggestRoadmap, type RoadmapSuggestion } from '../../domain/roadmap/suggest-roadmap';
import type { Wave } from '../../domain/schema/roadmap';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import type { ClarteDatabase } from '../database';
import { decisionInputTables, readDecisionInput } from './decision-input';
import { readPortfolio } from './portfolios';
import { ofWorkspace } from './workspace-reads';

export async function listWaves(db: ClarteDatabase, workspaceId: string): Promise<Wave[]> {
  const waves = await ofWorkspace(db.waves, workspaceId);
  return waves.sort((a, b) => a.position - b.position);
}

export interface RoadmapState {
  workspace: Workspace;
  waves: Wave[];
  useCases: UseCase[];
  facts: RoadmapFacts;
  suggestion: RoadmapSuggestion;
}

/**
 * Everything the roadmap is computed from, and the suggestion for it now (inside a transaction,
 * it needs the portfolios table too: the chosen portfolio may give the waves).
 */
export async function readRoadmap(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<RoadmapState | null> {
  const [input, waves, portfolio] = await Promise.all([
    readDecisionInput(db, workspaceId),
    listWaves(db, workspaceId),
    readPortfolio(db, workspaceId),
  ]);
  if (!input) return null;
  const { workspace, useCases, decisions } = input;
  const facts = roadmapFactsOf(decideWorkspace(input), useCases);
  // The suggestion respects the wave overrides people recorded (in force, oldest first).
  const forced = new Map<string, string>();
  const excluded = new Map<string, string[]>();
  for (const d of [...decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    if (d.kind !== 'override' || d.withdrawnAt !== null || d.waveId === null) continue;
    if (d.action === 'forceIntoWave') forced.set(d.useCaseId, d.waveId);
    if (d.action === 'forceOutOfWave')
      excluded.set(d.useCaseId, [...(excluded.get(d.useCaseId) ?? []), d.waveId]);
  }
  const suggestion = suggestRoadmap(
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
  return { workspace, waves, useCases, facts, suggestion };
}

/** The tables a change of the roadmap reads (readRoadmap) and writes, with the audit trail. */
export function roadmapTables(db: ClarteDatabase) {
  return [...decisionInputTables(db), db.waves, db.portfolios, db.audit];
}

/** The roadmap of a workspace that must exist (inside a writing transaction). */
export async function mustReadRoadmap(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<RoadmapState> {
  const state = await readRoadmap(db, workspaceId);
  if (!state) throw new Error(`Workspace ${workspaceId} not found`);
  return state;
}
