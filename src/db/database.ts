import { Dexie, type EntityTable } from 'dexie';
import type { AuditEntry } from '../domain/schema/audit-entry';
import type { Decision } from '../domain/schema/decision';
import type { LiveSession } from '../domain/schema/live-session';
import type { Participant } from '../domain/schema/participant';
import type { Wave } from '../domain/schema/roadmap';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';
import type { WeightSet } from '../domain/schema/weight-set';
import type { Friction, Step, Workflow } from '../domain/schema/workflow';
import type { Workspace } from '../domain/schema/workspace';
import { BUNDLE_RECORD_LISTS } from '../domain/schema/bundle-lists';
import { VERSIONS } from './versions';

/** Small key/value records of the whole database (first run done, last backup...). */
export interface MetaRecord {
  key: string;
  value: string | number | boolean | null;
}

/** A JSON copy of the data as it was before an upgrade that transformed it. */
export interface SnapshotRecord {
  id: string;
  createdAt: string;
  fromVersion: number;
  /** The whole database as JSON text (tables by name). */
  json: string;
}

export const DATABASE_NAME = 'clarte';

export class ClarteDatabase extends Dexie {
  workspaces!: EntityTable<Workspace, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  workflows!: EntityTable<Workflow, 'id'>;
  steps!: EntityTable<Step, 'id'>;
  frictions!: EntityTable<Friction, 'id'>;
  useCases!: EntityTable<UseCase, 'id'>;
  scorecards!: EntityTable<Scorecard, 'id'>;
  decisions!: EntityTable<Decision, 'id'>;
  waves!: EntityTable<Wave, 'id'>;
  weightSets!: EntityTable<WeightSet, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  /** Version 2: live sessions opened on this machine (not part of a backup). */
  liveSessions!: EntityTable<LiveSession, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    for (const v of VERSIONS) this.version(v.version).stores(v.stores);
  }
}

/**
 * The tables that hold one workspace's records (all but `workspaces` and `meta`): one per list of
 * a workspace bundle, named alike.
 */
export const WORKSPACE_TABLES = BUNDLE_RECORD_LISTS;

let instance: ClarteDatabase | null = null;

/** The app's single database. Tests open their own with `new ClarteDatabase(name)`. */
export function database(): ClarteDatabase {
  instance ??= new ClarteDatabase();
  return instance;
}
