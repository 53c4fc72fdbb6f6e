import * as z from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, workspaceRecordFields } from './common';

export const AUDIT_ENTITY_TYPES = [
  'workspace',
  'participant',
  'workflow',
  'step',
  'friction',
  'useCase',
  'scorecard',
  'decision',
  'wave',
  'weightSet',
  'decisionSnapshot',
  'review',
  'workshop',
  'parkingItem',
  'portfolio',
] as const;
export const auditEntityTypeSchema = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

const AUDIT_ACTIONS = ['created', 'updated', 'deleted', 'decided', 'withdrawn'] as const;

/** One line of the append-only audit trail: who, when, what, before and after. */
export const auditEntrySchema = z.strictObject({
  ...workspaceRecordFields,
  at: isoDateTimeSchema,
  actor: nameSchema,
  action: z.enum(AUDIT_ACTIONS),
  entityType: auditEntityTypeSchema,
  entityId: idSchema,
  /** A readable name of the entity at the time (title, name). */
  label: z.string().max(500),
  before: z.json().nullable(),
  after: z.json().nullable(),
  /** How the change came in, when not typed on this machine: scored in a live session. */
  via: z.enum(['liveSession']).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
