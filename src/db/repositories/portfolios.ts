import { toJson } from '../../domain/audit/record-changes';
import { defaultPortfolio, portfolioSchema, type Portfolio } from '../../domain/schema/portfolio';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { writeChange } from '../write';

/** The portfolio settings of a workspace (one record, its id the workspace's); null: none saved. */
export async function readPortfolio(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<Portfolio | null> {
  return (await db.portfolios.where('workspaceId').equals(workspaceId).first()) ?? null;
}

/** What a person sets on the portfolio screen (the rest is kept). */
export type PortfolioSettings = Pick<
  Portfolio,
  | 'objective'
  | 'oneOffBudget'
  | 'yearlyBudget'
  | 'wavePeople'
  | 'peopleNeeded'
  | 'dependencies'
  | 'mustIn'
  | 'mustOut'
>;

async function writePortfolio(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  change: (was: Portfolio, now: string) => Portfolio,
  action: 'updated' | 'decided',
): Promise<Portfolio> {
  return writeChange(db, ctx, [db.portfolios], async (now) => {
    const stored = await readPortfolio(db, workspaceId);
    const was = stored ?? defaultPortfolio(workspaceId);
    const next = portfolioSchema.parse(change(was, now));
    await db.portfolios.put(next);
    return {
      result: next,
      audit: [
        {
          workspaceId,
          action: stored ? action : 'created',
          entityType: 'portfolio',
          entityId: next.id,
          label: 'Portfolio',
          before: stored ? toJson(stored) : null,
          after: toJson(next),
        },
      ],
    };
  });
}

/**
 * Saves the settings and the chosen set (its use cases and their waves), traced as a decision.
 * A chosen set no longer used as the roadmap until someone says so again.
 */
export function saveChosenPortfolio(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  settings: PortfolioSettings,
  chosen: Portfolio['chosen'],
): Promise<Portfolio> {
  return writePortfolio(
    db,
    ctx,
    workspaceId,
    (was, now) => ({ ...was, ...settings, chosen, chosenAt: now, usedAsRoadmap: false }),
    'decided',
  );
}

/** The roadmap suggestion takes (or no longer takes) its waves from the chosen set: a decision. */
export function adoptPortfolioAsRoadmap(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  used: boolean,
): Promise<Portfolio> {
  return writePortfolio(
    db,
    ctx,
    workspaceId,
    (was) => {
      if (used && was.chosenAt === null) throw new Error('No chosen portfolio to use');
      return { ...was, usedAsRoadmap: used };
    },
    'decided',
  );
}
