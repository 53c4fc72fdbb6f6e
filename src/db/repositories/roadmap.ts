import { decideWorkspace } from '../../domain/decision/decide-workspace';
import {
  roadmapOf,
  type RoadmapPlans,
  type RoadmapState,
} from '../../domain/roadmap/roadmap-state';
import type { Wave } from '../../domain/schema/roadmap';
import type { ClarteDatabase } from '../database';
import { decisionInputTables, readDecisionInput } from './decision-input';
import { readPortfolio } from './portfolios';
import { ofWorkspace } from './workspace-reads';

export async function listWaves(db: ClarteDatabase, workspaceId: string): Promise<Wave[]> {
  const waves = await ofWorkspace(db.waves, workspaceId);
  return waves.sort((a, b) => a.position - b.position);
}

export type { RoadmapState };

/**
 * Everything the roadmap is computed from, and the suggestion for it now (inside a transaction,
 * it needs the portfolios table too: the chosen portfolio may give the waves).
 */
export async function readRoadmap(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<RoadmapState | null> {
  const [input, plans] = await Promise.all([
    readDecisionInput(db, workspaceId),
    readRoadmapPlans(db, workspaceId),
  ]);
  if (!input) return null;
  return roadmapOf({ ...input, decision: decideWorkspace(input), ...plans });
}

/** What the roadmap adds to the decision's records: its waves and the chosen portfolio. */
export async function readRoadmapPlans(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<RoadmapPlans> {
  const [waves, portfolio] = await Promise.all([
    listWaves(db, workspaceId),
    readPortfolio(db, workspaceId),
  ]);
  return { waves, portfolio };
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
