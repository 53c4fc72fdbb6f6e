import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ClarteDatabase } from '../../src/db/database';
import { createWorkspace } from '../../src/db/repositories/workspaces';
import { contextOf, sequence } from '../fixtures/builders';
import {
  backup,
  create,
  edit,
  remove,
  score,
  undo,
  type Command,
  type Model,
  type Real,
} from './model-commands';
import { HOSTILE, hostileImport, importAsNew } from './model-import-commands';
import { RANDOM_COMMANDS } from './model-random-commands';

// Model-based test (issue 14, Quality): random sequences of creates, edits, scores, deletes,
// undos, backups and imports (as a new workspace, or hostile and refused); after each command
// the invariants hold (model-commands.ts). Bounded: few runs, short sequences.

let real: Real | null = null;
afterEach(async () => {
  await real?.db.delete();
  real = null;
});

/** A fresh database with one workspace (its creation is the first change), and its model. */
async function start(): Promise<Model> {
  await real?.db.delete();
  const seq = sequence();
  const db = new ClarteDatabase(`test-${crypto.randomUUID()}`);
  const workspaceId = await createWorkspace(
    db,
    contextOf('Ada', seq),
    { name: 'Acme', description: '' },
    'en',
  );
  real = { db, seq, workspaceId };
  const changes = await db.audit.count();
  return {
    useCases: new Set(),
    changes,
    changesSinceBackup: changes,
    lastDeleted: null,
    imported: new Map(),
  };
}

/** Two use cases, one of them scored: what each sequence starts from, so that imports copy records. */
const PREFIX = [create('Invoice matching'), score(0, 4), create('Chatbot')];

async function runAll(model: Model, commands: readonly Command[]): Promise<void> {
  for (const command of commands) if (command.check(model)) await command.run(model, real!);
}

describe('random sequences of changes (model-based)', () => {
  it('keep the references, one audit entry per change, the change counter right, and a backup imported identical', async () => {
    const commands = fc.commands(RANDOM_COMMANDS, { maxCommands: 12 });
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const model = await start();
        await runAll(model, PREFIX);
        await fc.asyncModelRun(() => ({ model, real: real! }), cmds);
      }),
      { numRuns: 15, seed: 14 },
    );
  }, 180_000);

  it('refuse each hostile import with nothing stored changed, after changes, a backup and an import', async () => {
    const model = await start();
    await runAll(model, [
      ...PREFIX,
      score(1, 2),
      remove(0),
      undo,
      backup,
      edit(1, 'Forecast'),
      importAsNew,
      ...HOSTILE.map(hostileImport),
      importAsNew,
    ]);
    expect(model.imported.size).toBe(2);
  }, 60_000);
});
