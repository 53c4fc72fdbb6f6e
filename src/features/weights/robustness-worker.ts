import '../../domain/schema/zod-without-jit';
import type { RankingInput, RankingSettings } from '../../domain/ranking/rank-use-cases';
import { rankRobustness } from '../../domain/sensitivity/rank-robustness';

export interface RobustnessRequest {
  inputs: RankingInput[];
  settings: RankingSettings;
  k: number;
  seed: number;
}

/** 1,000 rankings of a large workspace take seconds: they run here, off the page's thread. */
self.onmessage = (event: MessageEvent<RobustnessRequest>) => {
  const { inputs, settings, k, seed } = event.data;
  self.postMessage(rankRobustness(inputs, settings, { k, seed }));
};
