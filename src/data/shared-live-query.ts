import { liveQuery, type Subscription } from 'dexie';
import { useObservable } from 'dexie-react-hooks';

/**
 * Live queries shared by key, and started before the screen that needs them has loaded.
 *
 * Opening a workspace screen from its address used to run in series: the code of the screen
 * loaded, then the workspace was read, then the screen mounted and read its records. A route
 * loader now starts the reads (`warmLiveQuery`) while the screen's code loads; the screen's hook
 * (`useSharedLiveQuery`) picks up the same live query, with its result already there when it
 * arrived first. Components that read the same key share one query.
 */

interface Listener<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/** How long a warmed query waits for its screen before it stops (the screen may never come). */
const WARM_FOR_MS = 10_000;

class SharedLiveQuery<T> {
  private listeners = new Set<Listener<T>>();
  private inner: Subscription | null = null;
  private kept = false;
  private has = false;
  private value: T | undefined;
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly key: string,
    private readonly querier: () => Promise<T>,
  ) {}

  /** Runs without a subscriber for a while: the result is ready when the screen asks. */
  keepWarm(): void {
    this.kept = true;
    this.start();
    setTimeout(() => {
      this.kept = false;
      this.stopWhenUnused();
    }, WARM_FOR_MS);
  }

  hasValue(): boolean {
    return this.has;
  }

  getValue(): T | undefined {
    return this.value;
  }

  /** The shape dexie-react-hooks' useObservable expects; the latest result is given at once. */
  subscribe(next: (value: T) => void, error: (error: unknown) => void): Subscription {
    const listener: Listener<T> = { next, error };
    this.listeners.add(listener);
    this.start();
    if (this.failure) error(this.failure.error);
    else if (this.has) next(this.value as T);
    let closed = false;
    return {
      get closed() {
        return closed;
      },
      unsubscribe: () => {
        closed = true;
        this.listeners.delete(listener);
        this.stopWhenUnused();
      },
    };
  }

  private start(): void {
    if (this.inner) return;
    if (!shared.has(this.key)) shared.set(this.key, this as SharedLiveQuery<unknown>);
    this.inner = liveQuery(this.querier).subscribe({
      next: (value) => {
        this.value = value;
        this.has = true;
        this.failure = null;
        for (const listener of [...this.listeners]) listener.next(value);
      },
      error: (error: unknown) => {
        this.failure = { error };
        for (const listener of [...this.listeners]) listener.error(error);
      },
    });
  }

  /** Stops when nobody reads it any more (nor keeps it warm, nor retains its key). */
  stopWhenUnused(): void {
    if (this.kept || retained.has(this.key) || this.listeners.size > 0 || !this.inner) return;
    this.inner.unsubscribe();
    this.inner = null;
    // A later reader starts afresh rather than trusting a result nobody kept up to date.
    if (shared.get(this.key) === this) shared.delete(this.key);
  }
}

const shared = new Map<string, SharedLiveQuery<unknown>>();
/** Keys whose query keeps running once started, without readers, until released. */
const retained = new Map<string, number>();

/**
 * Keeps the query of `key`, once a reader has started it, running between its readers until the
 * returned release is called: moving from one screen to another that reads the same records
 * then finds them in memory instead of reading them again.
 */
export function retainLiveQuery(key: string): () => void {
  retained.set(key, (retained.get(key) ?? 0) + 1);
  return () => {
    const count = (retained.get(key) ?? 1) - 1;
    if (count > 0) retained.set(key, count);
    else retained.delete(key);
    shared.get(key)?.stopWhenUnused();
  };
}

function sharedQuery<T>(key: string, querier: () => Promise<T>): SharedLiveQuery<T> {
  const running = shared.get(key) as SharedLiveQuery<T> | undefined;
  if (running) return running;
  const query = new SharedLiveQuery(key, querier);
  shared.set(key, query as SharedLiveQuery<unknown>);
  return query;
}

/** Starts a live query now, to be picked up by `useSharedLiveQuery` with the same key. */
export function warmLiveQuery<T>(key: string, querier: () => Promise<T>): void {
  sharedQuery(key, querier).keepWarm();
}

/**
 * Like dexie-react-hooks' useLiveQuery, but shares the query with other readers of the same key
 * and starts with the result of a warmed query when there is one. The key must name everything
 * the querier depends on (e.g. `workspace:<id>`).
 */
export function useSharedLiveQuery<T>(key: string, querier: () => Promise<T>): T | undefined {
  return useObservable(() => sharedQuery(key, querier), [key]);
}

/** For tests: the keys of the queries running now. */
export function runningSharedQueries(): string[] {
  return [...shared.keys()];
}
