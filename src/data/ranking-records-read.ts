import type { ClarteDatabase } from '../db/database';
import { rememberRankingRecords } from '../db/ranking-cache';
import {
  rankingGroupStampKeys,
  rankingGroupStampsOf,
  rankingStampKeys,
  rankingStampOf,
  type RankingGroupStamps,
} from '../db/ranking-stamp';
import { listDecisions } from '../db/repositories/decision-input';
import { listScorecards, listUseCases } from '../db/repositories/workspace-reads';
import type { Decision } from '../domain/schema/decision';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';

/** What the decision of a workspace (decideWorkspace) is computed from, besides the workspace. */
export interface RankingRecords {
  useCases: UseCase[];
  scorecards: Scorecard[];
  /** Every decision (agreements, overrides, arbitrations), oldest first. */
  decisions: Decision[];
  participantCount: number;
}

/** The stamps records were read under (ranking-stamp.ts): the workspace's, and its groups'. */
interface StampsRead {
  /** rankingStampOf: undefined until a write of the workspace was stamped. */
  stamp: string | undefined;
  /** The stamp of all (renewed by every deletion), as stored. */
  any: unknown;
  groups: RankingGroupStamps;
}

/**
 * The last read of each workspace's ranking records, with its stamps: a read after a write of
 * decisions alone (a roadmap placement, a card moved) reads the decisions again and keeps the
 * use cases and scorecards of that read, the same lists, so the decision's bases are kept too.
 * Held weakly: once no live query holds the records, they go.
 */
const lastReads = new Map<string, { stamps: StampsRead; records: WeakRef<RankingRecords> }>();

async function stampsOf(db: ClarteDatabase, workspaceId: string): Promise<StampsRead> {
  const [own, any, records, decisions] = await db.meta.bulkGet([
    ...rankingStampKeys(workspaceId),
    ...rankingGroupStampKeys(workspaceId),
  ]);
  return {
    stamp: rankingStampOf([own, any]),
    any: (any as { value?: unknown } | undefined)?.value,
    groups: rankingGroupStampsOf([records, decisions]),
  };
}

/** What a read under `now` may keep of the last one: all, its use cases and scorecards, or none. */
function keptOf(last: StampsRead, now: StampsRead): 'all' | 'records' | 'none' {
  // Undefined stamps say nothing: a workspace written before the stamps, or never written.
  if (now.stamp === undefined || now.groups.records === undefined) return 'none';
  if (last.stamp === now.stamp) return 'all';
  const onlyDecisions = last.any === now.any && last.groups.records === now.groups.records;
  return onlyDecisions ? 'records' : 'none';
}

type WorkspaceTable = ClarteDatabase['useCases' | 'scorecards' | 'decisions'];

/**
 * Inside a live query: makes Dexie watch these tables' records of the workspace as reading them
 * does (their workspaceId range; a deletion anywhere in the table), by counting them.
 */
async function watchByCount(tables: WorkspaceTable[], workspaceId: string): Promise<void> {
  await Promise.all(
    tables.map((table) =>
      (table as ClarteDatabase['useCases']).where('workspaceId').equals(workspaceId).count(),
    ),
  );
}

/**
 * A workspace's ranking records and their stamps, read in one transaction (inside a live query,
 * Dexie then watches them): only what changed since the last read of the workspace, by the stamps.
 */
async function readStamped(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<{ records: RankingRecords; stamps: StampsRead; fresh: boolean }> {
  const tables = [db.meta, db.useCases, db.scorecards, db.decisions, db.participants];
  return db.transaction('r', tables, async () => {
    const stamps = await stampsOf(db, workspaceId);
    const last = lastReads.get(keyOf(db, workspaceId));
    const previous = last?.records.deref();
    const kept = previous && last ? keptOf(last.stamps, stamps) : 'none';
    const participantCount = db.participants.where('workspaceId').equals(workspaceId).count();
    if (previous && kept === 'all') {
      await watchByCount([db.useCases, db.scorecards, db.decisions], workspaceId);
      await participantCount;
      return { records: previous, stamps, fresh: false };
    }
    if (previous && kept === 'records') {
      const [decisions, count] = await Promise.all([
        listDecisions(db, workspaceId),
        participantCount,
        watchByCount([db.useCases, db.scorecards], workspaceId),
      ]);
      const { useCases, scorecards } = previous;
      const records = { useCases, scorecards, decisions, participantCount: count };
      return { records, stamps, fresh: true };
    }
    const [useCases, scorecards, decisions, count] = await Promise.all([
      listUseCases(db, workspaceId),
      listScorecards(db, workspaceId),
      listDecisions(db, workspaceId),
      participantCount,
    ]);
    const records = { useCases, scorecards, decisions, participantCount: count };
    return { records, stamps, fresh: true };
  });
}

const keyOf = (db: ClarteDatabase, workspaceId: string) => `${db.name}/${workspaceId}`;

function keep(
  db: ClarteDatabase,
  workspaceId: string,
  records: RankingRecords,
  stamps: StampsRead,
): void {
  lastReads.set(keyOf(db, workspaceId), { stamps, records: new WeakRef(records) });
}

/**
 * What the workspace's decision is computed from (the shared read of the ranking screens), read
 * in one transaction with the workspace's ranking stamps, under which a copy is then kept for the
 * next cold load (src/db/ranking-cache.ts). After a write of decisions alone, the use cases and
 * scorecards are those of the last read (the same lists); nothing written since: the same records.
 */
export async function readRankingRecords(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<RankingRecords> {
  const { records, stamps, fresh } = await readStamped(db, workspaceId);
  keep(db, workspaceId, records, stamps);
  if (fresh) rememberRankingRecords(workspaceId, records, stamps.stamp);
  return records;
}

/**
 * Inside a live query: records read under `stamp` some other way (read before Dexie was loaded, or
 * a copy checked) become the last read of the workspace, when that stamp is still the stored one
 * (nothing written since): the next write of decisions alone then keeps their lists.
 */
export async function keepRankingRecordsRead(
  db: ClarteDatabase,
  workspaceId: string,
  records: RankingRecords,
  stamp: string | null,
): Promise<void> {
  if (stamp === null) return;
  const stamps = await stampsOf(db, workspaceId);
  if (stamps.stamp === stamp) keep(db, workspaceId, records, stamps);
}

/** The records shown stand for those just read, the same but for their identity. */
export function keepShownInPlaceOf(
  db: ClarteDatabase,
  workspaceId: string,
  read: RankingRecords,
  shown: RankingRecords,
): void {
  const last = lastReads.get(keyOf(db, workspaceId));
  if (last?.records.deref() === read) keep(db, workspaceId, shown, last.stamps);
}
