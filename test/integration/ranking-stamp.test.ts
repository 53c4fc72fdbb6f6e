import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import {
  rankingGroupStampKeys,
  rankingGroupStampsOf,
  rankingStampKeys,
  rankingStampOf,
} from '../../src/db/ranking-stamp';
import { importBackup } from '../../src/db/repositories/backup-import';
import { createOverride } from '../../src/db/repositories/decisions';
import { listDecisions } from '../../src/db/repositories/decision-input';
import { addParticipant } from '../../src/db/repositories/participants';
import { saveOwnScores } from '../../src/db/repositories/scorecards';
import { createUseCase, deleteUseCase } from '../../src/db/repositories/use-cases';
import { listScorecards, listUseCases } from '../../src/db/repositories/workspace-reads';
import { createWorkspace, updateWorkspaceWeights } from '../../src/db/repositories/workspaces';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import { checkBackup } from '../../src/domain/exchange/parse-backup';
import { contextOf, formOfUseCase, fullScoresOf } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';
import { create, score, type Model } from './model-commands';
import { RANDOM_COMMANDS } from './model-random-commands';

// The ranking stamp (src/db/ranking-stamp.ts): a copy of a workspace's ranking records taken
// under a stamp is used for a cold load only while the stamp is unchanged, so every write of those
// records must renew it, in its own transaction.

afterEach(deleteTestDatabases);

/** A workspace's stamp and ranking records, read in one transaction. */
async function stateOf(db: ClarteDatabase, workspaceId: string) {
  const tables = [db.meta, db.useCases, db.scorecards, db.decisions, db.participants];
  return db.transaction('r', tables, async () => {
    const stamp = rankingStampOf(await db.meta.bulkGet(rankingStampKeys(workspaceId)));
    const records = JSON.stringify([
      await listUseCases(db, workspaceId),
      await listScorecards(db, workspaceId),
      await listDecisions(db, workspaceId),
      await db.participants.where('workspaceId').equals(workspaceId).toArray(),
    ]);
    return { stamp, records };
  });
}

async function twoWorkspaces() {
  const { db, seq, workspaceId: a } = await openTestDatabase();
  const ctx = contextOf('Ada', seq);
  const b = await createWorkspace(db, ctx, { name: 'Other', description: '' }, 'en');
  await createUseCase(db, ctx, b, formOfUseCase({ title: 'Not this one' }));
  const first = await createUseCase(db, ctx, a, formOfUseCase({ title: 'Invoice matching' }));
  return { db, ctx, a, b, first };
}

describe('the ranking stamp', () => {
  it("is renewed by every write of a workspace's use cases, scorecards, decisions and participants, and only its own", async () => {
    const { db, ctx, a, b, first } = await twoWorkspaces();
    const writes: [string, () => Promise<unknown>][] = [
      ['a use case', () => createUseCase(db, ctx, a, formOfUseCase({ title: 'Claims triage' }))],
      ['a scorecard', () => saveOwnScores(db, ctx, first, fullScoresOf({}, 4))],
      [
        'a decision',
        () =>
          createOverride(db, ctx, {
            useCaseId: first,
            action: 'forceIntoTop',
            position: null,
            reason: 'Regulatory deadline',
            owner: 'Claire',
          }),
      ],
      ['a participant', () => addParticipant(db, ctx, a, { name: 'Ben', departmentId: null })],
    ];
    for (const [what, write] of writes) {
      const [beforeA, beforeB] = [await stateOf(db, a), await stateOf(db, b)];
      await write();
      const [afterA, afterB] = [await stateOf(db, a), await stateOf(db, b)];
      expect(afterA.records, what).not.toBe(beforeA.records);
      expect(afterA.stamp, what).toBeDefined();
      expect(afterA.stamp, what).not.toBe(beforeA.stamp);
      expect(afterB, what).toEqual(beforeB);
    }
  });

  it('renews the group stamp of what was written: decisions alone, or the records alone', async () => {
    const { db, ctx, a, first } = await twoWorkspaces();
    const groups = async () =>
      rankingGroupStampsOf(await db.meta.bulkGet(rankingGroupStampKeys(a)));
    const before = await groups();
    await createOverride(db, ctx, {
      useCaseId: first,
      action: 'forceIntoTop',
      position: null,
      reason: 'Regulatory deadline',
      owner: 'Claire',
    });
    const decided = await groups();
    expect(decided.records).toBe(before.records);
    expect(decided.decisions).toBeDefined();
    expect(decided.decisions).not.toBe(before.decisions);
    await saveOwnScores(db, ctx, first, fullScoresOf({}, 4));
    const scored = await groups();
    expect(scored.decisions).toBe(decided.decisions);
    expect(scored.records).toBeDefined();
    expect(scored.records).not.toBe(decided.records);
  });

  it('is not renewed by a change of weights (the records are the same)', async () => {
    const { db, ctx, a } = await twoWorkspaces();
    const before = await stateOf(db, a);
    const weights = (await db.workspaces.get(a))!.weights;
    await updateWorkspaceWeights(db, ctx, a, {
      ...weights,
      strategicValue: weights.strategicValue + 1,
    });
    expect(await stateOf(db, a)).toEqual(before);
  });

  it('is renewed for every workspace by a deletion (which names records, not workspaces)', async () => {
    const { db, ctx, a, b, first } = await twoWorkspaces();
    const [beforeA, beforeB] = [await stateOf(db, a), await stateOf(db, b)];
    await deleteUseCase(db, ctx, first);
    expect((await stateOf(db, a)).stamp).not.toBe(beforeA.stamp);
    expect((await stateOf(db, b)).stamp).not.toBe(beforeB.stamp);
  });

  it('stays as it was when the writing transaction fails', async () => {
    const { db, a, first } = await twoWorkspaces();
    const before = await stateOf(db, a);
    const failing = db.transaction('rw', db.useCases, async () => {
      const useCase = (await db.useCases.get(first))!;
      await db.useCases.put({ ...useCase, title: 'Renamed' });
      throw new Error('The write fails after it');
    });
    await expect(failing).rejects.toThrow('The write fails after it');
    expect(await stateOf(db, a)).toEqual(before);
  });

  it('is given to a backup of 1,200 use cases imported as new, whose records go to IndexedDB without Dexie', async () => {
    const { db, ctx, a } = await twoWorkspaces();
    const bundle = buildLargeWorkspace({
      useCases: 1200,
      steps: 10,
      seed: 5,
      now: '2026-11-01T09:00:00.000Z',
      language: 'en',
    });
    const file = checkBackup(makeBackup([bundle], '2026-11-01T09:00:00.000Z', '0.1.0'));
    const before = await stateOf(db, a);
    const [imported] = await importBackup(db, ctx, file, { kind: 'asNew' });
    const first = await stateOf(db, imported!);
    expect(first.stamp).toBeDefined();
    // The second import writes nothing of the first one: its stamp stays, as does a's.
    const [again] = await importBackup(db, ctx, file, { kind: 'asNew' });
    expect(await stateOf(db, imported!)).toEqual(first);
    expect(await stateOf(db, a)).toEqual(before);
    expect((await stateOf(db, again!)).stamp).toBeDefined();
  }, 60_000);

  it('after random sequences of changes, backups and imports: the same stamp always means the same records', async () => {
    const command = fc.oneof(...RANDOM_COMMANDS);
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 4, maxLength: 10 }), async (commands) => {
        const { db, seq, workspaceId } = await openTestDatabase();
        const real = { db, seq, workspaceId };
        const model: Model = {
          useCases: new Set(),
          changes: await db.audit.count(),
          changesSinceBackup: await db.audit.count(),
          lastDeleted: null,
          imported: new Map(),
        };
        for (const c of [create('Invoice matching'), score(0, 4), ...commands]) {
          if (!c.check(model)) continue;
          const ids = await db.workspaces.toCollection().primaryKeys();
          const before = await Promise.all(ids.map((id) => stateOf(db, id)));
          await c.run(model, real);
          for (const [i, id] of ids.entries()) {
            const after = await stateOf(db, id);
            if (after.stamp !== undefined && after.stamp === before[i]!.stamp)
              expect(after.records, `${c.toString()} on ${id}`).toBe(before[i]!.records);
          }
        }
        // Not true for want of stamps: the workspace's records were written, so it has one.
        expect((await stateOf(db, workspaceId)).stamp).toBeDefined();
      }),
      { numRuns: 10, seed: 15 },
    );
  }, 180_000);
});
