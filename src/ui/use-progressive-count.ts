import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of `total` heavy items (a book's pages with their charts) to render now: the first
 * `step` at once, then `step` more in each following task, so that opening never blocks the page
 * for the whole list at once. `key` names the list (a filter, a part): a new key starts again.
 * `showAll` renders the rest at once (before printing). Printing from the browser's menu also
 * renders the rest first. Nothing is rendered before `ready` (e.g. the items' code has loaded).
 */
export function useProgressiveCount(
  total: number,
  key: string,
  { step = 4, ready = true }: { step?: number; ready?: boolean } = {},
): { count: number; complete: boolean; showAll: () => void } {
  const [state, setState] = useState({ key, count: step });
  if (state.key !== key) setState({ key, count: step });
  const count = !ready
    ? 0
    : state.key === key
      ? Math.min(state.count, total)
      : Math.min(step, total);
  const complete = ready && count >= total;

  useEffect(() => {
    if (complete || !ready) return;
    const timer = setTimeout(
      () => startTransition(() => setState((s) => ({ ...s, count: s.count + step }))),
      0,
    );
    return () => clearTimeout(timer);
  }, [complete, ready, state, step]);

  const showAll = useCallback(() => {
    flushSync(() => setState((s) => ({ ...s, count: Number.MAX_SAFE_INTEGER })));
  }, []);

  useEffect(() => {
    if (complete) return;
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, [complete, showAll]);

  return { count, complete, showAll };
}
