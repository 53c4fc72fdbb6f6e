import type { Decision } from '../domain/schema/decision';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';

/**
 * The ranking records cache: a copy of a workspace's ranking records (use cases, scorecards,
 * decisions, participants count) in the browser's Cache Storage, in a few large parts, tagged with
 * the ranking stamp they were read under (ranking-stamp.ts).
 *
 * Why: IndexedDB reads records one by one; at 10,000 use cases the two lists take about 0.8 s to
 * read, while the same 13 MB in five parts read in about 0.2 s. A cold load of a ranked screen
 * reads the cache when its stamp is the stored one (nothing was written since), and the records
 * otherwise. It is derived data: not a table, not in a backup, rewritten after a read of newer
 * records, and simply not used when it is absent, partly written or of another stamp.
 */

export interface RankingRecordsCopy {
  useCases: UseCase[];
  scorecards: Scorecard[];
  /** Oldest first. */
  decisions: Decision[];
  participantCount: number;
}

/** The part of the Cache Storage API the cache uses (a test gives an in-memory one). */
export interface CacheLike {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response): Promise<void>;
  delete(key: string): Promise<boolean>;
}

const CACHE_NAME = 'clarte-ranking-records';
/** The layout of the copy: a copy of another layout is not read. */
const FORMAT = 1;
/**
 * Use cases per part: a part of 1,000 (about 1.3 MB with their scorecards) is written out and
 * parsed back in one short task (tens of milliseconds), at 10,000 as at 50,000 use cases.
 */
const PART_SIZE = 1_000;
/** How long after the last read of newer records the copy is written (a burst of edits: once). */
const WRITE_AFTER_MS = 500;

interface Head {
  format: number;
  stamp: string;
  /** Tells this write's parts from another's (written over the same keys). */
  write: string;
  parts: number;
  decisions: Decision[];
  participantCount: number;
}

interface Part {
  write: string;
  useCases: UseCase[];
  scorecards: Scorecard[];
}

const headKey = (workspaceId: string) => `/ranking-records/${encodeURIComponent(workspaceId)}/head`;
const partKey = (workspaceId: string, index: number) =>
  `/ranking-records/${encodeURIComponent(workspaceId)}/part-${index}`;

/** The cache, or null where Cache Storage is not available (an insecure origin, a test). */
export async function openRankingCache(): Promise<CacheLike | null> {
  try {
    if (typeof caches === 'undefined') return null;
    return await caches.open(CACHE_NAME);
  } catch {
    return null;
  }
}

async function readJson<T>(cache: CacheLike, key: string): Promise<T | null> {
  const response = await cache.match(key);
  return response ? ((await response.json()) as T) : null;
}

/**
 * The parts this page wrote or read last of a list of use cases (with its scorecards): a copy of records
 * that differ only by their decisions (a roadmap placement) keeps those parts and writes its head.
 */
const partsWritten = new WeakMap<
  readonly UseCase[],
  { workspaceId: string; scorecards: readonly Scorecard[]; write: string; parts: number }
>();

/** The copy of a workspace's ranking records, when it was taken under `stamp`; otherwise null. */
export async function readCachedRankingRecords(
  cache: CacheLike,
  workspaceId: string,
  stamp: string,
): Promise<RankingRecordsCopy | null> {
  try {
    const head = await readJson<Head>(cache, headKey(workspaceId));
    if (!head || head.format !== FORMAT || head.stamp !== stamp) return null;
    const parts = await Promise.all(
      Array.from({ length: head.parts }, (_, i) => readJson<Part>(cache, partKey(workspaceId, i))),
    );
    const useCases: UseCase[] = [];
    const scorecards: Scorecard[] = [];
    for (const part of parts) {
      // A part of another write (one under way, or a later one of fewer parts): not this copy.
      if (part?.write !== head.write) return null;
      for (const useCase of part.useCases) useCases.push(useCase);
      for (const scorecard of part.scorecards) scorecards.push(scorecard);
    }
    partsWritten.set(useCases, { workspaceId, scorecards, write: head.write, parts: head.parts });
    return {
      useCases,
      scorecards,
      decisions: head.decisions,
      participantCount: head.participantCount,
    };
  } catch {
    return null;
  }
}

/** Lets the page do other work between two parts. */
function aPause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const json = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

/**
 * Writes the copy of a workspace's ranking records read under `stamp`, one part per task, the
 * head last (a reader never takes a copy whose head is not written). Nothing is written when the
 * copy of that stamp is there already; only the head (decisions, participants count) when the
 * parts stored are this page's copy of the same use cases and scorecards (the same lists).
 */
export async function writeCachedRankingRecords(
  cache: CacheLike,
  workspaceId: string,
  records: RankingRecordsCopy,
  stamp: string,
): Promise<void> {
  const before = await readJson<Head>(cache, headKey(workspaceId)).catch(() => null);
  if (before?.format === FORMAT && before.stamp === stamp) return;
  const { useCases, scorecards } = records;
  const known = partsWritten.get(useCases);
  const partsKept =
    known?.workspaceId === workspaceId &&
    known.scorecards === scorecards &&
    before?.format === FORMAT &&
    before.write === known.write &&
    before.parts === known.parts;
  const write = partsKept
    ? known.write
    : `${stamp}/${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  const parts = Math.max(1, Math.ceil(useCases.length / PART_SIZE));
  const cardsPerPart = Math.ceil(scorecards.length / parts);
  for (let i = 0; i < (partsKept ? 0 : parts); i++) {
    await aPause();
    const part: Part = {
      write,
      useCases: useCases.slice(i * PART_SIZE, (i + 1) * PART_SIZE),
      scorecards: scorecards.slice(i * cardsPerPart, (i + 1) * cardsPerPart),
    };
    await cache.put(partKey(workspaceId, i), json(part));
  }
  const head: Head = {
    format: FORMAT,
    stamp,
    write,
    parts,
    decisions: records.decisions,
    participantCount: records.participantCount,
  };
  await cache.put(headKey(workspaceId), json(head));
  partsWritten.set(useCases, { workspaceId, scorecards, write, parts });
  for (let i = parts; i < (before?.parts ?? 0); i++) await cache.delete(partKey(workspaceId, i));
}

const pending = new Map<string, { records: RankingRecordsCopy; stamp: string }>();
let timer: ReturnType<typeof setTimeout> | null = null;
/**
 * One write at a time: two writes of the same workspace at once (a copy of 50 parts takes
 * seconds) would leave parts of both under one head, a copy never taken. The next one then
 * finds the copy of its stamp written and writes nothing.
 */
let writing: Promise<void> = Promise.resolve();

async function writePending(): Promise<void> {
  const cache = await openRankingCache();
  for (const [workspaceId, { records, stamp }] of [...pending]) {
    pending.delete(workspaceId);
    if (cache) await writeCachedRankingRecords(cache, workspaceId, records, stamp).catch(() => {});
  }
}

/**
 * Keeps a copy of records just read under `stamp` (the stamp read before them): written a little
 * later, once reading has calmed down. Without a stamp (no write was stamped yet) nothing is kept.
 */
export function rememberRankingRecords(
  workspaceId: string,
  records: RankingRecordsCopy,
  stamp: string | undefined,
): void {
  if (stamp === undefined || typeof caches === 'undefined') return;
  pending.set(workspaceId, { records, stamp });
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    writing = writing.then(writePending);
  }, WRITE_AFTER_MS);
}

/** Removes a workspace's copy (the workspace is deleted). */
export async function forgetCachedRankingRecords(workspaceId: string): Promise<void> {
  pending.delete(workspaceId);
  const cache = await openRankingCache();
  const head = cache ? await readJson<Head>(cache, headKey(workspaceId)).catch(() => null) : null;
  if (!cache) return;
  await cache.delete(headKey(workspaceId));
  for (let i = 0; i < (head?.parts ?? 0); i++) await cache.delete(partKey(workspaceId, i));
}
