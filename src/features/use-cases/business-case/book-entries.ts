import type { WorkspaceRanking } from '../../../data/use-ranking';
import type { RankedDecision } from '../../../domain/decision/decide-workspace';
import type { UseCase } from '../../../domain/schema/use-case';

export interface BookEntry {
  useCase: UseCase;
  ranked: RankedDecision | null;
}

/** The book's filters: a quadrant and a status, each by its key ('' for any). */
export interface BookFilters {
  quadrant: string;
  status: string;
}

/**
 * The whole book's order of each decision, made once: the ranked use cases by rank, then those
 * still to score by title (the decision's own orders, read, never computed again). Kept per
 * ranking, the object every screen shares for one read of the records: the book opened again,
 * or another of its filters, does not walk the workspace's use cases to build it again.
 */
const wholeBooks = new WeakMap<WorkspaceRanking, readonly BookEntry[]>();

function wholeBook(data: WorkspaceRanking): readonly BookEntry[] {
  const known = wholeBooks.get(data);
  if (known) return known;
  const { ranked, toScore } = data.decision;
  const entries = new Array<BookEntry>(ranked.length + toScore.length);
  ranked.forEach((r, i) => {
    entries[i] = { useCase: data.useCasesById.get(r.id) as UseCase, ranked: r };
  });
  toScore.forEach((u, i) => {
    entries[ranked.length + i] = { useCase: data.useCasesById.get(u.id) as UseCase, ranked: null };
  });
  wholeBooks.set(data, entries);
  return entries;
}

/**
 * The use cases of the book in its order, those of the filters only. Without a filter, the whole
 * book's list itself (the same array each time for one decision).
 */
export function bookEntries(data: WorkspaceRanking, filters: BookFilters): readonly BookEntry[] {
  const whole = wholeBook(data);
  const { quadrant, status } = filters;
  if (quadrant === '' && status === '') return whole;
  return whole.filter(
    (x) =>
      (quadrant === '' || x.ranked?.quadrant === quadrant) &&
      (status === '' || x.useCase.status === status),
  );
}
