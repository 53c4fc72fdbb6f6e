import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { contextOf, scoresOf, formOfUseCase, type Sequence } from '../fixtures/builders';
import { openTestDatabase } from '../fixtures/test-database';

// Model-based test (issue 14, Quality): random sequences of creates, edits, scores, deletes,
// undos and backups; after each command the invariants hold. Bounded: few runs, short sequences.

interface Model {
  /** Use cases that exist, by id. */
  useCases: Set<string>;
  /** Audit entries written since the last backup (one per change). */
  changesSinceBackup: number;
  /** Audit entries written in all. */
  changes: number;
  /** The last deletion, for undo. */
  lastDeleted: DeletedUseCase | null;
}

interface Real {
  db: ClarteDatabase;
  seq: Sequence;
  workspaceId: string;
}

type Command = fc.AsyncCommand<Model, Real>;

async function checkInvariants(model: Model, real: Real): Promise<void> {
  const { db, workspaceId } = real;
  const useCases = await db.useCases.where('workspaceId').equals(workspaceId).primaryKeys();
  expect(new Set(useCases)).toEqual(model.useCases);
  // No dangling reference: every scorecard and wave names a use case that exists.
  const cards = await db.scorecards.where('workspaceId').equals(workspaceId).toArray();
  for (const card of cards) expect(model.useCases.has(card.useCaseId)).toBe(true);
  const waves = await db.waves.where('workspaceId').equals(workspaceId).toArray();
  for (const wave of waves)
    for (const id of wave.useCaseIds) expect(model.useCases.has(id)).toBe(true);
  // One audit entry per change; the change counter counts those since the last backup.
  expect(await db.audit.where('workspaceId').equals(workspaceId).count()).toBe(model.changes);
  expect((await readBackupStatus(db, workspaceId)).changes).toBe(model.changesSinceBackup);
}

function changed(model: Model, entries: number): void {
  model.changes += entries;
  model.changesSinceBackup += entries;
}

const create = (title: string): Command => ({
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

const edit = (pick: number, title: string): Command => ({
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

const score = (pick: number, value: number): Command => ({
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

const remove = (pick: number): Command => ({
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

const undo: Command = {
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

const backup: Command = {
  check: () => true,
  async run(model, real) {
    const file = await exportBackup(real.db, [real.workspaceId], real.seq.nextTime(), 'test');
    await recordBackup(real.db, file, false);
    model.changesSinceBackup = 0;
    await checkInvariants(model, real);
  },
  toString: () => 'backup',
};

let real: Real;
beforeEach(async () => {
  real = await openTestDatabase();
});
afterEach(async () => {
  await real.db.delete();
});

describe('random sequences of changes (model-based)', () => {
  it('keep the references, one audit entry per change and the change counter right', async () => {
    const title = fc.constantFrom('Invoice matching', 'Chatbot', 'Forecast');
    const commands = fc.commands(
      [
        title.map(create),
        fc.tuple(fc.nat(9), title).map(([p, t]) => edit(p, t)),
        fc.tuple(fc.nat(9), fc.integer({ min: 1, max: 5 })).map(([p, v]) => score(p, v)),
        fc.nat(9).map(remove),
        fc.constant(undo),
        fc.constant(backup),
      ],
      { maxCommands: 12 },
    );
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        // Each run from a fresh workspace (its creation is the first change).
        await real.db.delete();
        real = await openTestDatabase();
        const changes = await real.db.audit.count();
        const model: Model = {
          useCases: new Set(),
          changes,
          changesSinceBackup: changes,
          lastDeleted: null,
        };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 15, seed: 14 },
    );
  }, 120_000);
});
