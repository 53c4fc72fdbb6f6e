import * as z from 'zod';

/** Bounds shared by every entity: strict objects, bounded strings and arrays. */
export const LIMITS = {
  id: 64,
  name: 200,
  text: 5000,
  tag: 40,
  list: 500,
} as const;

export const idSchema = z.string().min(1).max(LIMITS.id);

/** A required one-line name: trimmed, not empty. Errors are message keys. */
export const nameSchema = z
  .string()
  .trim()
  .min(1, { error: 'errors.required' })
  .max(LIMITS.name, { error: 'errors.tooLong' });

export const optionalNameSchema = z.string().trim().max(LIMITS.name, { error: 'errors.tooLong' });

export const textSchema = z.string().max(LIMITS.text, { error: 'errors.tooLong' });

/** Why a decision was taken or a review concluded so: required, trimmed, a text's length. */
export const reasonSchema = z
  .string()
  .trim()
  .min(1, { error: 'errors.reasonRequired' })
  .max(LIMITS.text, { error: 'errors.tooLong' });

export const isoDateTimeSchema = z.iso.datetime();

/** A calendar date (YYYY-MM-DD), e.g. a review date. */
export const isoDateSchema = z.iso.date();

export const languageSchema = z.enum(['fr', 'en']);

/** A currency as its ISO 4217 code: three capital letters, e.g. EUR. */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: 'errors.currency' });
export type Language = z.infer<typeof languageSchema>;

export const finiteNumber = z.number().refine(Number.isFinite, { error: 'errors.notFinite' });

export const nonNegativeNumber = z
  .number()
  .refine(Number.isFinite, { error: 'errors.notFinite' })
  .refine((n) => n >= 0, { error: 'errors.negative' });

/** The ids every record of a workspace carries: its own, and its workspace's. */
export const workspaceRecordFields = { id: idSchema, workspaceId: idSchema };
