import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useProgressiveCount } from '../../../ui/use-progressive-count';

type Mode = 'idle' | 'preparing' | 'all';

/**
 * Printing the book's part: on screen only the pages near the viewport are drawn, but the print
 * holds every page of the part. The Print button draws them a few per task (saying how many are
 * ready), then prints; the browser's own print (its menu, Ctrl+P) draws them all at once first.
 * After printing the pages near the viewport alone stay drawn. `part` names the part (the
 * filters and its first use case): another part starts from nothing.
 */
export function useBookPrint(
  total: number,
  part: string,
  { ready }: { ready: boolean },
): {
  /** Pages of the part drawn for printing: the first `drawn` (every page once printing). */
  drawn: number;
  preparing: boolean;
  print: () => void;
} {
  const [state, setState] = useState<{ part: string; mode: Mode; run: number }>({
    part,
    mode: 'idle',
    run: 0,
  });
  const mode = state.part === part ? state.mode : 'idle';
  const progress = useProgressiveCount(total, `${part}|${state.run}`, {
    ready: ready && mode === 'preparing',
    // One page (and its charts) per task: the page stays responsive while the print is prepared.
    step: 1,
  });
  // Every page drawn: the print starts; they stay drawn until the browser has printed.
  const prepared = mode === 'preparing' && progress.complete;
  useEffect(() => {
    if (prepared) window.print();
  }, [prepared]);

  useEffect(() => {
    const before = () => flushSync(() => setState((s) => ({ ...s, part, mode: 'all' })));
    const after = () => setState((s) => ({ ...s, mode: 'idle' }));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [part]);

  return {
    drawn: mode === 'all' ? total : mode === 'preparing' ? progress.count : 0,
    preparing: mode === 'preparing' && !prepared,
    print: () => setState((s) => ({ part, mode: 'preparing', run: s.run + 1 })),
  };
}
