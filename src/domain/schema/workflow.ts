import * as z from 'zod';
import {
  LIMITS,
  idSchema,
  nameSchema,
  optionalNameSchema,
  textSchema,
  workspaceRecordFields,
} from './common';

/** The six standard phases of a customer journey (PRODUCT.md idea 2). */
export const JOURNEY_PHASES = [
  'discovery',
  'onboarding',
  'engagement',
  'support',
  'retention',
  'afterJourney',
] as const;
export const journeyPhaseSchema = z.enum(JOURNEY_PHASES);
export type JourneyPhase = z.infer<typeof journeyPhaseSchema>;

/** The kinds of internal step (where the long tail hides). */
export const STEP_KINDS = ['highVolume', 'longTail', 'knowledge', 'control'] as const;
export const stepKindSchema = z.enum(STEP_KINDS);
export type StepKind = z.infer<typeof stepKindSchema>;

export const workflowSchema = z.strictObject({
  ...workspaceRecordFields,
  /** internal process, or customer journey */
  kind: z.enum(['internal', 'journey']),
  name: nameSchema,
  description: textSchema.default(''),
  position: z.number().int().min(0),
});
export type Workflow = z.infer<typeof workflowSchema>;

export const stepSchema = z.strictObject({
  ...workspaceRecordFields,
  workflowId: idSchema,
  name: nameSchema,
  /** Only for steps of a customer journey. */
  phase: journeyPhaseSchema.nullable().default(null),
  kind: stepKindSchema.nullable().default(null),
  position: z.number().int().min(0),
  departmentId: idSchema.nullable().default(null),
  owner: optionalNameSchema.default(''),
  /** Items per year (invoices, tickets, requests...). */
  yearlyVolume: z.number().int().min(0).max(1e12).nullable().default(null),
  /** Free wording of the frequency, e.g. "daily", "monthly close". */
  frequency: optionalNameSchema.default(''),
});
export type Step = z.infer<typeof stepSchema>;

/** A pain point on a step, with its severity and the KPIs it hurts. */
export const frictionSchema = z.strictObject({
  ...workspaceRecordFields,
  stepId: idSchema,
  description: nameSchema,
  severity: z.number().int().min(1).max(3),
  kpiIds: z.array(idSchema).max(LIMITS.list).default([]),
});
export type Friction = z.infer<typeof frictionSchema>;
