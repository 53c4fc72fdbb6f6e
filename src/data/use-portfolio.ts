import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db/database';
import { readPortfolio } from '../db/repositories/portfolios';
import { defaultPortfolio, type Portfolio } from '../domain/schema/portfolio';

/** The portfolio settings of a workspace (the defaults when none are saved), read live. */
export function usePortfolio(workspaceId: string): Portfolio | undefined {
  return useLiveQuery(
    async () => (await readPortfolio(database(), workspaceId)) ?? defaultPortfolio(workspaceId),
    [workspaceId],
  );
}
