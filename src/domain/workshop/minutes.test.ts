import { describe, expect, it } from 'vitest';
import { aUseCase, fullScoresOf, scoresOf } from '../../../test/fixtures/builders';
import { decisionSettingsOf } from '../../../test/fixtures/decision-builders';
import { decisionSchema, type Decision } from '../schema/decision';
import type { Scorecard } from '../schema/scorecard';
import { workspaceSchema } from '../schema/workspace';
import { newAgenda } from './agenda';
import { buildMinutes } from './minutes';
import { workshopFacts, type WorkshopRecords } from './workshop-facts';

const AT = '2026-03-02T09:00:00.000Z';
const END = '2026-03-02T12:30:00.000Z';

const card = (id: string, useCaseId: string, participantId: string, scores: Scorecard['scores']) =>
  ({ id, workspaceId: 'ws', useCaseId, participantId, scores, updatedAt: AT }) satisfies Scorecard;

const decision = (fields: Record<string, unknown>): Decision =>
  decisionSchema.parse({ workspaceId: 'ws', author: 'Ada', at: AT, ...fields });

/** Ben's override of use case b, as recorded and as the minutes must carry it. */
const regulatorDeadline = {
  action: 'setPosition',
  position: 1,
  computedRank: 2,
  reason: 'Regulator deadline in June',
  author: 'Ben',
  owner: 'Sam',
} as const;

function records(): WorkshopRecords {
  const workspace = workspaceSchema.parse({
    id: 'ws',
    name: 'Insurer leadership',
    ...decisionSettingsOf({ topK: 2 }),
    createdAt: AT,
    updatedAt: AT,
  });
  const agenda = newAgenda().map((s, i) => ({ ...s, spentSeconds: (i + 1) * 60 }));
  return {
    workspace,
    participants: [
      { id: 'p1', workspaceId: 'ws', name: 'Ada', departmentId: null, role: '' },
      { id: 'p2', workspaceId: 'ws', name: 'Ben', departmentId: null, role: '' },
      { id: 'p3', workspaceId: 'ws', name: 'Chloé', departmentId: null, role: '' },
    ],
    workflows: [],
    steps: [],
    frictions: [],
    useCases: [
      aUseCase('a', { workspaceId: 'ws', title: 'Claims triage', owner: 'Léa' }),
      aUseCase('b', { workspaceId: 'ws', title: 'Fraud alerts', owner: 'Sam' }),
      aUseCase('c', { workspaceId: 'ws', title: 'Broker chatbot' }),
    ],
    scorecards: [
      // a: every criterion 4 by both; b: every criterion 2, except
      // strategic value 1 and 3 (mean 2, a divergence of 2 the group agreed on at 2).
      card('a1', 'a', 'p1', fullScoresOf({}, 4)),
      card('a2', 'a', 'p2', fullScoresOf({}, 4)),
      card('b1', 'b', 'p1', fullScoresOf({ strategicValue: 1 }, 2)),
      card('b2', 'b', 'p2', fullScoresOf({ strategicValue: 3 }, 2)),
      card('c1', 'c', 'p1', scoresOf({ strategicValue: 5 })),
    ],
    decisions: [
      decision({
        id: 'd1',
        kind: 'divergenceResolution',
        useCaseId: 'b',
        criterion: 'strategicValue',
        agreedScore: 2,
        reason: 'Fraud is a board priority but the data is thin',
      }),
      decision({ id: 'd2', kind: 'override', useCaseId: 'b', ...regulatorDeadline }),
      decision({
        id: 'd3',
        kind: 'override',
        useCaseId: 'a',
        action: 'forceOutOfTop',
        reason: 'withdrawn one',
        withdrawnAt: AT,
      }),
    ],
    waves: [
      {
        id: 'w2',
        workspaceId: 'ws',
        name: 'Next',
        position: 1,
        capacity: null,
        startDate: null,
        endDate: null,
        useCaseIds: ['a'],
      },
      {
        id: 'w1',
        workspaceId: 'ws',
        name: 'Now',
        position: 0,
        capacity: null,
        startDate: null,
        endDate: null,
        useCaseIds: ['b'],
      },
    ],
    workshops: [
      {
        id: 'wk',
        workspaceId: 'ws',
        startedAt: AT,
        endedAt: END,
        current: 7,
        agenda,
        participantIds: ['p1', 'p3'],
        updatedAt: END,
      },
    ],
    parkingLot: [
      {
        id: 'k1',
        workspaceId: 'ws',
        workshopId: 'wk',
        step: 'qualify',
        text: 'Ask legal about call recordings',
        owner: 'Chloé',
        author: 'Ada',
        createdAt: AT,
        closedAt: null,
      },
    ],
  };
}

describe('minutes', () => {
  const r = records();
  const minutes = buildMinutes(r, workshopFacts(r), 'wk')!;

  it('names the workshop, its date and the participants present', () => {
    expect(minutes.workspaceName).toBe('Insurer leadership');
    expect(minutes.startedAt).toBe(AT);
    expect(minutes.endedAt).toBe(END);
    expect(minutes.participants).toEqual(['Ada', 'Chloé']);
  });

  it('gives the time actually spent per step', () => {
    expect(minutes.steps.map((s) => s.spentSeconds)).toEqual([
      60, 120, 180, 240, 300, 360, 420, 480,
    ]);
    expect(minutes.steps[0]).toMatchObject({ step: 'frame', plannedMinutes: 20 });
  });

  it('lists the agreed score with its note, and the override in force with reason and author', () => {
    expect(minutes.agreedScores).toEqual([
      {
        useCaseTitle: 'Fraud alerts',
        criterion: 'strategicValue',
        score: 2,
        note: 'Fraud is a board priority but the data is thin',
        author: 'Ada',
        at: AT,
      },
    ]);
    expect(minutes.overrides).toHaveLength(1); // the withdrawn one is left out
    expect(minutes.overrides[0]).toMatchObject({
      useCaseTitle: 'Fraud alerts',
      ...regulatorDeadline,
    });
  });

  // SCORING.md 2 and 4: technical complexity and compliance risk are "higher is worse" (o = 6 - s).
  // a, all 4: oriented 4,4,4,4,2,4,2,4 -> mean 3.5 -> overall 25 * 2.5 = 62.5; value 75,
  // feasibility (4 + 2 + 2) / 3 -> 41.7: strategic bet. b, all 2 (strategic value agreed at 2):
  // oriented 2,2,2,2,4,2,4,2 -> 2.5 -> 37.5; value 25, feasibility 58.3: fill-in.
  it('gives the top 2 in the decided order: b first by the override (model rank 2, overall 37.5), then a (62.5)', () => {
    expect(minutes.top).toEqual([
      {
        decidedRank: 1,
        rank: 2,
        title: 'Fraud alerts',
        overall: 37.5,
        quadrant: 'fillIn',
        owner: 'Sam',
        next: { kind: 'start', wave: 'Now' },
      },
      {
        decidedRank: 2,
        rank: 1,
        title: 'Claims triage',
        overall: 62.5,
        quadrant: 'strategicBet',
        owner: 'Léa',
        next: { kind: 'start', wave: 'Next' },
      },
    ]);
  });

  it('takes the first wave by position, with owners', () => {
    expect(minutes.firstWave).toEqual({
      name: 'Now',
      useCases: [{ title: 'Fraud alerts', owner: 'Sam' }],
    });
  });

  it('lists the open exceptions with owners and the parking lot', () => {
    // a and b are in the top 2 / first wave without the 7 clarity items; the override has no review date
    expect(minutes.openExceptions).toEqual([
      { kind: 'unclearPlacedHigh', owner: 'Léa', useCaseTitles: ['Claims triage'] },
      { kind: 'unclearPlacedHigh', owner: 'Sam', useCaseTitles: ['Fraud alerts'] },
      { kind: 'overrideWithoutReviewDate', owner: 'Sam', useCaseTitles: ['Fraud alerts'] },
    ]);
    expect(minutes.parkingLot).toEqual([
      { text: 'Ask legal about call recordings', owner: 'Chloé', dealtWith: false },
    ]);
  });

  it('is null for a workshop that is not there', () => {
    expect(buildMinutes(r, workshopFacts(r), 'nope')).toBeNull();
  });
});
