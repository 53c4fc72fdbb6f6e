import type { Decision } from '../../domain/schema/decision';
import type { Participant } from '../../domain/schema/participant';
import type { Scorecard } from '../../domain/schema/scorecard';
import {
  financialEstimateSchema,
  useCaseSchema,
  type FinancialEstimate,
  type UseCase,
} from '../../domain/schema/use-case';
import type { Step, Workflow } from '../../domain/schema/workflow';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { factsOf, mustGet, putChanged } from './recorded-writes';
import { readWorkspaceLists } from './workspace-reads';

/**
 * Saves the financial estimate of a use case (SCORING.md section 11). The estimate is parsed
 * by its schema first (a bad one is refused and nothing changes); the change and its audit
 * entry (inputs before and after) are written in one transaction. It never touches a score.
 */
export async function saveFinancialEstimate(
  db: ClarteDatabase,
  ctx: ChangeContext,
  useCaseId: string,
  estimate: FinancialEstimate,
): Promise<void> {
  const parsed = financialEstimateSchema.parse(estimate);
  await db.transaction('rw', db.useCases, db.workspaces, db.audit, async () => {
    const current = await mustGet(db.useCases, useCaseId, 'Use case');
    const now = ctx.now();
    const next = useCaseSchema.parse({ ...current, financialEstimate: parsed, updatedAt: now });
    // The audit entry keeps the inputs that changed, before and after.
    const change = { current, next, now, shown: (u: UseCase) => u.financialEstimate };
    await putChanged(db, ctx, db.useCases, change, factsOf('useCase', next, next.title));
  });
}

/** What a business case shows besides the use case and the ranking. */
export interface BusinessCaseRecords {
  workflows: readonly Workflow[];
  steps: readonly Step[];
  participants: readonly Participant[];
  scorecards: readonly Scorecard[];
  decisions: readonly Decision[];
}

/** The records of a workspace that the business cases (one, or the whole book) show. */
export async function readBusinessCaseRecords(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<BusinessCaseRecords> {
  const lists = ['workflows', 'steps', 'participants', 'scorecards', 'decisions'] as const;
  return readWorkspaceLists(db, workspaceId, lists);
}

/**
 * The decisions about one use case (overrides, placements, divergence resolutions), oldest
 * first (same time: by id).
 */
export async function listDecisionsOfUseCase(
  db: ClarteDatabase,
  useCaseId: string,
): Promise<Decision[]> {
  const decisions = await db.decisions.where('useCaseId').equals(useCaseId).toArray();
  return sortDecisions(decisions);
}

/** Oldest first; same time: by id, so that the order never depends on storage. */
function sortDecisions(decisions: readonly Decision[]): Decision[] {
  const key = (d: Decision) => `${d.at}\u0000${d.id}`;
  return [...decisions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
