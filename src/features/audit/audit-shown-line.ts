import type { TFunction } from 'i18next';

/** How many entries are on screen (the pages loaded so far), match, and the trail holds. */
export interface AuditShownCounts {
  shown: number;
  matching: number;
  total: number;
}

/**
 * The trail's status line: how many entries are on screen of those that match, and, when
 * filters narrow the trail, how many it holds in all.
 */
export function auditShownLine(t: TFunction, { shown, matching, total }: AuditShownCounts): string {
  const key = matching < total ? 'auditTrail.shownMatching' : 'auditTrail.shown';
  return t(key, { shown, count: matching, total });
}
