/**
 * The last tie-breaks of SCORING.md section 7: title in the workspace locale (Intl.Collator),
 * then id. Ordering thousands of titles is the most expensive part of a ranking, and it does not
 * depend on the weights: a change of weights re-ranks the same use cases. So the title order of a
 * list of use cases is computed once per list and locale, and kept while the list and its titles
 * and ids are unchanged (checked on every use; a list changed in place is ordered again). The
 * last order computed also serves a new list with the same ids and titles in the same places (a
 * live read after a change of scores gives new lists of the same use cases). Titles are compared
 * with titleOrder: the collator's order, faster on plain text.
 */
import { titleOrder } from '../search/title-order';

interface Titled {
  id: string;
  title: string;
}

interface TitleOrder {
  locale: string;
  ids: string[];
  titles: string[];
  /** Position of each use case (by its index in the list) in title, then id, order. */
  ranks: Int32Array;
}

const orders = new WeakMap<readonly Titled[], TitleOrder>();
let latest: TitleOrder | null = null;

/** Negative when `a` comes first: title by the collator, then id (code units). */
export function compareTitled(collator: Intl.Collator, a: Titled, b: Titled): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function stillValid(order: TitleOrder, list: readonly Titled[], locale: string): boolean {
  if (order.locale !== locale || order.ids.length !== list.length) return false;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as Titled;
    if (item.id !== order.ids[i] || item.title !== order.titles[i]) return false;
  }
  return true;
}

/**
 * The position (0-based) of each item of `list` when sorted by title in `locale`, then id.
 * Items with the same title and id share a position.
 */
export function titleRanksOf(list: readonly Titled[], locale: string): Int32Array {
  const known = orders.get(list) ?? latest;
  if (known && stillValid(known, list, locale)) {
    orders.set(list, known);
    return known.ranks;
  }
  const compare = titleOrder(locale);
  const n = list.length;
  const ids = list.map((item) => item.id);
  const titles = list.map((item) => item.title);
  const byId = (a: number, b: number) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const byTitle = new Int32Array(n);
  for (let i = 0; i < n; i++) byTitle[i] = i;
  byTitle.sort((a, b) => compare(titles[a] as string, titles[b] as string) || byId(a, b));
  const ranks = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const i = byTitle[p] as number;
    const previous = byTitle[p - 1];
    // Same id and same title (by the collator's order): the same place.
    const tied =
      previous !== undefined &&
      byId(previous, i) === 0 &&
      compare(titles[previous] as string, titles[i] as string) === 0;
    ranks[i] = tied ? (ranks[previous] as number) : p;
  }
  latest = { locale, ids, titles, ranks };
  orders.set(list, latest);
  return ranks;
}
