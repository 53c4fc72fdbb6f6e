import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listWaves } from '../db/repositories/roadmap';

/** Whether a use case is placed in one of its workspace's roadmap waves (read live). */
export function usePlacedInWave(workspaceId: string, useCaseId: string): boolean | undefined {
  return useLiveQuery(
    async () =>
      (await listWaves(database(), workspaceId)).some((w) => w.useCaseIds.includes(useCaseId)),
    [workspaceId, useCaseId],
  );
}
