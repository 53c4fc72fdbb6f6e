import { foldText } from './fold-text';

/** A titled record prepared for searching: its title folded once, not at every keystroke. */
export interface FoldedTitle {
  readonly id: string;
  readonly title: string;
  readonly folded: string;
}

/** The titles, folded for searching, in the order given. */
export function foldTitles(titles: readonly { id: string; title: string }[]): FoldedTitle[] {
  return titles.map(({ id, title }) => ({ id, title, folded: foldText(title) }));
}

/**
 * The first `limit` titles that contain every word of the query (accents and case ignored), in
 * the order given, and how many match in all. An empty query matches every title.
 */
export function findTitles(
  titles: readonly FoldedTitle[],
  query: string,
  limit: number,
): { found: FoldedTitle[]; total: number } {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const found: FoldedTitle[] = [];
  let total = 0;
  for (const entry of titles) {
    if (!words.every((w) => entry.folded.includes(w))) continue;
    total += 1;
    if (found.length < limit) found.push(entry);
  }
  return { found, total };
}
