import '../../domain/schema/zod-without-jit';
import type { DecisionInput } from '../../domain/decision/decide-workspace';
import { rankRobustness } from '../../domain/sensitivity/rank-robustness';

export interface RobustnessRequest {
  /** The workspace as decided, with the weights being looked at. */
  input: DecisionInput;
  k: number;
  seed: number;
}

/** 1,000 decisions of a large workspace take seconds: they run here, off the page's thread. */
self.onmessage = (event: MessageEvent<RobustnessRequest>) => {
  const { input, k, seed } = event.data;
  self.postMessage(rankRobustness(input, { k, seed }));
};
