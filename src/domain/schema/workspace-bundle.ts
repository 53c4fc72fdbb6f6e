import * as z from 'zod';
import { auditEntrySchema } from './audit-entry';
import { decisionSchema } from './decision';
import { decisionSnapshotSchema } from './decision-snapshot';
import { portfolioSchema } from './portfolio';
import { reviewSchema } from './review';
import { parkingItemSchema } from './parking-lot';
import { participantSchema } from './participant';
import { waveSchema } from './roadmap';
import { scorecardSchema } from './scorecard';
import { useCaseSchema } from './use-case';
import { weightSetSchema } from './weight-set';
import { frictionSchema, stepSchema, workflowSchema } from './workflow';
import { workspaceSchema } from './workspace';
import { workshopSchema } from './workshop';

const MAX_RECORDS = 200_000;
/** Each snapshot holds a whole decision: fewer of them. */
const MAX_SNAPSHOTS = 1_000;

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
  /** Since database version 2: absent from older backups (read as none). */
  decisionSnapshots: z.array(decisionSnapshotSchema).max(MAX_SNAPSHOTS).default([]),
  reviews: z.array(reviewSchema).max(MAX_RECORDS).default([]),
  /** The portfolio settings (at most one, its id the workspace's); absent from older backups. */
  portfolios: z.array(portfolioSchema).max(1).default([]),
  // Added in database version 2: a backup written before has none.
  workshops: z.array(workshopSchema).max(MAX_RECORDS).default([]),
  parkingLot: z.array(parkingItemSchema).max(MAX_RECORDS).default([]),
  audit: z.array(auditEntrySchema).max(MAX_RECORDS * 5),
});
export type WorkspaceBundle = z.infer<typeof workspaceBundleSchema>;

import { BUNDLE_RECORD_LISTS, type BundleRecordList } from './bundle-lists';

export { BUNDLE_RECORD_LISTS, type BundleRecordList };

/** The schema of one record of each list (what workspaceBundleSchema applies to every element). */
export const bundleRecordSchemas = {
  participants: participantSchema,
  workflows: workflowSchema,
  steps: stepSchema,
  frictions: frictionSchema,
  useCases: useCaseSchema,
  scorecards: scorecardSchema,
  decisions: decisionSchema,
  waves: waveSchema,
  weightSets: weightSetSchema,
  decisionSnapshots: decisionSnapshotSchema,
  reviews: reviewSchema,
  portfolios: portfolioSchema,
  workshops: workshopSchema,
  parkingLot: parkingItemSchema,
  audit: auditEntrySchema,
} as const satisfies { [K in BundleRecordList]: z.ZodType<WorkspaceBundle[K][number]> };

/**
 * The bundle's frame: its keys, the workspace and the lengths of its lists, without looking into
 * each record. With bundleRecordSchemas applied to every record, it accepts exactly what
 * workspaceBundleSchema accepts; it lets a writer check records chunk by chunk as it writes them.
 */
export const workspaceBundleFrameSchema = z.strictObject({
  workspace: workspaceSchema,
  participants: z.array(z.unknown()).max(MAX_RECORDS),
  workflows: z.array(z.unknown()).max(MAX_RECORDS),
  steps: z.array(z.unknown()).max(MAX_RECORDS),
  frictions: z.array(z.unknown()).max(MAX_RECORDS),
  useCases: z.array(z.unknown()).max(MAX_RECORDS),
  scorecards: z.array(z.unknown()).max(MAX_RECORDS),
  decisions: z.array(z.unknown()).max(MAX_RECORDS),
  waves: z.array(z.unknown()).max(MAX_RECORDS),
  weightSets: z.array(z.unknown()).max(MAX_RECORDS),
  decisionSnapshots: z.array(z.unknown()).max(MAX_SNAPSHOTS).default([]),
  reviews: z.array(z.unknown()).max(MAX_RECORDS).default([]),
  portfolios: z.array(z.unknown()).max(1).default([]),
  workshops: z.array(z.unknown()).max(MAX_RECORDS).default([]),
  parkingLot: z.array(z.unknown()).max(MAX_RECORDS).default([]),
  audit: z.array(z.unknown()).max(MAX_RECORDS * 5),
});
