import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import {
  readBusinessCaseRecords,
  type BusinessCaseRecords,
} from '../db/repositories/business-case';

/**
 * The workflows, steps, participants, scorecards and decisions of a workspace, read live, for
 * the one-page business cases and the book; undefined while loading.
 */
export function useBusinessCaseRecords(workspaceId: string): BusinessCaseRecords | undefined {
  return useLiveQuery(() => readBusinessCaseRecords(database(), workspaceId), [workspaceId]);
}
