import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import { listWaves, readRoadmap } from '../../src/db/repositories/roadmap';
import { applyRoadmapSuggestion, moveCard } from '../../src/db/repositories/roadmap-moves';
import {
  createWaves,
  deleteWave,
  setRoadmapMode,
  updateWave,
} from '../../src/db/repositories/roadmap-waves';
import { type SuggestedWave } from '../../src/domain/roadmap/suggest-roadmap';
import type { CriterionScores } from '../../src/domain/schema/scorecard';
import type { UseCase } from '../../src/domain/schema/use-case';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  fullScoresOf,
  minimalWorkspaceBundle,
  rejectionOf,
  type Sequence,
} from '../fixtures/builders';
import { SUGGESTION_TEXTS } from '../fixtures/suggestion-texts';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

const WS = 'ws';
let db: ClarteDatabase;
let seq: Sequence;

const TEXTS = SUGGESTION_TEXTS;

function useCase(id: string, scope: UseCase['scope'], clear: boolean): UseCase {
  return {
    id,
    workspaceId: WS,
    title: `Use case ${id}`,
    description: '',
    scope,
    stepIds: ['step'],
    owner: clear ? 'Claire Martin' : '',
    intention: 'Make it visible',
    dataSignals: 'ERP lines',
    humanLoop: { automationLevel: 'assist', exceptionOwner: 'Bruno', howToPause: 'Switch off' },
    successMeasure: { kpiId: 'kpi', baseline: 10, target: 5, reviewDate: null },
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
    complianceNote: 'No personal data',
    status: 'scored',
    statusReason: '',
    tags: [],
    scoresRevealedAt: null,
    createdAt: START_TIME,
    updatedAt: START_TIME,
  };
}

function card(useCaseId: string, scores: CriterionScores) {
  return {
    id: `sc-${useCaseId}`,
    workspaceId: WS,
    useCaseId,
    participantId: 'p',
    scores,
    updatedAt: START_TIME,
  };
}

/**
 * Five use cases, scored by hand (raw scores; technical complexity and compliance risk are
 * "higher is worse", oriented = 6 - raw):
 * - c (internal, NOT clear): raw SV 5, others 4 except TC 2, CR 2 -> oriented 5,4,4,4,4,4,4,4
 *   = 33 / 8 = 4.125 -> overall 78.1; value (5+4+4+4+4)/5 = 4.2 -> 80; feasibility 75. Rank 1.
 * - a (internal, clear): raw 4, TC 2, CR 2 -> oriented 4 everywhere -> 75 / 75 / 75. Rank 2.
 * - b (external, clear): raw 3 everywhere -> 50 / 50 / 50 (on the thresholds). Rank 3.
 * - d (internal, clear): raw 2, TC 4, CR 4 -> oriented 2 -> 25 / 25 / 25: deprioritise. Rank 4.
 * - e (internal, clear): not scored -> to score.
 * The suggestion: Now [a]; Next [c (unclear, not Now), b]; Later []; backlog [e]; out [d].
 */
function bundle(): WorkspaceBundle {
  const base = minimalWorkspaceBundle(WS);
  return {
    ...base,
    useCases: [
      useCase('a', 'internal', true),
      useCase('b', 'external', true),
      useCase('c', 'internal', false),
      useCase('d', 'internal', true),
      useCase('e', 'internal', true),
    ],
    participants: [{ id: 'p', workspaceId: WS, name: 'Ada', departmentId: null, role: '' }],
    scorecards: [
      card('a', fullScoresOf({ technicalComplexity: 2, complianceRisk: 2 }, 4)),
      card('b', fullScoresOf({}, 3)),
      card('c', fullScoresOf({ strategicValue: 5, technicalComplexity: 2, complianceRisk: 2 }, 4)),
      card('d', fullScoresOf({ technicalComplexity: 4, complianceRisk: 4 }, 2)),
    ],
  };
}

const drafts = ['Now', 'Next', 'Later'].map((name) => ({
  name,
  capacity: null,
  startDate: null,
  endDate: null,
}));

async function waveIds(): Promise<Record<string, string[]>> {
  return Object.fromEntries((await listWaves(db, WS)).map((w) => [w.name, w.useCaseIds]));
}

/** The roadmap as a screen showed it, had its suggestion put b (Next) in Later. */
async function seenWithBInLater() {
  const seen = (await readRoadmap(db, WS))!;
  const [now, next, later] = seen.suggestion.waves as [SuggestedWave, SuggestedWave, SuggestedWave];
  const b = next.placements.find((p) => p.useCaseId === 'b')!;
  const waves = [
    now,
    { ...next, placements: next.placements.filter((p) => p !== b) },
    { ...later, placements: [...later.placements, b] },
  ];
  return { ...seen, suggestion: { ...seen.suggestion, waves } };
}

beforeEach(async () => {
  ({ db, seq } = await openTestDatabase({ content: bundle() }));
  await createWaves(db, contextOf('Ada', seq), WS, drafts);
});

afterEach(deleteTestDatabases);

describe('applying the suggestion', () => {
  it('places every use case by the rule, with a placement decision each and one audit entry', async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
    expect(await waveIds()).toEqual({ Now: ['a'], Next: ['c', 'b'], Later: [] });

    const decisions = await db.decisions.toArray();
    expect(decisions.map((d) => d.kind === 'roadmapPlacement' && [d.useCaseId, d.reason])).toEqual(
      expect.arrayContaining([
        ['a', 'because internalQuickWin'],
        ['c', 'because unclearNotNow'],
        ['b', 'because externalQuickWin'],
      ]),
    );
    expect(decisions).toHaveLength(3);
    const [latest] = await listAuditEntries(db, WS);
    expect(latest).toMatchObject({
      action: 'decided',
      entityType: 'wave',
      label: 'Suggested roadmap',
      after: {
        Now: ['Use case a'],
        Next: ['Use case c', 'Use case b'],
        Later: [],
        Backlog: ['Use case e'],
        Out: ['Use case d'],
      },
    });
  });

  it('respects capacities and withdraws the previous placements when applied again', async () => {
    const [now] = await listWaves(db, WS);
    await updateWave(db, contextOf('Ada', seq), now!.id, { ...drafts[0]!, capacity: 0 });
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
    await applyRoadmapSuggestion(db, contextOf('Bob', seq), WS, TEXTS);
    // Now holds nothing: a overflows to Next, where c (1), a (2), b (3) sit by rank.
    expect(await waveIds()).toEqual({ Now: [], Next: ['c', 'a', 'b'], Later: [] });
    const decisions = await db.decisions.toArray();
    expect(decisions.filter((d) => d.withdrawnAt === null)).toHaveLength(3);
    expect(decisions.filter((d) => d.withdrawnBy === 'Bob')).toHaveLength(3);
  });

  it('applies the suggestion the screen shows while its waves are the stored ones', async () => {
    // The screen's suggestion, had it put b (Next) in Later: what the person saw is applied.
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS, await seenWithBInLater());
    expect(await waveIds()).toEqual({ Now: ['a'], Next: ['c'], Later: ['b'] });
    expect(await db.decisions.count()).toBe(3);
  });

  it('reads the roadmap again when the waves changed since the screen showed them', async () => {
    const seen = (await readRoadmap(db, WS))!;
    await applyRoadmapSuggestion(db, contextOf('Eve', seq), WS, TEXTS);
    const stale = { ...seen, suggestion: { ...seen.suggestion, waves: [] } };
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS, stale);
    // The stored roadmap decides: the rule's placement (first test), not the stale empty one.
    expect(await waveIds()).toEqual({ Now: ['a'], Next: ['c', 'b'], Later: [] });
    expect((await db.decisions.toArray()).filter((d) => d.withdrawnAt === null)).toHaveLength(3);
  });
});

describe('moving a card', () => {
  beforeEach(async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
  });

  it('reorders within a wave without a reason', async () => {
    const next = (await listWaves(db, WS))[1]!;
    const outcome = await moveCard(
      db,
      contextOf('Ada', seq),
      { useCaseId: 'b', toWaveId: next.id, position: 0, reason: '', owner: '' },
      'Backlog',
    );
    expect(outcome.grounds).toEqual([]);
    expect((await waveIds()).Next).toEqual(['b', 'c']);
    const [latest] = await listAuditEntries(db, WS);
    expect(latest).toMatchObject({
      action: 'updated',
      entityId: 'b',
      before: { wave: 'Next', position: 2 },
      after: { wave: 'Next', position: 1 },
    });
  });

  it('records a move against the suggestion as an override with its reason, owner and author', async () => {
    const later = (await listWaves(db, WS))[2]!;
    const outcome = await moveCard(
      db,
      contextOf('Bob', seq),
      { useCaseId: 'b', toWaveId: later.id, position: 0, reason: 'Budget next year', owner: 'Eve' },
      'Backlog',
    );
    expect(outcome.grounds).toEqual(['contradictsSuggestion']);
    expect(await waveIds()).toEqual({ Now: ['a'], Next: ['c'], Later: ['b'] });
    const override = (await db.decisions.toArray()).find((d) => d.kind === 'override');
    expect(override).toMatchObject({
      author: 'Bob',
      reason: 'Budget next year',
      owner: 'Eve',
      useCaseId: 'b',
      action: 'forceIntoWave',
      waveId: later.id,
      computedRank: 3,
    });
    const [latest] = await listAuditEntries(db, WS);
    expect(latest).toMatchObject({
      actor: 'Bob',
      action: 'decided',
      entityType: 'decision',
      entityId: 'b',
      after: { wave: 'Later', reason: 'Budget next year', owner: 'Eve' },
    });
  });

  it('records taking a card out of every wave as forceOutOfWave', async () => {
    await moveCard(
      db,
      contextOf('Ada', seq),
      { useCaseId: 'a', toWaveId: null, position: 0, reason: 'Team busy', owner: '' },
      'Backlog',
    );
    expect((await waveIds()).Now).toEqual([]);
    const override = (await db.decisions.toArray()).find((d) => d.kind === 'override');
    expect(override).toMatchObject({ action: 'forceOutOfWave', useCaseId: 'a' });
  });

  it('asks a reason to put a use case that is not clear in Now (SCORING.md section 12)', async () => {
    const now = (await listWaves(db, WS))[0]!;
    const outcome = await moveCard(
      db,
      contextOf('Ada', seq),
      { useCaseId: 'c', toWaveId: now.id, position: 1, reason: 'Sponsor insists', owner: '' },
      'Backlog',
    );
    expect(outcome.grounds).toEqual(['contradictsSuggestion', 'unclearIntoFirstWave']);
    expect((await waveIds()).Now).toEqual(['a', 'c']);
  });
});

describe('moving a card checked against the roadmap on screen', () => {
  beforeEach(async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
  });

  it('gives the same outcome as the roadmap read again when the screen shows the stored one', async () => {
    const seen = (await readRoadmap(db, WS))!;
    const later = seen.waves[2]!;
    const outcome = await moveCard(
      db,
      contextOf('Bob', seq),
      { useCaseId: 'b', toWaveId: later.id, position: 0, reason: 'Budget next year', owner: '' },
      'Backlog',
      seen,
    );
    expect(outcome.grounds).toEqual(['contradictsSuggestion']);
    expect(await waveIds()).toEqual({ Now: ['a'], Next: ['c'], Later: ['b'] });
    const override = (await db.decisions.toArray()).find((d) => d.kind === 'override');
    expect(override).toMatchObject({ action: 'forceIntoWave', computedRank: 3 });
  });

  it('takes the suggestion the person saw while the waves are the stored ones', async () => {
    const seen = await seenWithBInLater();
    const outcome = await moveCard(
      db,
      contextOf('Ada', seq),
      { useCaseId: 'b', toWaveId: seen.waves[2]!.id, position: 0, reason: '', owner: '' },
      'Backlog',
      seen,
    );
    expect(outcome.grounds).toEqual([]);
    expect((await waveIds()).Later).toEqual(['b']);
  });

  it('reads the roadmap again when the waves changed since (another tab): the stored suggestion decides', async () => {
    const seen = await seenWithBInLater();
    const next = seen.waves[1]!;
    await moveCard(
      db,
      contextOf('Eve', seq),
      { useCaseId: 'b', toWaveId: next.id, position: 0, reason: '', owner: '' },
      'Backlog',
    );
    const before = await dumpDatabase(db);
    const error = await rejectionOf(
      moveCard(
        db,
        contextOf('Ada', seq),
        { useCaseId: 'b', toWaveId: seen.waves[2]!.id, position: 0, reason: '', owner: '' },
        'Backlog',
        seen,
      ),
    );
    expect((error as z.ZodError).issues.map((i) => i.message)).toContain('errors.reasonRequired');
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('bad input refused, nothing stored changes', () => {
  beforeEach(async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
  });

  async function refused(change: () => Promise<unknown>, message: string | null) {
    const before = await dumpDatabase(db);
    const error = await rejectionOf(change());
    if (message) {
      expect(error).toBeInstanceOf(z.ZodError);
      expect((error as z.ZodError).issues.map((i) => i.message)).toContain(message);
    } else expect(error).toBeInstanceOf(Error);
    expect(await dumpDatabase(db)).toEqual(before);
  }

  it('a move against the suggestion without a reason', async () => {
    const later = (await listWaves(db, WS))[2]!;
    await refused(
      () =>
        moveCard(
          db,
          contextOf('Ada', seq),
          { useCaseId: 'b', toWaveId: later.id, position: 0, reason: '   ', owner: '' },
          'Backlog',
        ),
      'errors.reasonRequired',
    );
  });

  it('an unclear use case into Now without a reason', async () => {
    const now = (await listWaves(db, WS))[0]!;
    await refused(
      () =>
        moveCard(
          db,
          contextOf('Ada', seq),
          { useCaseId: 'c', toWaveId: now.id, position: 0, reason: '', owner: '' },
          'Backlog',
        ),
      'errors.reasonRequired',
    );
  });

  it('an unknown wave, a negative position, an empty name, a negative capacity, dates in the wrong order', async () => {
    const ctx = contextOf('Ada', seq);
    const move = { useCaseId: 'b', position: 0, reason: 'x', owner: '' };
    await refused(() => moveCard(db, ctx, { ...move, toWaveId: 'nope' }, 'Backlog'), null);
    await refused(
      () => moveCard(db, ctx, { ...move, toWaveId: null, position: -1 }, 'B'),
      'errors.negative',
    );
    const [now] = await listWaves(db, WS);
    await refused(
      () => updateWave(db, ctx, now!.id, { ...drafts[0]!, name: '  ' }),
      'errors.required',
    );
    await refused(
      () => updateWave(db, ctx, now!.id, { ...drafts[0]!, capacity: -1 }),
      'errors.negative',
    );
    await refused(
      () =>
        updateWave(db, ctx, now!.id, {
          ...drafts[0]!,
          startDate: '2027-03-31',
          endDate: '2027-01-01',
        }),
      'errors.invalid',
    );
    await refused(
      () => createWaves(db, ctx, WS, [{ ...drafts[0]!, capacity: 1.5 }]),
      'errors.invalid',
    );
  });
});

describe('waves', () => {
  it('switches to quarters keeping use cases and capacities, then back, and deletes a wave', async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
    const quarters = [
      ['Q4 2026', '2026-10-01', '2026-12-31'],
      ['Q1 2027', '2027-01-01', '2027-03-31'],
      ['Q2 2027', '2027-04-01', '2027-06-30'],
      ['Q3 2027', '2027-07-01', '2027-09-30'],
    ].map(([name, startDate, endDate]) => ({
      name: name!,
      startDate: startDate ?? null,
      endDate: endDate ?? null,
    }));
    const first = (await listWaves(db, WS))[0]!;
    await updateWave(db, contextOf('Ada', seq), first.id, { ...drafts[0]!, capacity: 4 });
    await setRoadmapMode(db, contextOf('Ada', seq), WS, 'quarters', quarters);
    const waves = await listWaves(db, WS);
    expect(waves.map((w) => [w.name, w.position, w.startDate, w.capacity, w.useCaseIds])).toEqual([
      ['Q4 2026', 0, '2026-10-01', 4, ['a']],
      ['Q1 2027', 1, '2027-01-01', null, ['c', 'b']],
      ['Q2 2027', 2, '2027-04-01', null, []],
      ['Q3 2027', 3, '2027-07-01', null, []],
    ]);
    expect((await db.workspaces.get(WS))?.roadmapMode).toBe('quarters');

    await setRoadmapMode(
      db,
      contextOf('Ada', seq),
      WS,
      'waves',
      drafts.map(({ name }) => ({ name, startDate: null, endDate: null })),
    );
    expect(await waveIds()).toEqual({ Now: ['a'], Next: ['c', 'b'], Later: [] });

    await deleteWave(db, contextOf('Ada', seq), (await listWaves(db, WS))[0]!.id);
    expect((await listWaves(db, WS)).map((w) => [w.name, w.position])).toEqual([
      ['Next', 0],
      ['Later', 1],
    ]);
    const state = await readRoadmap(db, WS);
    // Two waves left: the internal quick win "a" is suggested for the first one (now "Next");
    // "c" (not clear) and the external quick win "b" for the second (the last there is).
    expect(state?.suggestion.waves.map((w) => w.placements.map((p) => p.useCaseId))).toEqual([
      ['a'],
      ['c', 'b'],
    ]);
  });
});
