import type { RankedUseCase } from '../../domain/ranking/rank-use-cases';
import { QUADRANTS } from '../../domain/scoring/quadrant';
import {
  SCOPES,
  USE_CASE_STATUSES,
  type Scope,
  type UseCaseStatus,
} from '../../domain/schema/use-case';
import type { SortState } from '../../ui/virtual-table';

export type RankedRow = RankedUseCase & { scope: Scope; status: UseCaseStatus };

export interface RankingFilters {
  quadrant: string;
  scope: string;
  status: string;
}

export function filterRankedRows(rows: readonly RankedRow[], filters: RankingFilters): RankedRow[] {
  return rows.filter(
    (r) =>
      (filters.quadrant === 'all' || r.quadrant === filters.quadrant) &&
      (filters.scope === 'all' || r.scope === filters.scope) &&
      (filters.status === 'all' || r.status === filters.status),
  );
}

/** Sorts by the chosen column; equal values keep the model's rank order. */
export function sortRankedRows(
  rows: readonly RankedRow[],
  sort: SortState,
  locale: string,
): RankedRow[] {
  const collator = new Intl.Collator(locale);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = (a: RankedRow, b: RankedRow): number => {
    switch (sort.column) {
      case 'title':
        return collator.compare(a.title, b.title);
      case 'overall':
        return a.overall - b.overall;
      case 'value':
        return a.value - b.value;
      case 'feasibility':
        return a.feasibility - b.feasibility;
      // Quadrants, scopes and statuses sort in the product's order, the same in every language.
      case 'quadrant':
        return QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant);
      case 'scope':
        return SCOPES.indexOf(a.scope) - SCOPES.indexOf(b.scope);
      case 'status':
        return USE_CASE_STATUSES.indexOf(a.status) - USE_CASE_STATUSES.indexOf(b.status);
      default:
        return a.rank - b.rank;
    }
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || a.rank - b.rank);
}
