import * as z from 'zod';
import { idSchema, isoDateTimeSchema, workspaceRecordFields } from './common';

/** What the portfolio maximises: the sum of the decision's overall scores, values or yearly benefits. */
export const PORTFOLIO_OBJECTIVES = ['overall', 'value', 'yearlyBenefit'] as const;
const portfolioObjectiveSchema = z.enum(PORTFOLIO_OBJECTIVES);

const MAX_USE_CASES = 100_000;
export const MAX_PORTFOLIO_WAVES = 12;

const amount = z
  .number({ error: 'errors.invalid' })
  .refine(Number.isFinite, { error: 'errors.notFinite' })
  .min(0, { error: 'errors.negative' })
  .max(1e15, { error: 'errors.tooLarge' });

const people = z
  .number({ error: 'errors.invalid' })
  .refine(Number.isFinite, { error: 'errors.notFinite' })
  .min(0, { error: 'errors.negative' })
  .max(100_000, { error: 'errors.tooLarge' });

/** "B needs A": B is chosen only with A, in the same wave or an earlier one. */
export const portfolioDependencySchema = z.strictObject({ useCaseId: idSchema, needsId: idSchema });
export type PortfolioDependency = z.infer<typeof portfolioDependencySchema>;

/** A use case of the chosen portfolio and the wave (0 = first) it starts in. */
const chosenUseCaseSchema = z.strictObject({
  useCaseId: idSchema,
  wave: z.number().int().min(0).max(MAX_PORTFOLIO_WAVES),
});

/** The constraints a person gives; the form edits exactly these. */
export const portfolioConstraintsSchema = z.strictObject({
  objective: portfolioObjectiveSchema,
  /** Sum of the chosen use cases' one-off costs; null: no limit. */
  oneOffBudget: amount.nullable(),
  /** Sum of their yearly running costs; null: no limit. */
  yearlyBudget: amount.nullable(),
  /** People available in each wave, in order (null: no limit); at least one wave. */
  wavePeople: z.array(people.nullable()).min(1).max(MAX_PORTFOLIO_WAVES),
});
export type PortfolioConstraints = z.infer<typeof portfolioConstraintsSchema>;

/**
 * The portfolio settings of a workspace (one record, id = workspace id): constraints, the people
 * each use case needs (1 when not given), dependencies, use cases that must be in or out, and the
 * chosen set once saved. With `usedAsRoadmap`, the roadmap suggestion takes its waves from it.
 */
export const portfolioSchema = z.strictObject({
  ...workspaceRecordFields,
  ...portfolioConstraintsSchema.shape,
  peopleNeeded: z
    .array(z.strictObject({ useCaseId: idSchema, people }))
    .max(MAX_USE_CASES)
    .default([]),
  dependencies: z.array(portfolioDependencySchema).max(MAX_USE_CASES).default([]),
  mustIn: z.array(idSchema).max(MAX_USE_CASES).default([]),
  mustOut: z.array(idSchema).max(MAX_USE_CASES).default([]),
  chosen: z.array(chosenUseCaseSchema).max(MAX_USE_CASES).default([]),
  /** When the chosen set was saved (null: never). */
  chosenAt: isoDateTimeSchema.nullable().default(null),
  usedAsRoadmap: z.boolean().default(false),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

/** A workspace's settings before anything is saved. */
export function defaultPortfolio(workspaceId: string): Portfolio {
  return portfolioSchema.parse({
    id: workspaceId,
    workspaceId,
    objective: 'overall',
    oneOffBudget: null,
    yearlyBudget: null,
    wavePeople: [null],
  });
}
