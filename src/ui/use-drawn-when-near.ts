import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Heavy items of a long scrolling view (a book's pages with their charts) drawn only near the
 * viewport: a placeholder of the item's size stands for the others. An item that comes within
 * `margin` of the viewport waits for its turn: the items are drawn one per task (one shared
 * queue), so that opening or scrolling never draws several in one long task. An item that
 * leaves the margin is undrawn, and its placeholder keeps the height it had when drawn.
 */

/** How far beyond the viewport an item is drawn ahead (above and below). */
const NEAR_MARGIN = '100% 0px';

interface Turn {
  start: () => void;
}

const waiting: Turn[] = [];
let drawing: Turn | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Gives the next waiting item its turn, in a task of its own, once the previous one is done. */
function next(): void {
  if (drawing || timer !== undefined || waiting.length === 0) return;
  timer = setTimeout(() => {
    timer = undefined;
    const turn = waiting.shift();
    if (!turn) return;
    drawing = turn;
    turn.start();
  }, 0);
}

/** Queues a turn; the returned function leaves the queue (or ends the turn once drawn). */
function queue(turn: Turn): () => void {
  waiting.push(turn);
  next();
  return () => {
    const at = waiting.indexOf(turn);
    if (at >= 0) waiting.splice(at, 1);
    if (drawing === turn) {
      drawing = null;
      next();
    }
  };
}

type Watcher = (entry: IntersectionObserverEntry) => void;
const observers = new Map<
  string,
  { observer: IntersectionObserver; watchers: Map<Element, Watcher> }
>();

/** One observer per margin for every item; returns the function that stops watching. */
function watch(element: Element, margin: string, watcher: Watcher): () => void {
  let shared = observers.get(margin);
  if (!shared) {
    const watchers = new Map<Element, Watcher>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) watchers.get(entry.target)?.(entry);
      },
      { rootMargin: margin },
    );
    shared = { observer, watchers };
    observers.set(margin, shared);
  }
  const { observer, watchers } = shared;
  watchers.set(element, watcher);
  observer.observe(element);
  return () => {
    observer.unobserve(element);
    watchers.delete(element);
  };
}

export interface DrawnWhenNear {
  /** Put on the item's outer element (placeholder or drawn): the one watched. */
  ref: (element: Element | null) => void;
  drawn: boolean;
  /** The item's height when it was last drawn (for its placeholder); null before. */
  height: number | null;
}

/**
 * Whether an item is drawn now. `always`: drawn at once, whatever its place (printing).
 * `ready`: nothing is drawn before (e.g. the items' code has loaded). Without an
 * IntersectionObserver (an old browser) every item is drawn, in turns. `onDrawnHeight` (a stable
 * function) hears the item's height while it is drawn, and again when it changes (e.g. to
 * estimate the size of the items never drawn).
 */
export function useDrawnWhenNear({
  always = false,
  ready = true,
  margin = NEAR_MARGIN,
  onDrawnHeight,
}: {
  always?: boolean;
  ready?: boolean;
  margin?: string;
  onDrawnHeight?: (height: number) => void;
} = {}): DrawnWhenNear {
  const [element, setElement] = useState<Element | null>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const [granted, setGranted] = useState(false);
  const [height, setHeight] = useState<number | null>(null);
  const ref = useCallback((next: Element | null) => setElement(next), []);
  const wasDrawn = useRef(false);

  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    return watch(element, margin, (entry) => {
      if (entry.isIntersecting) setNear(true);
      else {
        setNear(false);
        if (wasDrawn.current) setHeight(entry.boundingClientRect.height);
      }
    });
  }, [element, margin]);

  const wanted = near && ready && !granted && !always;
  useEffect(() => {
    if (!wanted) return;
    // Leaving the queue when the item is no longer wanted (drawn, far, or gone) ends its turn.
    return queue({ start: () => startTransition(() => setGranted(true)) });
  }, [wanted]);
  // Far again: the next approach waits for a turn again.
  if (granted && !near) setGranted(false);

  const drawn = always || (ready && near && granted);
  useEffect(() => {
    wasDrawn.current = drawn;
  }, [drawn]);
  // A layout effect: the observer stops on the commit that undraws the item, before it could
  // report the placeholder's height as the item's.
  useLayoutEffect(() => {
    if (!drawn || !element || !onDrawnHeight || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { height: drawnHeight } = element.getBoundingClientRect();
      if (drawnHeight > 0) onDrawnHeight(drawnHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [drawn, element, onDrawnHeight]);
  return { ref, drawn, height };
}
