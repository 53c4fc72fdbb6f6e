import type { DecisionInput } from '../../domain/decision/decide-workspace';
import type { Decision } from '../../domain/schema/decision';
import type { Scorecard } from '../../domain/schema/scorecard';
import type { UseCase } from '../../domain/schema/use-case';
import type { Workspace } from '../../domain/schema/workspace';
import type { ClarteDatabase } from '../database';
import { ofWorkspace } from './workspace-reads';

/** A workspace and its records, as decideWorkspace takes them. */
export interface WorkspaceDecisionInput extends DecisionInput {
  workspace: Workspace;
  useCases: UseCase[];
  scorecards: Scorecard[];
  decisions: Decision[];
  participantCount: number;
}

/** The tables readDecisionInput reads (a transaction that decides and writes adds its own). */
export function decisionInputTables(db: ClarteDatabase) {
  return [db.workspaces, db.useCases, db.scorecards, db.decisions, db.participants];
}

/**
 * Everything decideWorkspace needs of a workspace, read in one go (inside or outside a
 * transaction that includes useCases, scorecards, decisions and participants). Null when the
 * workspace does not exist.
 */
export async function readDecisionInput(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<WorkspaceDecisionInput | null> {
  const [workspace, useCases, scorecards, decisions, participantCount] = await Promise.all([
    db.workspaces.get(workspaceId),
    ofWorkspace(db.useCases, workspaceId),
    ofWorkspace(db.scorecards, workspaceId),
    listDecisions(db, workspaceId),
    db.participants.where('workspaceId').equals(workspaceId).count(),
  ]);
  if (!workspace) return null;
  return { workspace, useCases, scorecards, decisions, participantCount };
}

/** Every decision of a workspace, oldest first. */
export async function listDecisions(db: ClarteDatabase, workspaceId: string): Promise<Decision[]> {
  const all = await ofWorkspace(db.decisions, workspaceId);
  return all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}
