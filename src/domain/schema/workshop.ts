import * as z from 'zod';
import { idSchema, isoDateTimeSchema, LIMITS, workspaceRecordFields } from './common';

/** The eight steps of a workshop, in order (PRODUCT.md "The flow of a workshop"). */
export const WORKSHOP_STEPS = [
  'frame',
  'workflows',
  'journey',
  'useCases',
  'qualify',
  'score',
  'prioritise',
  'roadmap',
] as const;
export const workshopStepIdSchema = z.enum(WORKSHOP_STEPS);
export type WorkshopStepId = z.infer<typeof workshopStepIdSchema>;

/** The longest a step may be planned for, in minutes (a whole day). */
export const MAX_PLANNED_MINUTES = 8 * 60;
/** The longest time a step may have been spent on, in seconds (a week, for a forgotten timer). */
export const MAX_SPENT_SECONDS = 7 * 24 * 3600;

/** One step of the agenda: planned time, time spent so far, and whether its timer runs. */
export const agendaStepSchema = z.strictObject({
  step: workshopStepIdSchema,
  plannedMinutes: z
    .number()
    .int({ error: 'errors.invalid' })
    .min(1, { error: 'errors.invalid' })
    .max(MAX_PLANNED_MINUTES, { error: 'errors.invalid' }),
  /** Seconds spent before the timer's current run. */
  spentSeconds: z.number().int().min(0).max(MAX_SPENT_SECONDS).default(0),
  /** When the timer was started, while it runs; null when stopped. */
  runningSince: isoDateTimeSchema.nullable().default(null),
});
export type AgendaStep = z.infer<typeof agendaStepSchema>;

/** A guided workshop of a workspace: its agenda, who took part, where it stopped. */
export const workshopSchema = z.strictObject({
  ...workspaceRecordFields,
  startedAt: isoDateTimeSchema,
  /** Set by "End the workshop"; an ended workshop is read as minutes. */
  endedAt: isoDateTimeSchema.nullable().default(null),
  /** Index in `agenda` of the step the workshop is on (where it resumes). */
  current: z
    .number()
    .int()
    .min(0)
    .max(WORKSHOP_STEPS.length - 1),
  agenda: z
    .array(agendaStepSchema)
    .length(WORKSHOP_STEPS.length)
    .refine((steps) => steps.every((s, i) => s.step === WORKSHOP_STEPS[i]), {
      error: 'errors.invalid',
    }),
  /** The participants present (ids of the workspace's participants). */
  participantIds: z.array(idSchema).max(LIMITS.list).default([]),
  updatedAt: isoDateTimeSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;
