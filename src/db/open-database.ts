import { Dexie } from 'dexie';
import { database, type ClarteDatabase } from './database';

/** What opening the database found: ready to use, or written by a newer release of Clarté. */
export type DatabaseOpening = { kind: 'ready' } | { kind: 'newer'; storedVersion: number };

function isVersionError(error: unknown): boolean {
  if (!error || typeof error !== 'object' || !('name' in error)) return false;
  if (error.name === 'VersionError') return true;
  return 'inner' in error && isVersionError(error.inner);
}

/**
 * Opens the app's database (running any upgrade). A database of a higher version than this code
 * knows (written by a newer release) is not opened: this code would write records the newer one
 * does not expect. The caller shows it read-only (readWholeDatabase) and offers its export.
 */
export async function openDatabase(db: ClarteDatabase): Promise<DatabaseOpening> {
  try {
    await db.open();
    // Dexie 4 opens a newer database (at its higher version, reporting ours in verno) rather
    // than throwing VersionError as IndexedDB does: both cases are caught. Dexie stores version
    // N as IndexedDB version N * 10.
    const known = Math.max(...db.declaredVersions);
    const stored = db.backendDB().version / 10;
    if (stored > known) {
      db.close();
      return { kind: 'newer', storedVersion: stored };
    }
    return { kind: 'ready' };
  } catch (error) {
    if (isVersionError(error))
      return { kind: 'newer', storedVersion: await storedVersionOf(db.name) };
    throw error;
  }
}

async function storedVersionOf(name: string): Promise<number> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    return raw.backendDB().version / 10;
  } finally {
    raw.close();
  }
}

/** Every table of a database as it is, at whatever version, read without a schema. */
export interface DatabaseDump {
  version: number;
  tables: Record<string, unknown[]>;
}

/** Reads a database written by a newer release, read-only (Dexie's dynamic mode, no version). */
export async function readWholeDatabase(name: string): Promise<DatabaseDump> {
  const raw = new Dexie(name);
  try {
    await raw.open();
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
    return { version: raw.backendDB().version / 10, tables };
  } finally {
    raw.close();
  }
}

/** Opens the app's own database (main.tsx loads this with Dexie, after the first screen's code). */
export function openAppDatabase(): Promise<DatabaseOpening> {
  return openDatabase(database());
}
