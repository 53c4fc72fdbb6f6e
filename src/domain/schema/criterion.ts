import * as z from 'zod';

/** The eight criteria of SCORING.md section 1, in their canonical order. */
export const CRITERION_IDS = [
  'strategicValue',
  'customerImpact',
  'financialPotential',
  'dataMaturity',
  'technicalComplexity',
  'brandImpact',
  'complianceRisk',
  'strategicAlignment',
] as const;

export const criterionIdSchema = z.enum(CRITERION_IDS);
export type CriterionId = z.infer<typeof criterionIdSchema>;

export type Axis = 'value' | 'feasibility';
export type Direction = 'higherIsBetter' | 'higherIsWorse';

export interface CriterionDefinition {
  id: CriterionId;
  axis: Axis;
  direction: Direction;
}

export const CRITERIA: readonly CriterionDefinition[] = [
  { id: 'strategicValue', axis: 'value', direction: 'higherIsBetter' },
  { id: 'customerImpact', axis: 'value', direction: 'higherIsBetter' },
  { id: 'financialPotential', axis: 'value', direction: 'higherIsBetter' },
  { id: 'dataMaturity', axis: 'feasibility', direction: 'higherIsBetter' },
  { id: 'technicalComplexity', axis: 'feasibility', direction: 'higherIsWorse' },
  { id: 'brandImpact', axis: 'value', direction: 'higherIsBetter' },
  { id: 'complianceRisk', axis: 'feasibility', direction: 'higherIsWorse' },
  { id: 'strategicAlignment', axis: 'value', direction: 'higherIsBetter' },
];

export function criterionDefinition(id: CriterionId): CriterionDefinition {
  const found = CRITERIA.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown criterion ${id}`);
  return found;
}

export function criteriaOfAxis(axis: Axis): CriterionId[] {
  return CRITERIA.filter((c) => c.axis === axis).map((c) => c.id);
}

/** A raw score: an integer 1..5 given by one rater. */
export const rawScoreSchema = z
  .number()
  .int({ error: 'errors.scoreInteger' })
  .min(1, { error: 'errors.scoreRange' })
  .max(5, { error: 'errors.scoreRange' });

/** Weights per criterion: non-negative, finite (SCORING.md section 3). */
export const weightSchema = z
  .number()
  .refine(Number.isFinite, { error: 'errors.notFinite' })
  .min(0, { error: 'errors.negative' })
  .max(1000, { error: 'errors.tooLarge' });

export const weightsSchema = z.strictObject(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, weightSchema])) as Record<
    CriterionId,
    typeof weightSchema
  >,
);
export type Weights = z.infer<typeof weightsSchema>;

export function defaultWeights(): Weights {
  return Object.fromEntries(CRITERION_IDS.map((id) => [id, 1])) as Weights;
}
