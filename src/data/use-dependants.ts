import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '../db/database';
import {
  readDependantRecords,
  removeWithDependants,
  undoRemoval,
} from '../db/repositories/dependants';
import type { DependantRecords, DependantTarget } from '../domain/dependants/dependants';
import type { RecordChange, RemovalChoice } from '../domain/dependants/removal-plan';
import { useChangeContext } from './use-actor';

/** The records removals look at, live (undefined while loading, null: no such workspace). */
export function useDependantRecords(workspaceId: string): DependantRecords | null | undefined {
  return useLiveQuery(() => readDependantRecords(database(), workspaceId), [workspaceId]);
}

/** Removal with dependants and its undo, signed by the person at this browser. */
export function useRemovalWrites(workspaceId: string) {
  const change = useChangeContext();
  return useMemo(
    () => ({
      remove: (target: DependantTarget, choice: RemovalChoice) =>
        removeWithDependants(database(), change(), workspaceId, target, choice),
      undo: (changes: RecordChange[]) => undoRemoval(database(), change(), workspaceId, changes),
    }),
    [change, workspaceId],
  );
}
