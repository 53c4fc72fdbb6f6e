import { BUNDLE_RECORD_LISTS } from '../schema/bundle-lists';
import { DATA_VERSION, upgradeTables, type RecordTables } from './migrations';

/**
 * A backup file's content of an older version brought to the current one, before it is parsed
 * by the current schema: each workspace bundle goes through the same pure functions as the
 * database (its workspace as the `workspaces` table of one record, its lists as tables), and a
 * list the file's version did not have yet is added empty. Returns a new object.
 */
export function upgradeBackupContent(raw: Record<string, unknown>): Record<string, unknown> {
  const from = typeof raw.version === 'number' ? raw.version : DATA_VERSION;
  if (from >= DATA_VERSION || !Array.isArray(raw.workspaces)) return raw;
  const workspaces = (raw.workspaces as unknown[]).map((bundle) => upgradeBundle(bundle, from));
  return { ...raw, version: DATA_VERSION, workspaces };
}

function upgradeBundle(bundle: unknown, from: number): unknown {
  if (bundle === null || typeof bundle !== 'object' || Array.isArray(bundle)) return bundle;
  const lists = bundle as Record<string, unknown>;
  const tables: RecordTables = { workspaces: [lists.workspace] };
  for (const name of BUNDLE_RECORD_LISTS) {
    const list = lists[name];
    if (list === undefined) tables[name] = [];
    else if (Array.isArray(list)) tables[name] = list as unknown[];
    else return bundle; // not a list: left for the schema to refuse with its place
  }
  const upgraded = upgradeTables(tables, from);
  const result: Record<string, unknown> = { ...lists, workspace: upgraded.workspaces?.[0] };
  for (const name of BUNDLE_RECORD_LISTS) result[name] = upgraded[name] ?? [];
  return result;
}
