import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRankingRecords, type RankingRecords } from '../../src/data/ranking-records-read';
import { ClarteDatabase } from '../../src/db/database';
import { applyRoadmapSuggestion, moveCard } from '../../src/db/repositories/roadmap-moves';
import { listWaves } from '../../src/db/repositories/roadmap';
import { saveOwnScores } from '../../src/db/repositories/scorecards';
import { createUseCase, deleteUseCase } from '../../src/db/repositories/use-cases';
import {
  aUseCase,
  contextOf,
  formOfUseCase,
  fullScoresOf,
  type Sequence,
} from '../fixtures/builders';
import type { Decision } from '../../src/domain/schema/decision';
import { createNamedWaves, quickWinContent } from '../fixtures/quick-win-roadmap';
import { SUGGESTION_TEXTS } from '../fixtures/suggestion-texts';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

/**
 * The ranking records' live read (src/data/ranking-records-read.ts): a write of decisions alone (a
 * roadmap suggestion applied, a card moved) reads the decisions again and keeps the use cases and
 * scorecards of the last read, the same lists, so the decision is not taken again from scratch;
 * any write of a use case or scorecard, from this connection or another, reads everything again.
 */
const WS = 'ws';
const ids = ['u1', 'u2', 'u3'];

let db: ClarteDatabase;
let seq: Sequence;

beforeEach(async () => {
  // Three internal quick wins (raw 4; technical complexity and compliance risk 2: oriented 4)
  // with no owner: not clear enough for Now, so the suggestion puts all three in Next.
  ({ db, seq } = await openTestDatabase({
    content: quickWinContent(
      WS,
      ids.map((id) => aUseCase(id, { title: `Case ${id}` })),
    ),
  }));
  await createNamedWaves(db, seq, WS, ['Now', 'Next']);
});

afterEach(deleteTestDatabases);

/** The live read's values, one at a time. */
function watch(from: ClarteDatabase) {
  const values: RankingRecords[] = [];
  const waiting: ((v: RankingRecords) => void)[] = [];
  const subscription = liveQuery(() => readRankingRecords(from, WS)).subscribe({
    next: (v) => {
      const resolve = waiting.shift();
      if (resolve) resolve(v);
      else values.push(v);
    },
    error: (e: unknown) => {
      throw e;
    },
  });
  const next = () =>
    new Promise<RankingRecords>((resolve) => {
      const v = values.shift();
      if (v) resolve(v);
      else waiting.push(resolve);
    });
  return { next, stop: () => subscription.unsubscribe() };
}

type Placement = Extract<Decision, { kind: 'roadmapPlacement' }>;
const placements = (r: RankingRecords) =>
  r.decisions.filter(
    (d): d is Placement => d.kind === 'roadmapPlacement' && d.withdrawnAt === null,
  );
const titles = (r: RankingRecords) => r.useCases.map((u) => u.title).sort();

describe('the ranking records read live', () => {
  it('keeps the use cases and scorecards (the same lists) when only placements were written', async () => {
    const live = watch(db);
    const first = await live.next();
    expect(placements(first)).toEqual([]);

    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, SUGGESTION_TEXTS);
    const applied = await live.next();
    expect(applied.useCases).toBe(first.useCases);
    expect(applied.scorecards).toBe(first.scorecards);
    const next = (await listWaves(db, WS)).find((w) => w.name === 'Next');
    expect(placements(applied).map((d) => [d.useCaseId, d.waveId])).toEqual(
      ids.map((id) => [id, next?.id]),
    );

    // A card moved from Next to Now against the suggestion (not clear enough for Now): an
    // override decision, the lists still the same.
    const now = (await listWaves(db, WS)).find((w) => w.name === 'Now');
    const move = { useCaseId: 'u2', toWaveId: now?.id ?? null, position: 0 };
    await moveCard(db, contextOf('Ada', seq), { ...move, reason: 'Sponsor ready', owner: '' }, '');
    const moved = await live.next();
    expect(moved.useCases).toBe(first.useCases);
    expect(moved.scorecards).toBe(first.scorecards);
    const overrides = moved.decisions.filter((d) => d.kind === 'override');
    expect(overrides).toMatchObject([
      { useCaseId: 'u2', action: 'forceIntoWave', waveId: now?.id },
    ]);
    live.stop();
  });

  it('reads everything again after a use case or a scorecard is written, from another connection too', async () => {
    const live = watch(db);
    const first = await live.next();
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, SUGGESTION_TEXTS);
    const applied = await live.next();
    expect(applied.useCases).toBe(first.useCases);

    // Another tab: a connection of its own to the same database.
    const other = new ClarteDatabase(db.name);
    await createUseCase(
      other,
      contextOf('Ben', seq),
      WS,
      formOfUseCase({ title: 'Claims triage' }),
    );
    const created = await live.next();
    expect(created.useCases).not.toBe(applied.useCases);
    expect(titles(created)).toEqual(['Case u1', 'Case u2', 'Case u3', 'Claims triage']);
    expect(placements(created)).toHaveLength(3);
    other.close();

    await saveOwnScores(db, contextOf('Ada', seq), 'u1', fullScoresOf({}, 2));
    const scored = await live.next();
    expect(scored.scorecards).not.toBe(created.scorecards);

    // A deletion renews the stamp of all: everything read again.
    await deleteUseCase(db, contextOf('Ada', seq), 'u3');
    const deleted = await live.next();
    expect(deleted.useCases).not.toBe(scored.useCases);
    expect(titles(deleted)).toEqual(['Case u1', 'Case u2', 'Claims triage']);
    live.stop();
  });
});
