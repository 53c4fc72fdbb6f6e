/**
 * Two scores closer than this are equal (SCORING.md section 7 then lets the next key decide).
 * Scores are 0..100 with full precision; two use cases that are mathematically tied can differ in
 * the last bits (e.g. weights 0.1 + 0.2 against 0.3), far below 1e-9, while two scores that really
 * differ are far above it. SCORING.md does not name a tolerance: this is our choice.
 */
export const SCORE_TOLERANCE = 1e-9;

/** The scores of one use case, for comparing two of them. */
export interface Scores {
  overall: number;
  value: number;
  feasibility: number;
}

/**
 * SCORING.md section 7 for two use cases: negative when `a` ranks before `b` on the scores
 * (overall, then value, then feasibility, descending, each within SCORE_TOLERANCE), 0 when the
 * scores leave them tied (the title and id then decide). This is the ranking's rule for two use
 * cases on their own; in a list, orderByScores also ties a chain of near-equal neighbours.
 */
export function compareScores(a: Scores, b: Scores): number {
  for (const key of ['overall', 'value', 'feasibility'] as const) {
    const gap = b[key] - a[key];
    if (gap > SCORE_TOLERANCE || gap < -SCORE_TOLERANCE) return gap;
  }
  return 0;
}

/** What orders the use cases, by index 0..n-1. */
export interface RankKeys {
  /** Overall, value and feasibility (0..100), compared in this order, descending. */
  scores: readonly [Float64Array, Float64Array, Float64Array];
  /** The last tie-break: position in title order (then id), ascending, 0..n-1. */
  titleRank: Int32Array;
}

/** Index bits of a packed sort key: up to 2^17 use cases (beyond: comparator sorts). */
const INDEX_LIMIT = 2 ** 17;
/** A score lies in [0, 100]: (100 - score) * 2^29 < 2^36, and 2^36 * 2^17 = 2^53. */
const SCALE = 2 ** 29;

function packable(keys: RankKeys, n: number): boolean {
  if (n > INDEX_LIMIT) return false;
  for (const key of keys.scores) {
    for (let i = 0; i < n; i++) {
      const s = key[i] as number;
      if (!(s >= 0 && s <= 100)) return false;
    }
  }
  return true;
}

/**
 * Sorts order[start, end) by `key` descending (exactly). Packed: a native sort of Float64Array
 * keys packing a quantised score with the index, so no comparator runs, then an exact sort of
 * each run sharing a quantised score (short: equal or nearly equal scores).
 */
function sortByScore(
  order: Int32Array,
  start: number,
  end: number,
  key: Float64Array,
  packed: Float64Array | null,
): void {
  const descending = (a: number, b: number) => (key[b] as number) - (key[a] as number);
  let sorted = true;
  for (let p = start + 1; p < end && sorted; p++) {
    sorted = (key[order[p] as number] as number) <= (key[order[p - 1] as number] as number);
  }
  if (sorted) return;
  if (!packed) {
    order.subarray(start, end).sort(descending);
    return;
  }
  for (let p = start; p < end; p++) {
    const i = order[p] as number;
    packed[p] = Math.floor((100 - (key[i] as number)) * SCALE) * INDEX_LIMIT + i;
  }
  packed.subarray(start, end).sort();
  let runStart = start;
  let runKey = -1;
  for (let p = start; p <= end; p++) {
    const quantised = p < end ? Math.floor((packed[p] as number) / INDEX_LIMIT) : -2;
    if (p < end) order[p] = (packed[p] as number) - quantised * INDEX_LIMIT;
    if (quantised !== runKey) {
      if (p - runStart > 1) order.subarray(runStart, p).sort(descending);
      runStart = p;
      runKey = quantised;
    }
  }
}

/** Sorts order[start, end) by title rank, ascending (exact integers). */
function sortByTitle(
  order: Int32Array,
  start: number,
  end: number,
  titleRank: Int32Array,
  packed: Float64Array | null,
): void {
  if (!packed) {
    order.subarray(start, end).sort((a, b) => (titleRank[a] as number) - (titleRank[b] as number));
    return;
  }
  for (let p = start; p < end; p++) {
    const i = order[p] as number;
    packed[p] = (titleRank[i] as number) * INDEX_LIMIT + i;
  }
  packed.subarray(start, end).sort();
  for (let p = start; p < end; p++) order[p] = (packed[p] as number) % INDEX_LIMIT;
}

/** Orders order[start, end) from score `level` on (3 = the title rank). */
function orderFrom(
  order: Int32Array,
  start: number,
  end: number,
  level: number,
  keys: RankKeys,
  packed: Float64Array | null,
): void {
  const key = keys.scores[level];
  if (key === undefined) {
    sortByTitle(order, start, end, keys.titleRank, packed);
    return;
  }
  sortByScore(order, start, end, key, packed);
  let groupStart = start;
  for (let p = start + 1; p <= end; p++) {
    // A NaN score (every weight of an axis zero, refused by checkWeights) never cuts a group.
    const gap =
      p < end
        ? (key[order[p - 1] as number] as number) - (key[order[p] as number] as number)
        : Infinity;
    if (!(gap > SCORE_TOLERANCE)) continue;
    if (p - groupStart > 1) orderFrom(order, groupStart, p, level + 1, keys, packed);
    groupStart = p;
  }
}

/**
 * SCORING.md section 7: the indexes 0..n-1 best first (n = titleRank.length): overall, then
 * value, then feasibility, all descending, then the title rank. Scores within SCORE_TOLERANCE
 * are equal: the use cases are sorted by overall exactly and cut into groups wherever two
 * neighbours differ by more than the tolerance (which makes equality transitive, so the order
 * depends only on the data, never on the input order); each group is ordered by value the same
 * way, and so on. `scratch` (length >= n) and `into` (length n), if given, are reused for the
 * packed sort keys and the result.
 */
export function orderByScores(
  keys: RankKeys,
  scratch?: Float64Array,
  into?: Int32Array,
): Int32Array {
  const n = keys.titleRank.length;
  const order = into ?? new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const packed = packable(keys, n) ? (scratch ?? new Float64Array(n)) : null;
  orderFrom(order, 0, n, 0, keys, packed);
  return order;
}
