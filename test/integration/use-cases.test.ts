import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries, listAuditEntriesFor } from '../../src/db/repositories/audit-trail';
import { listScorecardsOfUseCase, saveOwnScores } from '../../src/db/repositories/scorecards';
import {
  restoreUseCase,
  createUseCase,
  deleteUseCase,
  getUseCase,
  updateUseCase,
} from '../../src/db/repositories/use-cases';
import { getWorkspace } from '../../src/db/repositories/workspaces';
import type { UseCase } from '../../src/domain/schema/use-case';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  fullScoresOf,
  rejectionOf,
  scoresOf,
  formOfUseCase,
  type Sequence,
} from '../fixtures/builders';
import { listUseCases } from '../../src/db/repositories/workspace-reads';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';
import { emptyWaves } from '../../src/domain/workspace/new-workspace';

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;

const at = (seconds: number) => new Date(Date.parse(START_TIME) + seconds * 1000).toISOString();

beforeEach(async () => {
  // The workspace takes the clock's first tick, at(0).
  ({ db, seq, workspaceId } = await openTestDatabase());
});

afterEach(deleteTestDatabases);

async function stored(id: string): Promise<UseCase> {
  const found = await getUseCase(db, id);
  if (!found) throw new Error(`Use case ${id} not found`);
  return found;
}

describe('creating a use case', () => {
  it('stores the form with every other field at its empty default, and an audit entry', async () => {
    const form = {
      title: 'Invoice matching',
      description: 'Match supplier invoices to purchase orders.',
      scope: 'internal' as const,
      owner: 'Claire Martin',
      status: 'idea' as const,
      tags: ['finance', 'back-office'],
    };

    const id = await createUseCase(db, contextOf('Bob', seq), workspaceId, form);

    expect(await stored(id)).toEqual({
      id,
      workspaceId,
      ...form,
      stepIds: [],
      intention: '',
      dataSignals: '',
      humanLoop: { automationLevel: null, exceptionOwner: '', howToPause: '' },
      successMeasure: { kpiId: null, baseline: null, target: null, reviewDate: null },
      kpiEffects: [],
      financialEstimate: {
        yearlyVolume: null,
        minutesSavedPerItem: null,
        hourlyCost: null,
        adoptionRate: null,
        yearlyRevenueUplift: null,
        oneOffCost: null,
        yearlyRunningCost: null,
        currency: 'EUR',
      },
      complianceNote: '',
      statusReason: '',
      scoresRevealedAt: null,
      createdAt: at(1),
      updatedAt: at(1),
    });

    const entries = await listAuditEntriesFor(db, workspaceId, [id]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      workspaceId,
      at: at(1),
      actor: 'Bob',
      action: 'created',
      entityType: 'useCase',
      entityId: id,
      label: 'Invoice matching',
      before: null,
    });
    expect(entries[0]?.after).toMatchObject({
      title: 'Invoice matching',
      tags: ['finance', 'back-office'],
    });

    // The workspace shows it was changed.
    expect((await getWorkspace(db, workspaceId))?.updatedAt).toBe(at(1));
  });

  it('refuses a title of 201 characters and stores nothing', async () => {
    const before = await dumpDatabase(db);

    const error = await rejectionOf(
      createUseCase(
        db,
        contextOf('Ada', seq),
        workspaceId,
        formOfUseCase({ title: 'x'.repeat(201) }),
      ),
    );

    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues).toMatchObject([
      { path: ['title'], message: 'errors.tooLong' },
    ]);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('accepts a title of exactly 200 characters', async () => {
    const id = await createUseCase(
      db,
      contextOf('Ada', seq),
      workspaceId,
      formOfUseCase({ title: 'x'.repeat(200) }),
    );
    expect((await stored(id)).title).toHaveLength(200);
  });

  it('refuses a workspace that does not exist and stores nothing', async () => {
    const before = await dumpDatabase(db);
    await expect(
      createUseCase(db, contextOf('Ada', seq), 'nope', formOfUseCase()),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('editing a use case', () => {
  it('records before and after of the changed fields only', async () => {
    const id = await createUseCase(db, contextOf('Ada', seq), workspaceId, formOfUseCase());
    const created = await stored(id);

    await updateUseCase(
      db,
      contextOf('Bob', seq),
      id,
      formOfUseCase({ title: 'Three-way invoice matching', status: 'qualified' }),
    );

    const updated = await stored(id);
    expect(updated).toEqual({
      ...created,
      title: 'Three-way invoice matching',
      status: 'qualified',
      updatedAt: at(2),
    });
    const entries = await listAuditEntriesFor(db, workspaceId, [id]); // newest first
    expect(entries.map((e) => e.action)).toEqual(['updated', 'created']);
    expect(entries[0]).toMatchObject({
      actor: 'Bob',
      at: at(2),
      entityType: 'useCase',
      label: 'Three-way invoice matching',
    });
    expect(entries[0]?.before).toEqual({ title: 'Invoice matching', status: 'idea' });
    expect(entries[0]?.after).toEqual({ title: 'Three-way invoice matching', status: 'qualified' });
  });

  it('records a change of tags as the whole list before and after', async () => {
    const id = await createUseCase(db, contextOf('Ada', seq), workspaceId, formOfUseCase());

    await updateUseCase(db, contextOf('Ada', seq), id, formOfUseCase({ tags: ['finance', 'ocr'] }));

    const [entry] = await listAuditEntriesFor(db, workspaceId, [id]);
    expect(entry?.before).toEqual({ tags: ['finance'] });
    expect(entry?.after).toEqual({ tags: ['finance', 'ocr'] });
  });

  it('writes nothing when the form is saved unchanged', async () => {
    const id = await createUseCase(db, contextOf('Ada', seq), workspaceId, formOfUseCase());
    const before = await dumpDatabase(db);

    await updateUseCase(db, contextOf('Ada', seq), id, formOfUseCase());

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a title of 201 characters, and nothing changes', async () => {
    const id = await createUseCase(db, contextOf('Ada', seq), workspaceId, formOfUseCase());
    const before = await dumpDatabase(db);

    const error = await rejectionOf(
      updateUseCase(db, contextOf('Ada', seq), id, formOfUseCase({ title: 'y'.repeat(201) })),
    );

    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues.map((i) => i.message)).toEqual(['errors.tooLong']);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('deleting a use case', () => {
  it('removes it with its scorecards and from the waves; other use cases keep theirs', async () => {
    const ada = contextOf('Ada', seq);
    const bob = contextOf('Bob', seq);
    const doomed = await createUseCase(db, ada, workspaceId, formOfUseCase({ title: 'Doomed' }));
    const kept = await createUseCase(db, ada, workspaceId, formOfUseCase({ title: 'Kept' }));
    await saveOwnScores(db, ada, doomed, fullScoresOf());
    await saveOwnScores(db, bob, doomed, scoresOf({ strategicValue: 5 }));
    await saveOwnScores(db, ada, kept, scoresOf({ brandImpact: 2 }));
    await saveOwnScores(db, bob, kept, scoresOf({ brandImpact: 4 }));
    // A wave as the app creates it (no capacity, no dates), placed and holding these use cases.
    const wave = (id: string, name: string, position: number, useCaseIds: string[]) => ({
      ...emptyWaves(workspaceId, [name], () => id)[0]!,
      position,
      useCaseIds,
    });
    await db.waves.bulkAdd([
      wave('w-now', 'Now', 0, [kept, doomed]),
      wave('w-next', 'Next', 1, [doomed]),
      wave('w-later', 'Later', 2, [kept]),
    ]);
    const record = await stored(doomed);
    const keptCards = await listScorecardsOfUseCase(db, kept);
    expect(keptCards).toHaveLength(2);

    const deleted = await deleteUseCase(db, contextOf('Chloé', seq), doomed);

    expect(await getUseCase(db, doomed)).toBeNull();
    expect((await listUseCases(db, workspaceId)).map((u) => u.title)).toEqual(['Kept']);
    expect(await listScorecardsOfUseCase(db, doomed)).toEqual([]);
    expect(await listScorecardsOfUseCase(db, kept)).toEqual(keptCards);
    expect(await db.waves.orderBy('id').toArray()).toEqual([
      wave('w-later', 'Later', 2, [kept]),
      wave('w-next', 'Next', 1, []),
      wave('w-now', 'Now', 0, [kept]),
    ]);

    const [entry] = await listAuditEntries(db, workspaceId); // newest first
    expect(entry).toMatchObject({
      actor: 'Chloé',
      action: 'deleted',
      entityType: 'useCase',
      entityId: doomed,
      label: 'Doomed',
      after: null,
    });
    // The trail names what was deleted in the user's words; the record itself is returned for undo.
    expect(entry?.before).toEqual({
      title: 'Doomed',
      scope: record?.scope,
      status: record?.status,
    });
    expect(deleted?.useCase).toEqual(record);

    // Undo puts everything back where it was.
    const beforeUndo = await dumpDatabase(db);
    await restoreUseCase(db, contextOf('Chloé', seq), deleted!);
    expect(await getUseCase(db, doomed)).toEqual(record);
    expect(await listScorecardsOfUseCase(db, doomed)).toHaveLength(2);
    expect((await db.waves.get('w-now'))?.useCaseIds).toEqual([kept, doomed]);
    expect((await db.waves.get('w-next'))?.useCaseIds).toEqual([doomed]);
    expect((await dumpDatabase(db)).audit.length).toBe(beforeUndo.audit.length + 1);
  });

  it('keeps the history of the deleted use case', async () => {
    const ada = contextOf('Ada', seq);
    const id = await createUseCase(db, ada, workspaceId, formOfUseCase());
    await saveOwnScores(db, ada, id, scoresOf({ strategicValue: 3 }));

    await deleteUseCase(db, ada, id);

    // created, scored, deleted: the trail is append-only.
    expect(
      (await listAuditEntriesFor(db, workspaceId, [id])).map((e) => [e.entityType, e.action]),
    ).toEqual([
      ['useCase', 'deleted'],
      ['scorecard', 'created'],
      ['useCase', 'created'],
    ]);
  });

  it('does nothing for a use case that does not exist', async () => {
    await createUseCase(db, contextOf('Ada', seq), workspaceId, formOfUseCase());
    const before = await dumpDatabase(db);
    await deleteUseCase(db, contextOf('Ada', seq), 'nope');
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
