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
 *
 * A query may also start from a result read before Dexie was loaded (`HandOver`, see
 * src/db/early-ranking-read.ts): it shows that result and keeps it live without reading it again.
 */

interface Listener<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/** How long a warmed query waits for its screen before it stops (the screen may never come). */
const WARM_FOR_MS = 10_000;

/**
 * A result read before the live query started (by the page, before Dexie was loaded), handed over
 * to it. Dexie's announcements of changes were watched from before that read: the live query
 * uses the result only when none came, and otherwise reads for itself.
 */
export interface HandOver<T> {
  /** The result, or null when it could not be read early. */
  value: Promise<T | null>;
  /** Whether a change was announced since the early read began. */
  changed: () => boolean;
  /** Calls `listener` at the next change announced (until stopped). */
  onChange: (listener: () => void) => void;
  /** Stops watching the changes. */
  stop: () => void;
  /**
   * Inside the live query: makes Dexie watch what the querier's read watches (e.g. by reading the
   * records' keys only, or the records to check a copy against them), and gives back the result
   * shown or, when it proves outdated, the one read.
   */
  observe: (shown: T) => Promise<T>;
  /**
   * How long after the page is idle the live query starts (observe's first read): longer when
   * that read is a whole check, which would hold the screen's own small reads behind it.
   */
  startAfterMs?: () => number;
}

/**
 * After the hand-over, how long a change announced to the early watch still makes the query read
 * again: another tab's announcement reaches Dexie and the early watch separately, in either order.
 */
const HAND_OVER_GRACE_MS = 3_000;

/** Runs `task` `afterMs` after the page is next idle (once the screen has drawn; 2 s at most). */
function whenIdle(afterMs: number, task: () => void): void {
  const later = () => setTimeout(task, afterMs);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(later, { timeout: 2_000 });
  else later();
}

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
    private handOver: HandOver<T> | null = null,
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
    const early = this.handOver;
    this.handOver = null;
    this.inner = early ? this.startFrom(early) : this.run(this.querier);
  }

  private run(querier: () => Promise<T>): Subscription {
    return liveQuery(querier).subscribe({
      next: (value) => this.emit(value),
      error: (error: unknown) => {
        this.failure = { error };
        for (const listener of [...this.listeners]) listener.error(error);
      },
    });
  }

  private emit(value: T): void {
    // The hand-over's first live result is the very result already shown.
    if (this.has && !this.failure && Object.is(value, this.value)) return;
    this.value = value;
    this.has = true;
    this.failure = null;
    for (const listener of [...this.listeners]) listener.next(value);
  }

  /**
   * Shows the early result as soon as it arrives, then runs the live query, whose first run only
   * makes Dexie watch the records (HandOver.observe) and gives back that result, unless a change
   * was announced since the early read: then it reads, as every later run does.
   */
  private startFrom(handOver: HandOver<T>): Subscription {
    const { value: early, changed, onChange, stop, observe } = handOver;
    // Only the functions are kept: once handed over, the early result is held by this query's
    // value alone (a later read replaces it and lets it go).
    let stopped = false;
    let live: Subscription | null = null;
    const readAgain = () => {
      stop();
      live?.unsubscribe();
      if (!stopped) live = this.run(this.querier);
    };
    void early.then(
      (value) => {
        if (stopped) return;
        if (value === null || changed()) return readAgain();
        this.emit(value);
        onChange(readAgain);
        // The live query starts once the page is idle: its first run reads from IndexedDB (the
        // keys, or the records a copy is checked against), and the screen's own small reads,
        // issued as it mounts, are served first. Until then the early watch hears every change.
        let kept: T | null = value;
        whenIdle(handOver.startAfterMs?.() ?? 0, () => {
          if (stopped || live) return;
          live = this.run(async () => {
            const first = kept;
            kept = null;
            if (first === null || changed()) return this.querier();
            // From here on Dexie hears every change itself (it listens from this run's start).
            return observe(first);
          });
          setTimeout(stop, HAND_OVER_GRACE_MS);
        });
      },
      () => readAgain(),
    );
    return {
      get closed() {
        return stopped;
      },
      unsubscribe: () => {
        stopped = true;
        stop();
        live?.unsubscribe();
      },
    };
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

/** `handOver` is asked only when the query is created (a running one has its result). */
function sharedQuery<T>(
  key: string,
  querier: () => Promise<T>,
  handOver?: () => HandOver<T> | null,
): SharedLiveQuery<T> {
  const running = shared.get(key) as SharedLiveQuery<T> | undefined;
  if (running) return running;
  const query = new SharedLiveQuery(key, querier, handOver?.() ?? null);
  shared.set(key, query as SharedLiveQuery<unknown>);
  return query;
}

/** Starts a live query now, to be picked up by `useSharedLiveQuery` with the same key. */
export function warmLiveQuery<T>(
  key: string,
  querier: () => Promise<T>,
  handOver?: () => HandOver<T> | null,
): void {
  sharedQuery(key, querier, handOver).keepWarm();
}

/**
 * Like dexie-react-hooks' useLiveQuery, but shares the query with other readers of the same key
 * and starts with the result of a warmed query when there is one. The key must name everything
 * the querier depends on (e.g. `workspace:<id>`).
 */
export function useSharedLiveQuery<T>(
  key: string,
  querier: () => Promise<T>,
  handOver?: () => HandOver<T> | null,
): T | undefined {
  return useObservable(() => sharedQuery(key, querier, handOver), [key]);
}

/** For tests: the keys of the queries running now. */
export function runningSharedQueries(): string[] {
  return [...shared.keys()];
}
