import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import {
  findParticipantByName,
  listParticipants,
  listScorecardsOfUseCase,
  saveOwnScores,
} from '../../src/db/repositories/scorecards';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { getWorkspace } from '../../src/db/repositories/workspaces';
import type { CriterionScores } from '../../src/domain/schema/scorecard';
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
import { listScorecards } from '../../src/db/repositories/workspace-reads';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;
let useCaseId: string;

const at = (seconds: number) => new Date(Date.parse(START_TIME) + seconds * 1000).toISOString();

beforeEach(async () => {
  // Clock: workspace at(0), use case at(1); the first save below reads at(2).
  ({ db, seq, workspaceId } = await openTestDatabase({ actor: 'Facilitator' }));
  const facilitator = contextOf('Facilitator', seq);
  useCaseId = await createUseCase(db, facilitator, workspaceId, formOfUseCase());
});

afterEach(deleteTestDatabases);

async function cardOf(name: string) {
  const participant = await findParticipantByName(db, workspaceId, name);
  if (!participant) return undefined;
  const cards = await listScorecardsOfUseCase(db, useCaseId);
  return cards.find((c) => c.participantId === participant.id);
}

describe('saving my own scores', () => {
  it('makes me a participant the first time, then stores my scorecard', async () => {
    const scores = scoresOf(
      { strategicValue: 4, dataMaturity: 2 },
      { strategicValue: 'Board goal' },
    );

    await saveOwnScores(db, contextOf('Ada', seq), useCaseId, scores);

    const participants = await listParticipants(db, workspaceId);
    expect(participants).toEqual([
      { id: expect.any(String) as string, workspaceId, name: 'Ada', departmentId: null, role: '' },
    ]);
    const ada = participants[0]!;
    expect(await listScorecardsOfUseCase(db, useCaseId)).toEqual([
      {
        id: expect.any(String) as string,
        workspaceId,
        useCaseId,
        participantId: ada.id,
        scores,
        updatedAt: at(2),
      },
    ]);

    // Both entries are written at the same instant; find each by what it is about.
    const entries = await listAuditEntries(db, workspaceId);
    const joined = entries.find((e) => e.entityType === 'participant');
    const scored = entries.find((e) => e.entityType === 'scorecard');
    expect(joined).toMatchObject({
      actor: 'Ada',
      action: 'created',
      entityType: 'participant',
      entityId: ada.id,
      label: 'Ada',
    });
    expect(scored).toMatchObject({
      actor: 'Ada',
      action: 'created',
      entityType: 'scorecard',
      entityId: useCaseId,
    });
    expect(scored?.after).toMatchObject({
      strategicValue: { score: 4, rationale: 'Board goal' },
      dataMaturity: { score: 2, rationale: '' },
    });
    expect(await db.audit.count()).toBe(4); // workspace, use case, participant, scorecard
    expect((await getWorkspace(db, workspaceId))?.updatedAt).toBe(at(2));
  });

  it("keeps a second person's scores on a scorecard of their own", async () => {
    const adaScores = scoresOf({ strategicValue: 4 });
    await saveOwnScores(db, contextOf('Ada', seq), useCaseId, adaScores);
    const adaCard = await cardOf('Ada');

    await saveOwnScores(db, contextOf('Bob', seq), useCaseId, scoresOf({ strategicValue: 2 }));

    expect(await listParticipants(db, workspaceId)).toHaveLength(2);
    expect(await listScorecardsOfUseCase(db, useCaseId)).toHaveLength(2);
    expect(await cardOf('Ada')).toEqual(adaCard);
    expect((await cardOf('Bob'))?.scores).toEqual(scoresOf({ strategicValue: 2 }));
    expect((await cardOf('Bob'))?.id).not.toBe(adaCard?.id);
  });

  it("updates my own scorecard without touching anyone else's", async () => {
    await saveOwnScores(db, contextOf('Ada', seq), useCaseId, scoresOf({ strategicValue: 4 }));
    await saveOwnScores(db, contextOf('Bob', seq), useCaseId, scoresOf({ strategicValue: 2 }));
    const adaCard = await cardOf('Ada');
    const bobCard = await cardOf('Bob');

    await saveOwnScores(
      db,
      contextOf('Ada', seq),
      useCaseId,
      scoresOf({ strategicValue: 5, brandImpact: 3 }),
    );

    const updated = await cardOf('Ada');
    expect(updated?.id).toBe(adaCard?.id);
    expect(updated?.scores).toEqual(scoresOf({ strategicValue: 5, brandImpact: 3 }));
    expect(await cardOf('Bob')).toEqual(bobCard);
    expect(await listScorecards(db, workspaceId)).toHaveLength(2);

    const [entry] = await listAuditEntries(db, workspaceId);
    expect(entry).toMatchObject({ actor: 'Ada', action: 'updated', entityType: 'scorecard' });
    expect(entry?.before).toEqual({
      strategicValue: { score: 4, rationale: '' },
      brandImpact: { score: null, rationale: '' },
    });
    expect(entry?.after).toEqual({
      strategicValue: { score: 5, rationale: '' },
      brandImpact: { score: 3, rationale: '' },
    });
  });

  it('writes nothing, not even an audit entry, when the same scores are saved again', async () => {
    await saveOwnScores(db, contextOf('Ada', seq), useCaseId, fullScoresOf({ customerImpact: 5 }));
    const before = await dumpDatabase(db);

    await saveOwnScores(db, contextOf('Ada', seq), useCaseId, fullScoresOf({ customerImpact: 5 }));

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it.each([
    ['6, above the scale', 6, 'errors.scoreRange'],
    ['0, below the scale', 0, 'errors.scoreRange'],
    ['2.5, not a whole number', 2.5, 'errors.scoreInteger'],
  ])('refuses a score of %s, and nothing changes', async (_label, score, message) => {
    await saveOwnScores(db, contextOf('Ada', seq), useCaseId, scoresOf({ strategicValue: 3 }));
    const before = await dumpDatabase(db);

    for (const actor of ['Ada', 'Newcomer']) {
      const error = await rejectionOf(
        saveOwnScores(db, contextOf(actor, seq), useCaseId, scoresOf({ customerImpact: score })),
      );
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues).toMatchObject([
        { path: ['customerImpact', 'score'], message },
      ]);
    }

    // Not even the newcomer became a participant.
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a use case that does not exist, and nothing changes', async () => {
    const before = await dumpDatabase(db);
    await expect(
      saveOwnScores(db, contextOf('Ada', seq), 'nope', scoresOf({ strategicValue: 3 })),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it.each([
    ['Ada', 'ada'],
    ['Ada', ' ADA '],
    ['Élodie', 'elodie'],
    ['elodie', 'Élodie'],
  ])('knows "%s" and "%s" as the same person', async (first, second) => {
    await saveOwnScores(db, contextOf(first, seq), useCaseId, scoresOf({ strategicValue: 4 }));
    const [participant] = await listParticipants(db, workspaceId);

    const changed: CriterionScores = scoresOf({ strategicValue: 2 });
    await saveOwnScores(db, contextOf(second, seq), useCaseId, changed);

    expect(await listParticipants(db, workspaceId)).toEqual([participant]);
    const cards = await listScorecardsOfUseCase(db, useCaseId);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.participantId).toBe(participant?.id);
    expect(cards[0]?.scores).toEqual(changed);
  });

  it('keeps "Elodie" and "Élise" apart', async () => {
    await saveOwnScores(db, contextOf('Elodie', seq), useCaseId, scoresOf({ strategicValue: 4 }));
    await saveOwnScores(db, contextOf('Élise', seq), useCaseId, scoresOf({ strategicValue: 2 }));

    expect((await listParticipants(db, workspaceId)).map((p) => p.name).sort()).toEqual([
      'Elodie',
      'Élise',
    ]);
    expect(await listScorecardsOfUseCase(db, useCaseId)).toHaveLength(2);
  });
});
