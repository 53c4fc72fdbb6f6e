import * as z from 'zod';
import { auditEntrySchema } from './audit-entry';
import { decisionSchema } from './decision';
import { participantSchema } from './participant';
import { waveSchema } from './roadmap';
import { scorecardSchema } from './scorecard';
import { useCaseSchema } from './use-case';
import { weightSetSchema } from './weight-set';
import { frictionSchema, stepSchema, workflowSchema } from './workflow';
import { workspaceSchema } from './workspace';

const MAX_RECORDS = 200_000;

/**
 * Every record of one workspace. The unit that is duplicated, deleted (and restored),
 * seeded as the demo, and written to a backup.
 */
export const workspaceBundleSchema = z.strictObject({
  workspace: workspaceSchema,
  participants: z.array(participantSchema).max(MAX_RECORDS),
  workflows: z.array(workflowSchema).max(MAX_RECORDS),
  steps: z.array(stepSchema).max(MAX_RECORDS),
  frictions: z.array(frictionSchema).max(MAX_RECORDS),
  useCases: z.array(useCaseSchema).max(MAX_RECORDS),
  scorecards: z.array(scorecardSchema).max(MAX_RECORDS),
  decisions: z.array(decisionSchema).max(MAX_RECORDS),
  waves: z.array(waveSchema).max(MAX_RECORDS),
  weightSets: z.array(weightSetSchema).max(MAX_RECORDS),
  audit: z.array(auditEntrySchema).max(MAX_RECORDS * 5),
});
export type WorkspaceBundle = z.infer<typeof workspaceBundleSchema>;
