import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { listReviews } from '../db/repositories/reviews';
import type { Review } from '../domain/schema/review';

/** The hypothesis reviews of a workspace, oldest first, read live; undefined while loading. */
export function useReviews(workspaceId: string): Review[] | undefined {
  return useLiveQuery(() => listReviews(database(), workspaceId), [workspaceId]);
}
