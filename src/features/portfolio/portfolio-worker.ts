import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import type { PortfolioInstance } from '../../domain/portfolio/portfolio-instance';
import { HIGHS_OPTIONS, answerOfHighs } from '../../domain/portfolio/portfolio-model';
import { solvePortfolio } from '../../domain/portfolio/solve-portfolio';
import type { SolveMessage } from './solve-off-thread';

/**
 * Solves a portfolio off the page's thread with HiGHS (WebAssembly): the optimum, the greedy
 * pick, the frontier, reporting its progress. A module worker of our own origin; the solver's
 * .wasm file is one of our own assets (Vite's ?url), never fetched from another host. The
 * Content Security Policy allows compiling it with 'wasm-unsafe-eval' (server/headers.ts).
 */
const post = (message: SolveMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<PortfolioInstance>) => {
  try {
    const highs = await loadHighs({ locateFile: () => wasmUrl });
    const result = solvePortfolio(
      event.data,
      (lp) => answerOfHighs(highs.solve(lp, HIGHS_OPTIONS)),
      (done, total) => post({ type: 'progress', done, total }),
    );
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
};
