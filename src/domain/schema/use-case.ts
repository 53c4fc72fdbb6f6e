import * as z from 'zod';
import {
  currencyCodeSchema,
  LIMITS,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  nonNegativeNumber,
  optionalNameSchema,
  textSchema,
  finiteNumber,
  workspaceRecordFields,
} from './common';

export const USE_CASE_STATUSES = [
  'idea',
  'qualified',
  'scored',
  'planned',
  'inProgress',
  'done',
  'abandoned',
] as const;
export const useCaseStatusSchema = z.enum(USE_CASE_STATUSES);
export type UseCaseStatus = z.infer<typeof useCaseStatusSchema>;

export const SCOPES = ['internal', 'external'] as const;
export const scopeSchema = z.enum(SCOPES);
export type Scope = z.infer<typeof scopeSchema>;

/** What a person states about a use case in a line or two: the use-case dialog edits these,
 *  a spreadsheet import fills them (with the scores). */
export const USE_CASE_HEADLINE_FIELDS = [
  'title',
  'description',
  'scope',
  'owner',
  'status',
  'tags',
] as const;

export const AUTOMATION_LEVELS = ['suggest', 'assist', 'automateWithReview', 'automate'] as const;
export const automationLevelSchema = z.enum(AUTOMATION_LEVELS);

/** Hybrid by design: what the machine does, where a human takes over, and who. */
const humanLoopSchema = z.strictObject({
  automationLevel: automationLevelSchema.nullable().default(null),
  exceptionOwner: optionalNameSchema.default(''),
  howToPause: textSchema.default(''),
});

const successMeasureSchema = z.strictObject({
  kpiId: idSchema.nullable().default(null),
  baseline: finiteNumber.nullable().default(null),
  target: finiteNumber.nullable().default(null),
  reviewDate: isoDateSchema.nullable().default(null),
});

/** The use case pushes a KPI's value up or down (good or bad depends on the KPI's direction). */
export const kpiEffectSchema = z.strictObject({
  kpiId: idSchema,
  effect: z.enum(['increase', 'decrease']),
});
export type KpiEffect = z.infer<typeof kpiEffectSchema>;

/** Inputs of SCORING.md section 11; every one optional and non-negative. */
export const financialEstimateSchema = z.strictObject({
  yearlyVolume: nonNegativeNumber.nullable().default(null),
  minutesSavedPerItem: nonNegativeNumber.nullable().default(null),
  hourlyCost: nonNegativeNumber.nullable().default(null),
  /** 0..100 % */
  adoptionRate: nonNegativeNumber
    .refine((n) => n <= 100, { error: 'errors.percentRange' })
    .nullable()
    .default(null),
  yearlyRevenueUplift: nonNegativeNumber.nullable().default(null),
  oneOffCost: nonNegativeNumber.nullable().default(null),
  yearlyRunningCost: nonNegativeNumber.nullable().default(null),
  currency: currencyCodeSchema.default('EUR'),
});
export type FinancialEstimate = z.infer<typeof financialEstimateSchema>;

const tagSchema = z.string().trim().min(1).max(LIMITS.tag, { error: 'errors.tagTooLong' });

export const useCaseSchema = z.strictObject({
  ...workspaceRecordFields,
  title: nameSchema,
  description: textSchema.default(''),
  scope: scopeSchema,
  /** Steps of workflows this use case is anchored on. */
  stepIds: z.array(idSchema).max(LIMITS.list).default([]),
  owner: optionalNameSchema.default(''),
  intention: textSchema.default(''),
  dataSignals: textSchema.default(''),
  humanLoop: humanLoopSchema.default(humanLoopSchema.parse({})),
  successMeasure: successMeasureSchema.default(successMeasureSchema.parse({})),
  kpiEffects: z.array(kpiEffectSchema).max(LIMITS.list).default([]),
  financialEstimate: financialEstimateSchema.default(financialEstimateSchema.parse({})),
  complianceNote: textSchema.default(''),
  status: useCaseStatusSchema,
  /** Why it was abandoned, when it was. */
  statusReason: textSchema.default(''),
  tags: z.array(tagSchema).max(50).default([]),
  /** With blind scoring: when the facilitator revealed the participants' scores (null: hidden). */
  scoresRevealedAt: isoDateTimeSchema.nullable().default(null),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type UseCase = z.infer<typeof useCaseSchema>;

/** Turns "a, b ,, c" into ["a", "b", "c"], without duplicates. */
function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** The part of a use case the basic form edits. Tags are typed as comma-separated text. */
export const useCaseFormSchema = z.strictObject({
  title: nameSchema,
  description: textSchema,
  scope: scopeSchema,
  owner: optionalNameSchema,
  status: useCaseStatusSchema,
  tags: z
    .string()
    .max(LIMITS.text, { error: 'errors.tooLong' })
    .transform(parseTags)
    .pipe(z.array(tagSchema).max(50, { error: 'errors.tooManyTags' })),
});
export type UseCaseFormInput = z.input<typeof useCaseFormSchema>;
export type UseCaseForm = z.output<typeof useCaseFormSchema>;
