import type { Transaction } from 'dexie';
import { applyMigration, type Migration } from '../domain/migrations/migrations';
import { newRecordId } from './change-context';
import { keepSnapshot } from './snapshots';

/**
 * Runs one migration inside Dexie's upgrade transaction: first a JSON snapshot of every table
 * (kept until the next backup), then the tables the migration names are read, transformed by its
 * pure function and written back whole. An additive version (no function) does nothing here.
 */
export async function runMigration(tx: Transaction, migration: Migration): Promise<void> {
  if (!migration.upgrade) return;
  await keepSnapshot(tx, migration.version - 1, new Date().toISOString(), newRecordId());
  const tables: Record<string, unknown[]> = {};
  for (const name of migration.transforms) tables[name] = await tx.table(name).toArray();
  const upgraded = applyMigration(tables, migration);
  for (const name of migration.transforms) {
    const table = tx.table(name);
    await table.clear();
    await table.bulkAdd(upgraded[name] ?? []);
  }
}
