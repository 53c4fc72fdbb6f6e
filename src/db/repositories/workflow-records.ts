import type { UseCase } from '../../domain/schema/use-case';
import type { ClarteDatabase } from '../database';

/** Every table a change to workflows, steps or frictions may write, in one transaction. */
export function discoveryTables(db: ClarteDatabase) {
  return [db.workspaces, db.workflows, db.steps, db.frictions, db.useCases, db.audit];
}

/** Use cases anchored on any of these steps (asked before deleting them). */
export async function listUseCasesAnchoredOn(
  db: ClarteDatabase,
  stepIds: readonly string[],
): Promise<UseCase[]> {
  if (stepIds.length === 0) return [];
  return db.useCases
    .where('stepIds')
    .anyOf([...stepIds])
    .distinct()
    .toArray();
}
