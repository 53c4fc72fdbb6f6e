import type fc from 'fast-check';
import { expect } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { exportBackup, readBackupStatus, recordBackup } from '../../src/db/repositories/backup';
import { saveOwnScores } from '../../src/db/repositories/scorecards';
import {
  createUseCase,
  deleteUseCase,
  restoreUseCase,
  updateUseCase,
  type DeletedUseCase,
} from '../../src/db/repositories/use-cases';
import { checkBackup } from '../../src/domain/exchange/parse-backup';
import { contextOf, scoresOf, formOfUseCase, type Sequence } from '../fixtures/builders';

// The commands of the model-based test (model-based.test.ts) on one workspace, and the
// invariants checked after each of them. Imports are in model-import-commands.ts.

export interface Model {
  /** Use cases that exist in the workspace, by id. */
  useCases: Set<string>;
  /** Audit entries written since the last backup (one per change). */
  changesSinceBackup: number;
  /** Audit entries written in all. */
  changes: number;
  /** The last deletion, for undo. */
  lastDeleted: DeletedUseCase | null;
  /** The workspaces imported as new, with the audit entries each holds (none is edited later). */
  imported: Map<string, number>;
}

export interface Real {
  db: ClarteDatabase;
  seq: Sequence;
  /** The workspace the commands change. */
  workspaceId: string;
}

export type Command = fc.AsyncCommand<Model, Real>;

export async function checkInvariants(model: Model, real: Real): Promise<void> {
  const { db, workspaceId } = real;
  const useCases = await db.useCases.where('workspaceId').equals(workspaceId).primaryKeys();
  expect(new Set(useCases)).toEqual(model.useCases);
  // No dangling reference: every scorecard and wave names a use case that exists.
  const cards = await db.scorecards.where('workspaceId').equals(workspaceId).toArray();
  for (const card of cards) expect(model.useCases.has(card.useCaseId)).toBe(true);
  const waves = await db.waves.where('workspaceId').equals(workspaceId).toArray();
  for (const wave of waves)
    for (const id of wave.useCaseIds) expect(model.useCases.has(id)).toBe(true);
  // The whole database, as the import checks a file: no id used twice, no reference to a
  // missing record nor into another workspace.
  const all = await exportBackup(db, 'all', real.seq.nextTime(), 'test');
  expect(all.workspaces).toHaveLength(1 + model.imported.size);
  expect(() => checkBackup(all)).not.toThrow();
  // One audit entry per change; the change counter counts those since the last backup.
  expect(await db.audit.where('workspaceId').equals(workspaceId).count()).toBe(model.changes);
  expect((await readBackupStatus(db, workspaceId)).changes).toBe(model.changesSinceBackup);
  // An imported workspace is saved in its file: no change since, its entries as imported.
  for (const [id, entries] of model.imported) {
    expect(await db.audit.where('workspaceId').equals(id).count()).toBe(entries);
    expect((await readBackupStatus(db, id)).changes).toBe(0);
  }
}

function changed(model: Model, entries: number): void {
  model.changes += entries;
  model.changesSinceBackup += entries;
}

export const create = (title: string): Command => ({
  check: () => true,
  async run(model, real) {
    const id = await createUseCase(
      real.db,
      contextOf('Ada', real.seq),
      real.workspaceId,
      formOfUseCase({ title }),
    );
    model.useCases.add(id);
    changed(model, 1);
    await checkInvariants(model, real);
  },
  toString: () => `create(${title})`,
});

export const edit = (pick: number, title: string): Command => ({
  check: (model) => model.useCases.size > 0,
  async run(model, real) {
    const id = [...model.useCases].sort()[pick % model.useCases.size]!;
    const before = (await real.db.useCases.get(id))!;
    await updateUseCase(real.db, contextOf('Bob', real.seq), id, formOfUseCase({ title }));
    // Saved unchanged, nothing is written.
    changed(model, before.title === title ? 0 : 1);
    await checkInvariants(model, real);
  },
  toString: () => `edit(${pick}, ${title})`,
});

export const score = (pick: number, value: number): Command => ({
  check: (model) => model.useCases.size > 0,
  async run(model, real) {
    const id = [...model.useCases].sort()[pick % model.useCases.size]!;
    const before = await real.db.audit.count();
    await saveOwnScores(
      real.db,
      contextOf('Ada', real.seq),
      id,
      scoresOf({ strategicValue: value }),
    );
    // The scorecard, and the first time the person's participant record: one entry each.
    const written = (await real.db.audit.count()) - before;
    const cards = await real.db.scorecards.where('useCaseId').equals(id).count();
    expect(written).toBeLessThanOrEqual(2);
    expect(cards).toBe(1);
    changed(model, written);
    await checkInvariants(model, real);
  },
  toString: () => `score(${pick}, ${value})`,
});

export const remove = (pick: number): Command => ({
  check: (model) => model.useCases.size > 0,
  async run(model, real) {
    const id = [...model.useCases].sort()[pick % model.useCases.size]!;
    const before = await real.db.audit.count();
    model.lastDeleted = await deleteUseCase(real.db, contextOf('Chloé', real.seq), id);
    model.useCases.delete(id);
    changed(model, (await real.db.audit.count()) - before);
    await checkInvariants(model, real);
  },
  toString: () => `delete(${pick})`,
});

export const undo: Command = {
  check: (model) => model.lastDeleted !== null,
  async run(model, real) {
    const deleted = model.lastDeleted!;
    const before = await real.db.audit.count();
    await restoreUseCase(real.db, contextOf('Chloé', real.seq), deleted);
    model.useCases.add(deleted.useCase.id);
    model.lastDeleted = null;
    changed(model, (await real.db.audit.count()) - before);
    await checkInvariants(model, real);
  },
  toString: () => 'undo',
};

export const backup: Command = {
  check: () => true,
  async run(model, real) {
    const file = await exportBackup(real.db, [real.workspaceId], real.seq.nextTime(), 'test');
    await recordBackup(real.db, file, false);
    model.changesSinceBackup = 0;
    await checkInvariants(model, real);
  },
  toString: () => 'backup',
};
