import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { listWeightSets } from '../../db/repositories/weight-sets';
import type { WeightSet } from '../../domain/schema/weight-set';

/** The workspace's saved weight sets, live; undefined while loading. */
export function useWeightSets(workspaceId: string): WeightSet[] | undefined {
  return useLiveQuery(() => listWeightSets(database(), workspaceId), [workspaceId]);
}
