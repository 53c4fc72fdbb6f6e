import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { listWaves } from '../../src/db/repositories/roadmap';
import {
  applyRoadmapSuggestion,
  DECISIONS_PER_PART,
} from '../../src/db/repositories/roadmap-moves';
import { aUseCase, contextOf, type Sequence } from '../fixtures/builders';
import { createNamedWaves, quickWinContent } from '../fixtures/quick-win-roadmap';
import { SUGGESTION_TEXTS } from '../fixtures/suggestion-texts';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

/**
 * The suggestion's decisions are written in parts (one task each) inside the one transaction:
 * a wave that receives more than a part still gets one placement decision per use case, and a
 * second suggestion withdraws every one of them.
 */
const WS = 'ws';
/** Two parts and a bit: the last part is not full. */
const COUNT = DECISIONS_PER_PART * 2 + 37;
const TEXTS = SUGGESTION_TEXTS;

let db: ClarteDatabase;
let seq: Sequence;
const ids = Array.from({ length: COUNT }, (_, i) => `u${String(i).padStart(4, '0')}`);

beforeEach(async () => {
  // Every use case is an internal quick win (raw 4, technical complexity and compliance risk 2:
  // oriented 4 everywhere) with no owner: not clear, so not in Now; all go to Next.
  ({ db, seq } = await openTestDatabase({
    content: quickWinContent(
      WS,
      ids.map((id) => aUseCase(id)),
    ),
  }));
  await createNamedWaves(db, seq, WS, ['Now', 'Next', 'Later']);
});

afterEach(deleteTestDatabases);

describe('applying a suggestion larger than one part of decisions', () => {
  it('writes one placement decision per use case placed, across parts', async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
    const [now, next, later] = await listWaves(db, WS);
    expect(now?.useCaseIds).toEqual([]);
    expect(later?.useCaseIds).toEqual([]);
    expect([...(next?.useCaseIds ?? [])].sort()).toEqual(ids);

    const decisions = await db.decisions.toArray();
    expect(decisions).toHaveLength(COUNT);
    expect(new Set(decisions.map((d) => d.id)).size).toBe(COUNT);
    for (const d of decisions) {
      expect(d).toMatchObject({
        kind: 'roadmapPlacement',
        waveId: next?.id,
        reason: 'because unclearNotNow',
        withdrawnAt: null,
      });
    }
    expect(decisions.map((d) => d.kind === 'roadmapPlacement' && d.useCaseId).sort()).toEqual(ids);
  });

  it('withdraws every previous placement, across parts, when applied again', async () => {
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS);
    await applyRoadmapSuggestion(db, contextOf('Bob', seq), WS, TEXTS);
    const decisions = await db.decisions.toArray();
    expect(decisions).toHaveLength(2 * COUNT);
    const withdrawn = decisions.filter((d) => d.withdrawnAt !== null);
    expect(withdrawn).toHaveLength(COUNT);
    expect(withdrawn.every((d) => d.author === 'Ada' && d.withdrawnBy === 'Bob')).toBe(true);
    const inForce = decisions.filter((d) => d.withdrawnAt === null);
    expect(inForce.every((d) => d.author === 'Bob')).toBe(true);
  });

  it('tells its progress part by part, withdrawals first, until every decision is written', async () => {
    const first: { done: number; total: number }[] = [];
    await applyRoadmapSuggestion(db, contextOf('Ada', seq), WS, TEXTS, undefined, (p) =>
      first.push(p),
    );
    // Nothing to withdraw; 1,037 placements in Next: parts of 500, 500 and 37.
    expect(first).toEqual([
      { done: 0, total: 1037 },
      { done: 500, total: 1037 },
      { done: 1000, total: 1037 },
      { done: 1037, total: 1037 },
    ]);
    const again: number[] = [];
    await applyRoadmapSuggestion(db, contextOf('Bob', seq), WS, TEXTS, undefined, (p) => {
      expect(p.total).toBe(2074); // 1,037 withdrawn + 1,037 placed
      again.push(p.done);
    });
    expect(again).toEqual([0, 500, 1000, 1037, 1537, 2037, 2074]);
  });
});
