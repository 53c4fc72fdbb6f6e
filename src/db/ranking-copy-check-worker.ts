import { checkRankingCopy, type CopyCheckJob } from './ranking-copy-check';

/** The check of a cold load's copy of the ranking records, off the page's thread. */
self.onmessage = async (event: MessageEvent<CopyCheckJob>) => {
  const { name, workspaceId, stamp } = event.data;
  self.postMessage(await checkRankingCopy(name, workspaceId, stamp));
};
