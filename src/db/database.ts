import { Dexie, type EntityTable } from 'dexie';
import type { AuditEntry } from '../domain/schema/audit-entry';
import type { DecisionSnapshot } from '../domain/schema/decision-snapshot';
import type { Decision } from '../domain/schema/decision';
import type { ParkingItem } from '../domain/schema/parking-lot';
import type { LiveSession } from '../domain/schema/live-session';
import type { Participant } from '../domain/schema/participant';
import type { Portfolio } from '../domain/schema/portfolio';
import type { Review } from '../domain/schema/review';
import type { Wave } from '../domain/schema/roadmap';
import type { Scorecard } from '../domain/schema/scorecard';
import type { UseCase } from '../domain/schema/use-case';
import type { WeightSet } from '../domain/schema/weight-set';
import type { Friction, Step, Workflow } from '../domain/schema/workflow';
import type { Workspace } from '../domain/schema/workspace';
import type { Workshop } from '../domain/schema/workshop';
import { BUNDLE_RECORD_LISTS } from '../domain/schema/bundle-lists';
import { MIGRATIONS, type Migration } from '../domain/migrations/migrations';
import type { SnapshotRecord } from './snapshots';
import { DATABASE_NAME } from './database-name';
import { rankingStampMiddleware } from './ranking-stamp';
import { runMigration } from './upgrade';
import { VERSIONS, type DatabaseVersion } from './versions';

/** Small key/value records of the whole database (first run done, last backup...). */
export interface MetaRecord {
  key: string;
  value: string | number | boolean | null;
}

export type { SnapshotRecord } from './snapshots';

export { DATABASE_NAME } from './database-name';

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
  workshops!: EntityTable<Workshop, 'id'>;
  parkingLot!: EntityTable<ParkingItem, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  /** Version 2: frozen decisions (issue 19). */
  decisionSnapshots!: EntityTable<DecisionSnapshot, 'id'>;
  /** Version 2: portfolio settings and the chosen portfolio (issue 20; in the backup). */
  portfolios!: EntityTable<Portfolio, 'id'>;
  /** Version 2: hypothesis reviews (issue 19). */
  reviews!: EntityTable<Review, 'id'>;
  /** The versions this code declares (a database of a higher one was written by a newer release). */
  readonly declaredVersions: readonly number[];
  /** Version 2: live sessions opened on this machine (not part of a backup). */
  liveSessions!: EntityTable<LiveSession, 'id'>;

  /** The versions and migrations are the app's; a test may pass a future version of its own. */
  constructor(
    name: string = DATABASE_NAME,
    versions: readonly DatabaseVersion[] = VERSIONS,
    migrations: readonly Migration[] = MIGRATIONS,
  ) {
    super(name, { cache: 'disabled' });
    this.declaredVersions = versions.map((v) => v.version);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      const migration = migrations.find((m) => m.version === v.version);
      if (migration?.upgrade) declared.upgrade((tx) => runMigration(tx, migration));
    }
    // Every write of the records a decision is read from renews the ranking stamp.
    this.use(rankingStampMiddleware);
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
