import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import {
  resolveDivergence,
  setAggregation,
  setBlindScoring,
  setScoresRevealed,
  updateCriterionText,
  withdrawDivergenceResolution,
} from '../../src/db/repositories/group-scoring';
import {
  NAME_TAKEN,
  addParticipant,
  removeParticipant,
  updateParticipant,
} from '../../src/db/repositories/participants';
import { listParticipants, saveParticipantScores } from '../../src/db/repositories/scorecards';
import { getWorkspace } from '../../src/db/repositories/workspaces';
import { agreedScoresOf } from '../../src/domain/scoring/group-scores';
import { effectiveScoresOf } from '../../src/domain/decision/effective-scores';
import {
  contextOf,
  dumpDatabase,
  rejectionOf,
  sampleWorkspaceBundle,
  scoresOf,
  sequence,
  type Sequence,
} from '../fixtures/builders';
import {
  listDivergenceResolutions,
  listScorecards,
} from '../../src/db/repositories/workspace-reads';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
const WS = 'src-ws';
const MATCH = 'src-uc-match';
const ADA = 'src-p-ada';
const BOB = 'src-p-bob';

beforeEach(async () => {
  ({ db, seq } = await openTestDatabase({
    content: sampleWorkspaceBundle('src'),
    seq: sequence('2026-01-01T00:00:00.000Z'),
  }));
});

afterEach(deleteTestDatabases);

function zodMessages(error: unknown) {
  expect(error).toBeInstanceOf(z.ZodError);
  return (error as z.ZodError).issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('participants', () => {
  it('adds, renames and removes a participant, each change audited', async () => {
    const ctx = contextOf('Facilitator', seq);
    const id = await addParticipant(db, ctx, WS, {
      name: ' Chloé ',
      departmentId: 'dep-fin',
      role: 'Controller',
    });
    expect((await db.participants.get(id))?.name).toBe('Chloé');
    await updateParticipant(db, ctx, id, { name: 'Chloé Roux', departmentId: null, role: '' });
    expect(await db.participants.get(id)).toMatchObject({ name: 'Chloé Roux', departmentId: null });
    await removeParticipant(db, ctx, id, 'keep');
    expect(await db.participants.get(id)).toBeUndefined();

    const entries = (await listAuditEntries(db, WS)).filter((e) => e.entityId === id);
    expect(entries.map((e) => e.action).sort()).toEqual(['created', 'deleted', 'updated']);
    expect((await getWorkspace(db, WS))?.updatedAt).not.toBe('2025-03-01T09:00:00.000Z');
  });

  it('refuses a taken name (case and accents ignored), an unknown department, a blank name', async () => {
    const before = await dumpDatabase(db);
    const ctx = contextOf('Facilitator', seq);
    expect(
      zodMessages(
        await rejectionOf(addParticipant(db, ctx, WS, { name: 'ADA', departmentId: null })),
      ),
    ).toEqual([{ path: ['name'], message: NAME_TAKEN }]);
    expect(
      zodMessages(
        await rejectionOf(updateParticipant(db, ctx, BOB, { name: 'ada', departmentId: null })),
      ),
    ).toEqual([{ path: ['name'], message: NAME_TAKEN }]);
    expect(
      zodMessages(
        await rejectionOf(addParticipant(db, ctx, WS, { name: 'Cy', departmentId: 'nope' })),
      ),
    ).toEqual([{ path: ['departmentId'], message: 'errors.invalid' }]);
    expect(
      zodMessages(
        await rejectionOf(addParticipant(db, ctx, WS, { name: '  ', departmentId: null })),
      ),
    ).toEqual([{ path: ['name'], message: 'errors.required' }]);
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it("keeps a removed participant's scorecards when asked to", async () => {
    await removeParticipant(db, contextOf('Facilitator', seq), BOB, 'keep');
    expect((await listScorecards(db, WS)).filter((c) => c.participantId === BOB)).toHaveLength(2);
  });

  it("deletes a removed participant's scorecards when asked to, each deletion audited", async () => {
    await removeParticipant(db, contextOf('Facilitator', seq), BOB, 'delete');
    expect((await listScorecards(db, WS)).map((c) => c.participantId)).toEqual([ADA]);
    const deleted = (await listAuditEntries(db, WS)).filter(
      (e) => e.entityType === 'scorecard' && e.action === 'deleted',
    );
    expect(deleted.map((e) => e.label).sort()).toEqual([
      'Invoice matching · Bob',
      'Support answers · Bob',
    ]);
    expect(await listParticipants(db, WS)).toHaveLength(1);
  });
});

describe('scoring as a given participant (facilitator mode)', () => {
  it("writes that participant's scorecard only, signed by the person at the keyboard", async () => {
    const adaBefore = (await listScorecards(db, WS)).find((c) => c.id === 'src-sc-ada-match');
    await saveParticipantScores(
      db,
      contextOf('Facilitator', seq),
      MATCH,
      BOB,
      scoresOf({ strategicValue: 5 }),
    );
    const cards = await listScorecards(db, WS);
    expect(cards.find((c) => c.id === 'src-sc-bob-match')?.scores).toEqual(
      scoresOf({ strategicValue: 5 }),
    );
    expect(cards.find((c) => c.id === 'src-sc-ada-match')).toEqual(adaBefore);
    const [entry] = await listAuditEntries(db, WS);
    expect(entry).toMatchObject({
      actor: 'Facilitator',
      entityType: 'scorecard',
      label: 'Invoice matching · Bob',
    });
  });

  it('refuses a bad score or an unknown participant, and nothing changes', async () => {
    const before = await dumpDatabase(db);
    const ctx = contextOf('Facilitator', seq);
    expect(
      zodMessages(
        await rejectionOf(saveParticipantScores(db, ctx, MATCH, BOB, scoresOf({ brandImpact: 7 }))),
      ),
    ).toEqual([{ path: ['brandImpact', 'score'], message: 'errors.scoreRange' }]);
    await expect(saveParticipantScores(db, ctx, MATCH, 'nobody', scoresOf({}))).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('blind scoring: reveal and hide', () => {
  it('records when the scores were revealed, and hides them again, audited', async () => {
    const ctx = contextOf('Facilitator', seq);
    await setScoresRevealed(db, ctx, MATCH, true);
    const revealedAt = (await db.useCases.get(MATCH))?.scoresRevealedAt;
    expect(revealedAt).toBe('2026-01-01T00:00:00.000Z');
    await setScoresRevealed(db, ctx, MATCH, true); // already revealed: nothing to do
    await setScoresRevealed(db, ctx, MATCH, false);
    expect((await db.useCases.get(MATCH))?.scoresRevealedAt).toBeNull();
    const entries = (await listAuditEntries(db, WS)).filter(
      (e) => e.entityId === MATCH && e.entityType === 'useCase' && e.actor === 'Facilitator',
    );
    expect(entries.map((e) => e.after)).toEqual([
      { scoresRevealedAt: null },
      { scoresRevealedAt: revealedAt },
    ]);
  });
});

describe('resolving a divergence', () => {
  it('stores a decision with the agreed score and the note, audited; scorecards untouched', async () => {
    const cardsBefore = await listScorecards(db, WS);
    const id = await resolveDivergence(db, contextOf('Facilitator', seq), MATCH, {
      criterion: 'strategicValue',
      agreedScore: 4,
      note: 'Cash matters this year',
    });
    const decision = await db.decisions.get(id);
    expect(decision).toMatchObject({
      kind: 'divergenceResolution',
      useCaseId: MATCH,
      criterion: 'strategicValue',
      agreedScore: 4,
      reason: 'Cash matters this year',
      author: 'Facilitator',
    });
    expect(await listScorecards(db, WS)).toEqual(cardsBefore);
    const [entry] = await listAuditEntries(db, WS);
    expect(entry).toMatchObject({
      action: 'decided',
      entityType: 'decision',
      entityId: id,
      label: 'Invoice matching',
    });
    expect(entry?.after).toEqual({
      strategicValue: { score: 4, rationale: 'Cash matters this year' },
    });

    // The agreed score is the group's score: Ada 4 and Bob 2 give a mean of 3; the sample
    // bundle's older agreement (3) is replaced by the newer one (4).
    const agreed = agreedScoresOf(await listDivergenceResolutions(db, WS)).get(MATCH);
    const cards = cardsBefore.filter((c) => c.useCaseId === MATCH);
    expect(effectiveScoresOf(cards, 'mean', agreed, false).values.strategicValue).toBe(4);

    await withdrawDivergenceResolution(db, contextOf('Facilitator', seq), id, 'Revisit');
    const after = agreedScoresOf(await listDivergenceResolutions(db, WS)).get(MATCH);
    expect(after?.get('strategicValue')?.agreedScore).toBe(3); // the older one stands again
  });

  it('refuses an agreed score out of 1..5 or a blank note, and nothing changes', async () => {
    const before = await dumpDatabase(db);
    const ctx = contextOf('Facilitator', seq);
    expect(
      zodMessages(
        await rejectionOf(
          resolveDivergence(db, ctx, MATCH, {
            criterion: 'brandImpact',
            agreedScore: 6,
            note: 'x',
          }),
        ),
      ),
    ).toMatchObject([{ path: ['agreedScore'] }]);
    expect(
      zodMessages(
        await rejectionOf(
          resolveDivergence(db, ctx, MATCH, {
            criterion: 'brandImpact',
            agreedScore: 3,
            note: '  ',
          }),
        ),
      ),
    ).toEqual([{ path: ['note'], message: 'errors.reasonRequired' }]);
    await expect(
      resolveDivergence(db, ctx, 'nope', { criterion: 'brandImpact', agreedScore: 3, note: 'x' }),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('workspace settings of group scoring', () => {
  it('edits and resets a criterion text, and sets the aggregation and blind flag, audited', async () => {
    const ctx = contextOf('Facilitator', seq);
    const text = { question: ' Does it help? ', anchor1: 'No', anchor3: '', anchor5: 'Yes' };
    await updateCriterionText(db, ctx, WS, 'brandImpact', text);
    expect((await getWorkspace(db, WS))?.criterionTexts.brandImpact).toEqual({
      question: 'Does it help?',
      anchor1: 'No',
      anchor3: '',
      anchor5: 'Yes',
    });
    await updateCriterionText(db, ctx, WS, 'brandImpact', null);
    expect((await getWorkspace(db, WS))?.criterionTexts).toEqual({});
    await setAggregation(db, ctx, WS, 'median');
    await setBlindScoring(db, ctx, WS, true);
    expect(await getWorkspace(db, WS)).toMatchObject({ aggregation: 'median', blindScoring: true });
    const entries = (await listAuditEntries(db, WS)).filter((e) => e.actor === 'Facilitator');
    expect(entries).toHaveLength(4);
  });

  it('refuses a text too long or an unknown method, and nothing changes', async () => {
    const before = await dumpDatabase(db);
    const ctx = contextOf('Facilitator', seq);
    const long = 'x'.repeat(5001);
    expect(
      zodMessages(
        await rejectionOf(
          updateCriterionText(db, ctx, WS, 'brandImpact', {
            question: long,
            anchor1: '',
            anchor3: '',
            anchor5: '',
          }),
        ),
      ),
    ).toEqual([{ path: ['question'], message: 'errors.tooLong' }]);
    await expect(setAggregation(db, ctx, WS, 'mode' as 'mean')).rejects.toBeInstanceOf(z.ZodError);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
