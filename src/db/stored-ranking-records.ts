import type { Decision } from '../domain/schema/decision';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';
import { rankingStampKeys, rankingStampOf } from './ranking-stamp';
import { result } from './read-before-dexie';

/** What a workspace's decision is read from (as the ranking records' live query reads it). */
export interface StoredRankingRecords {
  useCases: UseCase[];
  scorecards: Scorecard[];
  /** Oldest first, as listDecisions sorts them. */
  decisions: Decision[];
  participantCount: number;
}

function byWorkspace<T>(tx: IDBTransaction, store: string, workspaceId: string): Promise<T[]> {
  const index = tx.objectStore(store).index('workspaceId');
  return result(index.getAll(IDBKeyRange.only(workspaceId))) as Promise<T[]>;
}

/**
 * A workspace's ranking records and ranking stamp read straight from IndexedDB, without Dexie, in
 * one transaction (the lists as they stood at one moment), in the order Dexie's reads give them:
 * by the workspaceId index, decisions oldest first.
 */
export async function readStoredRankingRecords(
  db: IDBDatabase,
  workspaceId: string,
): Promise<{ records: StoredRankingRecords; stamp: string | undefined }> {
  const stores = ['meta', 'useCases', 'scorecards', 'decisions', 'participants'];
  const tx = db.transaction(stores, 'readonly');
  const meta = tx.objectStore('meta');
  // Every request at once: the transaction stays open while any is pending.
  const stamps = Promise.all(
    rankingStampKeys(workspaceId).map((k) => result<unknown>(meta.get(k))),
  );
  const [useCases, scorecards, decisions, participantCount] = await Promise.all([
    byWorkspace<UseCase>(tx, 'useCases', workspaceId),
    byWorkspace<Scorecard>(tx, 'scorecards', workspaceId),
    byWorkspace<Decision>(tx, 'decisions', workspaceId),
    result(tx.objectStore('participants').index('workspaceId').count(workspaceId)),
  ]);
  const [own, any] = await stamps;
  decisions.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return {
    records: { useCases, scorecards, decisions, participantCount },
    stamp: rankingStampOf([own, any]),
  };
}
