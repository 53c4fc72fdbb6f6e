import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import {
  arbitrateConflict,
  createOverride,
  setOverrideFollowUp,
  withdrawOverride,
} from '../../src/db/repositories/decisions';
import { listDecisions } from '../../src/db/repositories/decision-input';
import { saveOwnScores } from '../../src/db/repositories/scorecards';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { getWorkspace } from '../../src/db/repositories/workspaces';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  fullScoresOf,
  rejectionOf,
  formOfUseCase,
  type Sequence,
} from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;
let strong: string;
let weak: string;

const at = (seconds: number) => new Date(Date.parse(START_TIME) + seconds * 1000).toISOString();

beforeEach(async () => {
  ({ db, seq, workspaceId } = await openTestDatabase()); // at(0)
  const ctx = contextOf('Ada', seq);
  strong = await createUseCase(db, ctx, workspaceId, formOfUseCase({ title: 'Strong' })); // at(1)
  weak = await createUseCase(db, ctx, workspaceId, formOfUseCase({ title: 'Weak' })); // at(2)
  // Weak: every criterion 3 -> overall 25 * (3 - 1) = 50.
  // Strong: value criteria 5 -> oriented 5 on the five value criteria, 3 elsewhere:
  // overall = 25 * ((5*5 + 3*3) / 8 - 1) = 25 * (34/8 - 1) = 81.25 > Weak's 50, so Strong ranks 1st.
  await saveOwnScores(
    db,
    ctx,
    strong,
    fullScoresOf({
      strategicValue: 5,
      customerImpact: 5,
      financialPotential: 5,
      brandImpact: 5,
      strategicAlignment: 5,
    }),
  ); // at(3)
  await saveOwnScores(db, ctx, weak, fullScoresOf()); // at(4)
});

afterEach(deleteTestDatabases);

describe('an override', () => {
  it('is signed by its author, keeps the computed rank, and is audited as decided', async () => {
    const id = await createOverride(db, contextOf('Bob', seq), {
      useCaseId: weak,
      action: 'setPosition',
      position: 1,
      reason: 'Board priority',
      owner: 'Claire',
    });

    const [decision] = await listDecisions(db, workspaceId);
    expect(decision).toEqual({
      id,
      workspaceId,
      kind: 'override',
      author: 'Bob',
      at: at(5),
      reason: 'Board priority',
      owner: 'Claire',
      reviewDate: null,
      withdrawnAt: null,
      withdrawnBy: '',
      withdrawReason: '',
      useCaseId: weak,
      action: 'setPosition',
      position: 1,
      waveId: null,
      computedRank: 2,
    });
    const [entry] = await listAuditEntries(db, workspaceId);
    expect(entry).toMatchObject({
      action: 'decided',
      actor: 'Bob',
      entityType: 'decision',
      entityId: id,
      label: 'Weak',
      before: null,
    });
    expect(entry?.after).toMatchObject({ action: 'setPosition', reason: 'Board priority' });
    expect((await getWorkspace(db, workspaceId))?.updatedAt).toBe(at(5));
  });

  it('refuses a blank reason, a manual position without a position, and stores nothing', async () => {
    const before = await dumpDatabase(db);

    const blank = await rejectionOf(
      createOverride(db, contextOf('Bob', seq), {
        useCaseId: weak,
        action: 'forceIntoTop',
        reason: '   ',
      }),
    );
    expect(blank).toBeInstanceOf(z.ZodError);
    expect((blank as z.ZodError).issues).toMatchObject([
      { path: ['reason'], message: 'errors.reasonRequired' },
    ]);

    const noPosition = await rejectionOf(
      createOverride(db, contextOf('Bob', seq), {
        useCaseId: weak,
        action: 'setPosition',
        reason: 'Because',
      }),
    );
    expect((noPosition as z.ZodError).issues).toMatchObject([
      { path: ['position'], message: 'errors.required' },
    ]);

    await expect(
      createOverride(db, contextOf('Bob', seq), {
        useCaseId: 'nope',
        action: 'forceIntoTop',
        reason: 'Because',
      }),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('is withdrawn with a reason, kept stored and audited as withdrawn', async () => {
    const id = await createOverride(db, contextOf('Bob', seq), {
      useCaseId: weak,
      action: 'forceIntoTop',
      reason: 'Board priority',
    }); // at(5)

    await withdrawOverride(db, contextOf('Claire', seq), id, 'Scores revised'); // at(6)

    const [decision] = await listDecisions(db, workspaceId);
    expect(decision).toMatchObject({
      id,
      reason: 'Board priority',
      withdrawnAt: at(6),
      withdrawnBy: 'Claire',
      withdrawReason: 'Scores revised',
    });
    const [entry] = await listAuditEntries(db, workspaceId);
    expect(entry).toMatchObject({ action: 'withdrawn', actor: 'Claire', entityId: id });
    expect(entry?.after).toEqual({ withdrawReason: 'Scores revised' });
  });

  it('refuses a withdrawal without a reason, or twice, and stores nothing', async () => {
    const id = await createOverride(db, contextOf('Bob', seq), {
      useCaseId: weak,
      action: 'forceIntoTop',
      reason: 'Board priority',
    });
    const before = await dumpDatabase(db);
    const error = await rejectionOf(withdrawOverride(db, contextOf('Claire', seq), id, ''));
    expect((error as z.ZodError).issues).toMatchObject([
      { path: ['reason'], message: 'errors.reasonRequired' },
    ]);
    expect(await dumpDatabase(db)).toEqual(before);

    await withdrawOverride(db, contextOf('Claire', seq), id, 'Done');
    const afterFirst = await dumpDatabase(db);
    await expect(withdrawOverride(db, contextOf('Claire', seq), id, 'Again')).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(afterFirst);
  });

  it('gets a review date and an owner; a bad date is refused and nothing changes', async () => {
    const id = await createOverride(db, contextOf('Bob', seq), {
      useCaseId: weak,
      action: 'forceOutOfTop',
      reason: 'Not now',
    }); // at(5)
    const before = await dumpDatabase(db);
    const error = await rejectionOf(
      setOverrideFollowUp(db, contextOf('Ada', seq), id, {
        owner: 'Ada',
        reviewDate: '2026-13-45',
      }),
    );
    expect((error as z.ZodError).issues).toMatchObject([
      { path: ['reviewDate'], message: 'errors.invalid' },
    ]);
    expect(await dumpDatabase(db)).toEqual(before);

    await setOverrideFollowUp(db, contextOf('Ada', seq), id, {
      owner: 'Ada',
      reviewDate: '2026-06-30',
    });
    const [decision] = await listDecisions(db, workspaceId);
    expect(decision).toMatchObject({ owner: 'Ada', reviewDate: '2026-06-30', withdrawnAt: null });
    const [entry] = await listAuditEntries(db, workspaceId);
    expect(entry).toMatchObject({ action: 'updated', entityId: id });
    expect(entry?.before).toEqual({ owner: '', reviewDate: null });
    expect(entry?.after).toEqual({ owner: 'Ada', reviewDate: '2026-06-30' });
  });
});

describe('a KPI-conflict arbitration', () => {
  it('records the decision, who decided and the note, audited as decided', async () => {
    const id = await arbitrateConflict(db, contextOf('Dana', seq), workspaceId, {
      conflictKey: 'k1',
      decision: 'Satisfaction first',
      reason: 'Agreed at the steering committee',
      label: 'Chatbot vs NPS',
    });
    const [decision] = await listDecisions(db, workspaceId);
    expect(decision).toMatchObject({
      id,
      kind: 'kpiArbitration',
      author: 'Dana',
      conflictKey: 'k1',
      decision: 'Satisfaction first',
      reason: 'Agreed at the steering committee',
    });
    const [entry] = await listAuditEntries(db, workspaceId);
    expect(entry).toMatchObject({ action: 'decided', label: 'Chatbot vs NPS', entityId: id });
  });

  it('refuses an empty decision, an empty note or a second arbitration; nothing changes', async () => {
    const before = await dumpDatabase(db);
    const error = await rejectionOf(
      arbitrateConflict(db, contextOf('Dana', seq), workspaceId, {
        conflictKey: 'k1',
        decision: ' ',
        reason: '',
      }),
    );
    expect((error as z.ZodError).issues).toMatchObject([
      { path: ['decision'], message: 'errors.required' },
      { path: ['reason'], message: 'errors.reasonRequired' },
    ]);
    expect(await dumpDatabase(db)).toEqual(before);

    await arbitrateConflict(db, contextOf('Dana', seq), workspaceId, {
      conflictKey: 'k1',
      decision: 'A',
      reason: 'B',
    });
    const afterFirst = await dumpDatabase(db);
    await expect(
      arbitrateConflict(db, contextOf('Dana', seq), workspaceId, {
        conflictKey: 'k1',
        decision: 'C',
        reason: 'D',
      }),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(afterFirst);
  });
});
