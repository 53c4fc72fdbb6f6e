import fc from 'fast-check';
import { backup, create, edit, remove, score, undo, type Command } from './model-commands';
import { HOSTILE, hostileImport, importAsNew } from './model-import-commands';

// The random commands of the model-based tests (model-based.test.ts, ranking-stamp.test.ts):
// creates, edits, scores, deletes, undos, backups and imports (as new, or hostile and refused).

const title = fc.constantFrom('Invoice matching', 'Chatbot', 'Forecast');

export const RANDOM_COMMANDS: fc.Arbitrary<Command>[] = [
  title.map(create),
  fc.tuple(fc.nat(9), title).map(([p, t]) => edit(p, t)),
  fc.tuple(fc.nat(9), fc.integer({ min: 1, max: 5 })).map(([p, v]) => score(p, v)),
  fc.nat(9).map(remove),
  fc.constant(undo),
  fc.constant(backup),
  fc.constant(importAsNew),
  fc.constantFrom(...HOSTILE).map(hostileImport),
];
