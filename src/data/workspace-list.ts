import { useSyncExternalStore } from 'react';
import type { WorkspaceSummary } from '../db/repositories/workspace-reads';

/**
 * The list of workspaces, live, without loading Dexie with the first screen: the page starts
 * with the list read before Dexie (src/db/read-before-dexie.ts, given to `seedWorkspaceList`),
 * and the live query (./workspace-list-live, with Dexie) takes over as soon as it is loaded.
 * The live query runs while a screen shows the list, and stops just after the last one leaves.
 */
let current: WorkspaceSummary[] | undefined;
let failure: Error | undefined;
const listeners = new Set<() => void>();
let stopLive: (() => void) | null = null;
let stopping: ReturnType<typeof setTimeout> | undefined;

/** The list read before Dexie, shown until the live query answers. */
export function seedWorkspaceList(list: WorkspaceSummary[]): void {
  current = list;
}

function publish(list: WorkspaceSummary[] | undefined, error?: Error): void {
  current = list;
  failure = error;
  for (const listener of listeners) listener();
}

function startLive(): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | undefined;
  void import('./workspace-list-live').then(({ watchWorkspaces }) => {
    if (stopped) return;
    unsubscribe = watchWorkspaces(
      (list) => publish(list),
      (error) => publish(undefined, error instanceof Error ? error : new Error(String(error))),
    );
  });
  return () => {
    stopped = true;
    unsubscribe?.();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  clearTimeout(stopping);
  stopLive ??= startLive();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    // Not at once: React's strict mode unsubscribes and subscribes again in the same commit.
    stopping = setTimeout(() => {
      stopLive?.();
      stopLive = null;
      // The next screen to show the list reads it afresh (as a live query does).
      current = undefined;
      failure = undefined;
    }, 0);
  };
}

/** All workspaces; undefined while loading (so loading and empty differ). */
export function useWorkspaces(): WorkspaceSummary[] | undefined {
  const list = useSyncExternalStore(subscribe, () => current);
  // As useLiveQuery does: a failed read is the route's error to show.
  if (failure !== undefined) throw failure;
  return list;
}
