import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import {
  countAuditEntries,
  listAuditActors,
  listAuditEntriesMatching,
  readAuditPage,
  type AuditCursor,
  type AuditQuery,
} from '../db/repositories/audit-trail';
import { listDecisions } from '../db/repositories/decision-input';
import { listWaves } from '../db/repositories/roadmap';
import { listParticipants } from '../db/repositories/scorecards';
import { getWorkspace, listSteps, listWorkflows } from '../db/repositories/workspace-reads';
import type { AuditNames } from '../domain/audit/describe-entry';
import type { AuditEntry } from '../domain/schema/audit-entry';

/** Entries of the trail read at once: the screen shows more a page at a time. */
export const AUDIT_PAGE_SIZE = 100;

export interface AuditTrailPages {
  /** The first pages of the matching entries, newest first. */
  entries: AuditEntry[];
  /** How many entries match the query, and how many the trail holds (on `entityIds` if any). */
  matching: number;
  total: number;
  /** Older matching entries remain beyond these pages. */
  hasMore: boolean;
}

/**
 * The first `pages` pages of the workspace's trail matching `query` (a stable object), read page
 * by page through the [workspaceId+at] index, with the counts; live. Never the whole trail.
 */
export function useAuditTrailPages(
  workspaceId: string,
  query: AuditQuery,
  pages: number,
): AuditTrailPages | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const entries: AuditEntry[] = [];
    let after: AuditCursor | null = null;
    for (let page = 0; page < pages; page += 1) {
      const read = await readAuditPage(db, workspaceId, query, after, AUDIT_PAGE_SIZE);
      entries.push(...read.entries);
      after = read.next;
      if (!after) break;
    }
    const [total, matching] = await Promise.all([
      countAuditEntries(db, workspaceId, { entityIds: query.entityIds ?? null }),
      countAuditEntries(db, workspaceId, query),
    ]);
    return { entries, matching, total, hasMore: after !== null };
  }, [workspaceId, query, pages]);
}

/** Every entry of the trail matching `query`, newest first (what the CSV export writes). */
export async function readAuditEntries(
  workspaceId: string,
  query: AuditQuery,
): Promise<AuditEntry[]> {
  return listAuditEntriesMatching(database(), workspaceId, query);
}

/** The people who appear in the workspace's trail (unsorted), read entry by entry; live. */
export function useAuditActors(workspaceId: string): string[] | undefined {
  return useLiveQuery(() => listAuditActors(database(), workspaceId), [workspaceId]);
}

/** The titles of the workspace's use cases by id, read one record at a time (no long task); live. */
export function useUseCaseTitles(workspaceId: string): ReadonlyMap<string, string> | undefined {
  return useLiveQuery(async () => {
    const titles = new Map<string, string>();
    await database()
      .useCases.where('workspaceId')
      .equals(workspaceId)
      .each((u) => titles.set(u.id, u.title));
    return titles;
  }, [workspaceId]);
}

function byId<T extends { id: string }>(
  records: readonly T[],
  name: (r: T) => string,
): Map<string, string> {
  return new Map(records.map((r) => [r.id, name(r)]));
}

/**
 * The names of the workspace's records, to show names instead of ids in its audit trail; live.
 * Without the use cases' titles (`useCases` is empty: an entry shows its own label; the titles
 * of thousands of use cases are read apart, by useUseCaseTitles, where a screen needs them).
 */
export function useAuditNames(workspaceId: string): AuditNames | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [workspace, participants, workflows, steps, waves, decisions] = await Promise.all([
      getWorkspace(db, workspaceId),
      listParticipants(db, workspaceId),
      listWorkflows(db, workspaceId),
      listSteps(db, workspaceId),
      listWaves(db, workspaceId),
      listDecisions(db, workspaceId),
    ]);
    return {
      useCases: new Map<string, string>(),
      participants: byId(participants, (p) => p.name),
      departments: byId(workspace?.departments ?? [], (d) => d.name),
      kpis: byId(workspace?.kpis ?? [], (k) => k.name),
      workflows: byId(workflows, (w) => w.name),
      steps: byId(steps, (s) => s.name),
      waves: byId(waves, (w) => w.name),
      decisionUseCase: new Map(
        decisions.flatMap((d) => ('useCaseId' in d ? [[d.id, d.useCaseId] as const] : [])),
      ),
    } satisfies AuditNames;
  }, [workspaceId]);
}
