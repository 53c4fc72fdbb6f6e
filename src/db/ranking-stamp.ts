import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';

/**
 * The ranking stamp: a value in `meta` that every write of the records a workspace's decision is
 * read from (use cases, scorecards, decisions, participants) replaces, in the write's own
 * transaction. A copy of those records taken when the stamp had a value is still the stored one
 * as long as the stamp has that value: the ranking records cache (ranking-cache.ts) relies on it.
 *
 * It is kept below the repositories, in Dexie's own layer (a DBCore middleware), so that no write
 * can forget it: a transaction that may write these tables also holds `meta`, and its first write
 * to them puts a new stamp. A write that fails aborts the transaction, stamp included.
 */

/**
 * The `meta` keys of the stamps: one per workspace, renewed by a write of its records, and one
 * renewed by any deletion (which names keys, not workspaces) or write of records of no workspace.
 */
export function rankingStampKeys(workspaceId: string): [string, string] {
  return [`ranking-stamp:${workspaceId}`, ANY_STAMP_KEY];
}

const ANY_STAMP_KEY = 'ranking-stamp:*';

/**
 * Beside the two stamps, one per group of a workspace's ranking tables, renewed (with the same
 * value) by the writes that renew its own stamp: the ranking records' live read tells by them that
 * only decisions were written (a roadmap placement) and reads those alone. Deletions renew only
 * the stamp of all, as before.
 */
export interface RankingGroupStamps {
  /** Renewed by a write of the workspace's use cases, scorecards or participants. */
  records: string | undefined;
  /** Renewed by a write of the workspace's decisions. */
  decisions: string | undefined;
}

const GROUP_OF_TABLE: Readonly<Record<string, keyof RankingGroupStamps>> = {
  useCases: 'records',
  scorecards: 'records',
  participants: 'records',
  decisions: 'decisions',
};

/** The `meta` keys of a workspace's group stamps: its records', then its decisions'. */
export function rankingGroupStampKeys(workspaceId: string): [string, string] {
  return [`ranking-stamp:${workspaceId}:records`, `ranking-stamp:${workspaceId}:decisions`];
}

/** A workspace's group stamps from their two `meta` records (as stored, or undefined). */
export function rankingGroupStampsOf([records, decisions]: readonly unknown[]): RankingGroupStamps {
  const value = (record: unknown) => {
    const v = (record as { value?: unknown } | undefined)?.value;
    return typeof v === 'string' ? v : undefined;
  };
  return { records: value(records), decisions: value(decisions) };
}

/** The tables whose records the decision is read from. */
const RANKING_TABLES: ReadonlySet<string> = new Set(Object.keys(GROUP_OF_TABLE));

let counter = 0;

/** A value no other write has put: the time, a page-wide counter and randomness. */
function newStamp(): string {
  counter += 1;
  const random = Math.floor(Math.random() * 2 ** 48).toString(36);
  return `${Date.now().toString(36)}-${counter.toString(36)}-${random}`;
}

/** Whether a list of stores, written in `mode`, may write the ranking tables. */
function writesRankingTables(stores: readonly string[], mode: string): boolean {
  return mode === 'readwrite' && stores.some((store) => RANKING_TABLES.has(store));
}

/**
 * New stamps of these workspaces, as `meta` records: for a write that reaches IndexedDB without
 * Dexie (the backup import's bulk writes) to put in its transaction.
 */
export function renewedRankingStamps(workspaceIds: readonly string[]): MetaStamp[] {
  const stamp = newStamp();
  return workspaceIds.flatMap((id) =>
    [`ranking-stamp:${id}`, ...rankingGroupStampKeys(id)].map((key) => ({ key, value: stamp })),
  );
}

interface MetaStamp {
  key: string;
  value: string;
}

/**
 * The stamps a write to `table` renews: its records' workspaces' and their group's, or the one of
 * any deletion.
 */
function keysOf(table: string, request: DBCoreMutateRequest): string[] {
  if (request.type !== 'put' && request.type !== 'add') return [ANY_STAMP_KEY];
  const group = GROUP_OF_TABLE[table] === 'decisions' ? 1 : 0;
  const keys = new Set<string>();
  for (const value of request.values as readonly { workspaceId?: unknown }[]) {
    if (typeof value?.workspaceId !== 'string') return [ANY_STAMP_KEY];
    keys.add(`ranking-stamp:${value.workspaceId}`);
    keys.add(rankingGroupStampKeys(value.workspaceId)[group]);
  }
  return keys.size > 0 ? [...keys] : [ANY_STAMP_KEY];
}

function withStamp(down: DBCore): Partial<DBCore> {
  /** The stamps each transaction has renewed already (once is enough). */
  const stamped = new WeakMap<DBCoreTransaction, Set<string>>();
  return {
    transaction(stores, mode, options) {
      const scope =
        writesRankingTables(stores, mode) && !stores.includes('meta')
          ? [...stores, 'meta']
          : stores;
      return down.transaction(scope, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (!RANKING_TABLES.has(name)) return table;
      return {
        ...table,
        mutate(request: DBCoreMutateRequest) {
          const { trans } = request;
          const done = stamped.get(trans) ?? new Set<string>();
          stamped.set(trans, done);
          const keys = keysOf(name, request).filter((key) => !done.has(key));
          if (keys.length === 0) return table.mutate(request);
          for (const key of keys) done.add(key);
          const stamp = newStamp();
          const stamps = down.table('meta').mutate({
            type: 'put',
            trans,
            values: keys.map((key) => ({ key, value: stamp })),
          });
          return Promise.all([table.mutate(request), stamps]).then(([result]) => result);
        },
      };
    },
  };
}

/** The middleware that keeps the ranking stamp (registered by ClarteDatabase). */
export const rankingStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'rankingStamp',
  create: withStamp,
};

/**
 * A workspace's ranking stamp from its two `meta` records (as stored: `{ key, value }` or
 * undefined): undefined until a write of the workspace's records was stamped, as a copy can only
 * be trusted from then on; no deletion stamped yet counts as one value.
 */
export function rankingStampOf([own, any]: readonly unknown[]): string | undefined {
  const value = (record: unknown) => (record as { value?: unknown } | undefined)?.value;
  const ownValue = value(own);
  const anyValue = value(any) ?? 'none';
  return typeof ownValue === 'string' && typeof anyValue === 'string'
    ? `${ownValue}|${anyValue}`
    : undefined;
}

/** A workspace's ranking stamp as stored now, read straight from IndexedDB. */
export async function readRankingStamp(
  idb: IDBDatabase,
  workspaceId: string,
): Promise<string | undefined> {
  const store = idb.transaction('meta', 'readonly').objectStore('meta');
  const records = await Promise.all(
    rankingStampKeys(workspaceId).map(
      (key) =>
        new Promise<unknown>((resolve, reject) => {
          const request = store.get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
        }),
    ),
  );
  return rankingStampOf(records);
}
