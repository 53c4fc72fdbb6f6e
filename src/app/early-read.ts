import { startEarlyRankingRead } from '../db/early-ranking-read';
import { SCREENS } from './navigation';

/**
 * The screens that read the ranking records (their routes warm `rankingRecords`): those of the
 * side navigation, the book and a use case's page (under `use-cases/`). A workspace's address
 * without a screen opens its use cases.
 */
const RANKED = new Set([
  ...SCREENS.filter((s) => s.reads?.includes('rankingRecords')).map((s) => s.path),
  'book',
]);

/** The workspace whose ranking records the screen at `pathname` reads, or null. */
export function rankedWorkspaceAt(pathname: string): string | null {
  const match = /^\/w\/([^/]+)(?:\/([^/]+))?\/?/.exec(pathname);
  if (!match?.[1]) return null;
  if (!RANKED.has(match[2] ?? 'use-cases')) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * Started by the page before anything else (the first import of main.tsx): on a screen that ranks,
 * its workspace's use cases, scorecards and decisions are read at once, while the app's code and
 * Dexie load, and handed to their live query (workspace-queries' `rankingRecords`).
 */
export function startEarlyRead(pathname: string): void {
  const workspaceId = rankedWorkspaceAt(pathname);
  if (workspaceId !== null) startEarlyRankingRead(workspaceId);
}
