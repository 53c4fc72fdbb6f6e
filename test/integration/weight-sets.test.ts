import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import {
  applyWeightSet,
  createWeightSet,
  deleteWeightSet,
  listWeightSets,
  renameWeightSet,
} from '../../src/db/repositories/weight-sets';
import { getWorkspace, updateWorkspaceSettings } from '../../src/db/repositories/workspaces';
import { defaultWeights } from '../../src/domain/schema/criterion';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  minimalWorkspaceBundle,
  rejectionOf,
  type Sequence,
} from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
const WS = 'ws-min';
const direction = { ...defaultWeights(), strategicValue: 3, brandImpact: 0.5 };

beforeEach(async () => {
  ({ db, seq } = await openTestDatabase({ content: minimalWorkspaceBundle(WS) }));
});

afterEach(deleteTestDatabases);

/** The message keys of a zod error. */
function messagesOf(error: unknown): string[] {
  expect(error).toBeInstanceOf(z.ZodError);
  return (error as z.ZodError).issues.map((i) => i.message);
}

describe('weight sets', () => {
  it('creates a set with its judgments, audited, and touches the workspace', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await createWeightSet(db, ctx, WS, {
      name: '  Direction ',
      weights: direction,
      judgments: [{ a: 'strategicValue', b: 'brandImpact', value: 5 }],
    });
    const sets = await listWeightSets(db, WS);
    expect(sets).toEqual([
      {
        id,
        workspaceId: WS,
        name: 'Direction',
        weights: direction,
        judgments: [{ a: 'strategicValue', b: 'brandImpact', value: 5 }],
        createdAt: START_TIME,
      },
    ]);
    const [entry] = await listAuditEntries(db, WS);
    expect(entry).toMatchObject({
      actor: 'Ada',
      action: 'created',
      entityType: 'weightSet',
      entityId: id,
      label: 'Direction',
    });
    expect((await getWorkspace(db, WS))?.updatedAt).toBe(START_TIME);
  });

  it('renames, applies and deletes, each with its audit entry', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await createWeightSet(db, ctx, WS, { name: 'Direction', weights: direction });
    await renameWeightSet(db, ctx, id, 'Board');
    expect((await listWeightSets(db, WS))[0]?.name).toBe('Board');

    await applyWeightSet(db, ctx, id);
    expect((await getWorkspace(db, WS))?.weights).toEqual(direction);

    await deleteWeightSet(db, ctx, id);
    expect(await listWeightSets(db, WS)).toEqual([]);

    const entries = (await listAuditEntries(db, WS)).reverse();
    expect(entries.map((e) => [e.action, e.entityType, e.label])).toEqual([
      ['created', 'weightSet', 'Direction'],
      ['updated', 'weightSet', 'Board'],
      ['updated', 'workspace', 'Minimal workspace · Board'],
      ['deleted', 'weightSet', 'Board'],
    ]);
    expect(entries[1]).toMatchObject({ before: { name: 'Direction' }, after: { name: 'Board' } });
    expect(entries[2]?.before).toEqual({ weights: defaultWeights() });
    expect(entries[2]?.after).toEqual({ weightSet: 'Board', weights: direction });
  });

  it('refuses bad input with message keys, and nothing stored changes', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await createWeightSet(db, ctx, WS, { name: 'Direction', weights: direction });
    const before = await dumpDatabase(db);

    expect(
      messagesOf(
        await rejectionOf(createWeightSet(db, ctx, WS, { name: ' ', weights: direction })),
      ),
    ).toEqual(['errors.required']);
    const noValue = {
      ...direction,
      strategicValue: 0,
      customerImpact: 0,
      financialPotential: 0,
      brandImpact: 0,
      strategicAlignment: 0,
    };
    expect(
      messagesOf(await rejectionOf(createWeightSet(db, ctx, WS, { name: 'X', weights: noValue }))),
    ).toEqual(['errors.axisWithoutWeight']);
    expect(
      messagesOf(
        await rejectionOf(
          createWeightSet(db, ctx, WS, {
            name: 'X',
            weights: direction,
            judgments: [{ a: 'strategicValue', b: 'brandImpact', value: 10 }],
          }),
        ),
      ),
    ).toEqual(['errors.saaty']);
    expect(
      messagesOf(
        await rejectionOf(
          createWeightSet(db, ctx, WS, { name: 'X', weights: { ...direction, brandImpact: -1 } }),
        ),
      ),
    ).toEqual(['errors.negative']);
    expect(messagesOf(await rejectionOf(renameWeightSet(db, ctx, id, '')))).toEqual([
      'errors.required',
    ]);
    expect(
      messagesOf(
        await rejectionOf(updateWorkspaceSettings(db, ctx, WS, { topK: 0, robustnessSeed: 7 })),
      ).length,
    ).toBe(1);

    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('sensitivity settings', () => {
  it('stores K and the seed, audited with before and after', async () => {
    await updateWorkspaceSettings(db, contextOf('Ada', seq), WS, { topK: 3, robustnessSeed: 7 });
    expect(await getWorkspace(db, WS)).toMatchObject({ topK: 3, robustnessSeed: 7 });
    const [entry] = await listAuditEntries(db, WS);
    expect(entry).toMatchObject({
      action: 'updated',
      entityType: 'workspace',
      before: { topK: 5, robustnessSeed: 42 },
      after: { topK: 3, robustnessSeed: 7 },
    });
  });
});
