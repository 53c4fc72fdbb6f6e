import { useCallback, useEffect, useRef, useState } from 'react';
import { rankRobustness, type Robustness } from '../../domain/sensitivity/rank-robustness';
import type { RobustnessRequest } from './robustness-worker';

export interface RobustnessRun {
  /** The settings the figures were computed for (to tell when they are out of date). */
  key: string;
  rows: Robustness[];
}

/**
 * Rank robustness computed on demand in a worker (the page never freezes); the figures come
 * with the key of the settings they were computed for.
 */
export function useRobustness(): {
  run: RobustnessRun | null;
  busy: boolean;
  compute: (key: string, request: RobustnessRequest) => void;
} {
  const [run, setRun] = useState<RobustnessRun | null>(null);
  const [busy, setBusy] = useState(false);
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const compute = useCallback((key: string, request: RobustnessRequest) => {
    worker.current?.terminate();
    setBusy(true);
    const done = (rows: Robustness[]) => {
      setRun({ key, rows });
      setBusy(false);
    };
    if (typeof Worker === 'undefined') {
      window.setTimeout(() => done(computeHere(request)), 0);
      return;
    }
    const w = new Worker(new URL('./robustness-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<Robustness[]>) => {
      done(event.data);
      w.terminate();
    };
    w.onerror = () => {
      w.terminate();
      done(computeHere(request));
    };
    w.postMessage(request);
  }, []);
  return { run, busy, compute };
}

function computeHere({ input, k, seed }: RobustnessRequest): Robustness[] {
  return rankRobustness(input, { k, seed });
}
