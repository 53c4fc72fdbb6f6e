import { describe, expect, it } from 'vitest';
import {
  suggestRoadmap,
  suggestedLocationOf,
  type RoadmapCandidate,
  type WaveSlot,
} from './suggest-roadmap';

function uc(
  id: string,
  rank: number | null,
  quadrant: RoadmapCandidate['quadrant'],
  scope: RoadmapCandidate['scope'] = 'internal',
  more: Partial<RoadmapCandidate> = {},
): RoadmapCandidate {
  return { id, rank, quadrant, scope, status: 'scored', clear: true, ...more };
}

const THREE: WaveSlot[] = [
  { id: 'now', capacity: null },
  { id: 'next', capacity: null },
  { id: 'later', capacity: null },
];

const ids = (s: ReturnType<typeof suggestRoadmap>) => ({
  waves: s.waves.map((w) => [w.waveId, w.placements.map((p) => `${p.useCaseId}:${p.reason}`)]),
  backlog: s.backlog.map((p) => `${p.useCaseId}:${p.reason}`),
  out: s.out.map((p) => `${p.useCaseId}:${p.reason}`),
});

describe('suggestRoadmap: the rule, case by case', () => {
  it('puts internal quick wins in Now, external ones in Next, strategic bets in Later', () => {
    // Given in scrambled order; each wave lists its use cases by rank.
    const s = suggestRoadmap(
      [
        uc('bet', 3, 'strategicBet', 'external'),
        uc('extQw', 2, 'quickWin', 'external'),
        uc('fill', 5, 'fillIn'),
        uc('intQw2', 4, 'quickWin'),
        uc('intQw1', 1, 'quickWin'),
        uc('low', 6, 'deprioritise'),
        uc('toScore', null, null),
      ],
      THREE,
    );
    expect(ids(s)).toEqual({
      waves: [
        ['now', ['intQw1:internalQuickWin', 'intQw2:internalQuickWin']],
        ['next', ['extQw:externalQuickWin']],
        ['later', ['bet:strategicBet']],
      ],
      backlog: ['fill:fillIn', 'toScore:toScore'],
      out: ['low:deprioritised'],
    });
  });

  it('never puts an unclear use case in Now: it goes to Next, with the reason', () => {
    // intQw (rank 1) is unclear -> Next, where it comes before ext (rank 2) by rank.
    const s = suggestRoadmap(
      [
        uc('intQw', 1, 'quickWin', 'internal', { clear: false }),
        uc('ext', 2, 'quickWin', 'external'),
      ],
      THREE,
    );
    expect(ids(s).waves).toEqual([
      ['now', []],
      ['next', ['intQw:unclearNotNow', 'ext:externalQuickWin']],
      ['later', []],
    ]);
    expect(suggestedLocationOf(s, 'intQw')).toEqual({
      kind: 'wave',
      waveId: 'next',
      reason: 'unclearNotNow',
    });
  });

  it('an unclear strategic bet or external quick win keeps its wave (only Now is barred)', () => {
    const s = suggestRoadmap(
      [
        uc('ext', 1, 'quickWin', 'external', { clear: false }),
        uc('bet', 2, 'strategicBet', 'internal', { clear: false }),
      ],
      THREE,
    );
    expect(ids(s).waves).toEqual([
      ['now', []],
      ['next', ['ext:externalQuickWin']],
      ['later', ['bet:strategicBet']],
    ]);
  });

  it('leaves done and abandoned use cases out of every list', () => {
    const s = suggestRoadmap(
      [
        uc('done', 1, 'quickWin', 'internal', { status: 'done' }),
        uc('gone', 2, 'deprioritise', 'internal', { status: 'abandoned' }),
        uc('live', 3, 'quickWin', 'internal', { status: 'inProgress' }),
      ],
      THREE,
    );
    expect(ids(s)).toEqual({
      waves: [
        ['now', ['live:internalQuickWin']],
        ['next', []],
        ['later', []],
      ],
      backlog: [],
      out: [],
    });
    expect(suggestedLocationOf(s, 'done')).toEqual({ kind: 'none' });
  });

  it('respects capacities: overflow moves on by rank, the last overflow to the backlog', () => {
    // Now (cap 2) wants a1, a2, a3 (ranks 1, 2, 4) -> keeps a1, a2; a3 overflows to Next.
    // Next (cap 2) then holds b1 (rank 3), a3 (rank 4), b2 (rank 5) -> keeps b1, a3 by rank;
    //   b2 overflows to Later.
    // Later (cap 1) holds c1 (rank 6) and b2 (rank 5) -> keeps b2; c1 has no wave left.
    const s = suggestRoadmap(
      [
        uc('a1', 1, 'quickWin'),
        uc('a2', 2, 'quickWin'),
        uc('b1', 3, 'quickWin', 'external'),
        uc('a3', 4, 'quickWin'),
        uc('b2', 5, 'quickWin', 'external'),
        uc('c1', 6, 'strategicBet'),
      ],
      [
        { id: 'now', capacity: 2 },
        { id: 'next', capacity: 2 },
        { id: 'later', capacity: 1 },
      ],
    );
    expect(ids(s)).toEqual({
      waves: [
        ['now', ['a1:internalQuickWin', 'a2:internalQuickWin']],
        ['next', ['b1:externalQuickWin', 'a3:overflow']],
        ['later', ['b2:overflow']],
      ],
      backlog: ['c1:overCapacity'],
      out: [],
    });
  });

  it('a capacity of 0 lets everything through to the next wave', () => {
    const s = suggestRoadmap(
      [uc('a', 1, 'quickWin')],
      [
        { id: 'now', capacity: 0 },
        { id: 'next', capacity: null },
      ],
    );
    expect(ids(s).waves).toEqual([
      ['now', []],
      ['next', ['a:overflow']],
    ]);
  });

  it('with fewer waves, aims at the last one; with one wave, an unclear use case stays in the backlog', () => {
    const two = suggestRoadmap(
      [uc('bet', 1, 'strategicBet'), uc('ext', 2, 'quickWin', 'external')],
      [
        { id: 'now', capacity: null },
        { id: 'next', capacity: null },
      ],
    );
    expect(ids(two).waves).toEqual([
      ['now', []],
      ['next', ['bet:strategicBet', 'ext:externalQuickWin']],
    ]);
    const one = suggestRoadmap(
      [uc('clear', 1, 'quickWin'), uc('fuzzy', 2, 'quickWin', 'internal', { clear: false })],
      [{ id: 'only', capacity: null }],
    );
    expect(ids(one)).toEqual({
      waves: [['only', ['clear:internalQuickWin']]],
      backlog: ['fuzzy:unclearNotNow'],
      out: [],
    });
  });

  it('with no wave, puts in the backlog what would go to a wave', () => {
    const s = suggestRoadmap([uc('a', 1, 'quickWin'), uc('f', 2, 'fillIn')], []);
    expect(ids(s)).toEqual({ waves: [], backlog: ['a:noWave', 'f:fillIn'], out: [] });
  });

  it('in quarters (four waves) the fourth quarter only receives overflow', () => {
    const s = suggestRoadmap(
      [uc('bet1', 1, 'strategicBet'), uc('bet2', 2, 'strategicBet')],
      [
        { id: 'q1', capacity: null },
        { id: 'q2', capacity: null },
        { id: 'q3', capacity: 1 },
        { id: 'q4', capacity: null },
      ],
    );
    expect(ids(s).waves).toEqual([
      ['q1', []],
      ['q2', []],
      ['q3', ['bet1:strategicBet']],
      ['q4', ['bet2:overflow']],
    ]);
  });
});

describe('suggestRoadmap: recorded overrides come first (issue 16)', () => {
  it('puts a use case forced into a wave there, whatever its quadrant, taking a place', () => {
    const waves: WaveSlot[] = [
      { id: 'now', capacity: 2 },
      { id: 'next', capacity: null },
      { id: 'later', capacity: null },
    ];
    // a and b are internal quick wins (Now); c, a fill-in, was forced into Now by people:
    // Now holds 2, so c and a stay (by rank) and b overflows to Next.
    const s = suggestRoadmap(
      [
        uc('a', 1, 'quickWin'),
        uc('b', 2, 'quickWin'),
        uc('c', 3, 'fillIn', 'internal', { forcedWaveId: 'now' }),
      ],
      waves,
    );
    expect(ids(s).waves).toEqual([
      ['now', ['a:internalQuickWin', 'c:override']],
      ['next', ['b:overflow']],
      ['later', []],
    ]);
  });

  it('never puts a use case in a wave it was forced out of: the next wave, else the backlog', () => {
    const s = suggestRoadmap(
      [
        uc('a', 1, 'quickWin', 'internal', { excludedWaveIds: ['now'] }),
        uc('b', 2, 'strategicBet', 'external', { excludedWaveIds: ['later'] }),
      ],
      THREE,
    );
    expect(ids(s).waves).toEqual([
      ['now', []],
      ['next', ['a:override']],
      ['later', []],
    ]);
    expect(ids(s).backlog).toEqual(['b:override']);
  });
});

describe('suggestRoadmap with a chosen portfolio (rule 9, issue 20)', () => {
  it('takes the waves from the portfolio, the rest to the backlog; overrides still come first', () => {
    const s = suggestRoadmap(
      [
        uc('a', 1, 'quickWin'),
        uc('b', 2, 'deprioritise'),
        uc('c', 3, 'strategicBet'),
        uc('d', 4, 'quickWin'),
        uc('e', null, null, 'internal', { forcedWaveId: 'later' }),
        uc('f', 5, 'quickWin', 'internal', { status: 'done' }),
      ],
      [
        { id: 'now', capacity: null },
        { id: 'next', capacity: null },
      ],
      new Map([
        ['b', 0],
        ['c', 0],
        ['a', 3],
      ]),
    );
    // a is in the portfolio's 4th wave: the last wave there is (next). d is not chosen.
    // e is forced into a wave that does not exist here: it follows the portfolio, which left it out.
    expect(ids(s)).toEqual({
      waves: [
        ['now', ['b:portfolio', 'c:portfolio']],
        ['next', ['a:portfolio']],
      ],
      backlog: ['d:notInPortfolio', 'e:notInPortfolio'],
      out: [],
    });
  });
});
