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
/**
 * Whether a screen drew the list while none was subscribed: React subscribes once the screen is
 * committed, in an effect that can run a task later, after the stop below. Stopping then would
 * take away the list just drawn (the screen would show "Loading" until the live query answers).
 */
let drawnUnsubscribed = false;

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
  drawnUnsubscribed = false;
  clearTimeout(stopping);
  stopLive ??= startLive();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    drawnUnsubscribed = false;
    // Not at once: React's strict mode unsubscribes and subscribes again in the same commit.
    stopping = setTimeout(() => {
      // A screen that drew the list meanwhile is about to subscribe: the query keeps running (and
      // the list it drew stays up to date). Should that screen never be committed, the query
      // stops when its next reader leaves.
      if (drawnUnsubscribed) return;
      stopLive?.();
      stopLive = null;
      // The next screen to show the list reads it afresh (as a live query does).
      current = undefined;
      failure = undefined;
    }, 0);
  };
}

function snapshot(): WorkspaceSummary[] | undefined {
  if (listeners.size === 0) drawnUnsubscribed = true;
  return current;
}

/** All workspaces; undefined while loading (so loading and empty differ). */
export function useWorkspaces(): WorkspaceSummary[] | undefined {
  const list = useSyncExternalStore(subscribe, snapshot);
  // As useLiveQuery does: a failed read is the route's error to show.
  if (failure !== undefined) throw failure;
  return list;
}
