import type { PortfolioInstance } from '../../domain/portfolio/portfolio-instance';
import type { PortfolioResult } from '../../domain/portfolio/solve-portfolio';

export type SolveMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: PortfolioResult }
  | { type: 'failed'; reason: string };

export interface SolveRun {
  result: Promise<PortfolioResult>;
  /** Stops the solve: the worker is terminated, the result never comes. */
  cancel: () => void;
}

/** Solves in its own module worker (one per solve), reporting progress (done of total solves). */
export function solveOffThread(
  instance: PortfolioInstance,
  onProgress: (done: number, total: number) => void,
): SolveRun {
  const worker = new Worker(new URL('./portfolio-worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<PortfolioResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SolveMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.done, message.total);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.reason));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The solver could not start'));
    };
  });
  worker.postMessage(instance);
  return { result, cancel: () => worker.terminate() };
}
