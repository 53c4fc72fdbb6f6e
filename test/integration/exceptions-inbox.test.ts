import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardOfRanking } from '../../src/data/use-decisions';
import { rankingOf } from '../../src/data/use-ranking';
import { readRankingRecords } from '../../src/data/ranking-records-read';
import { listWaves } from '../../src/db/repositories/roadmap';
import { getWorkspace } from '../../src/db/repositories/workspace-reads';
import { INBOX_TODAY, inboxFixture } from '../fixtures/inbox-fixture';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

// Issue 15: the inbox builds its exceptions from the records the ranking was decided from (the
// read every ranking screen shares) and reads only the waves. The list must be the one the inbox
// showed when it read the decisions and scorecards again itself.

afterEach(async () => {
  vi.useRealTimers();
  await deleteTestDatabases();
});

/**
 * Worked out on this fixture (1,200 use cases, seed 7) by the inbox's code before the change
 * (main at b5f0a55: readDecisionRecords, then the domain's functions): the number of items of
 * each kind, the first items, and the SHA-256 of the whole list as JSON.
 */
const BEFORE = {
  counts: {
    kpiConflict: 75,
    unclearPlacedHigh: 63,
    unresolvedDivergence: 596,
    overrideWithoutReviewDate: 22,
    reviewDue: 212,
  },
  first: [
    'kpiConflict:opposingPush|lw-uc-000008:lw-kpi-4:increase|lw-uc-000281:lw-kpi-4:decrease',
    'kpiConflict:opposingPush|lw-uc-000008:lw-kpi-4:increase|lw-uc-000365:lw-kpi-4:decrease',
    'kpiConflict:opposingPush|lw-uc-000008:lw-kpi-4:increase|lw-uc-000617:lw-kpi-4:decrease',
  ],
  sha256: '28cf32477213e10a8efaeca9ab2171d4dc95ad55076906cd0a9ae9c48825a84f',
};

describe('the exceptions inbox at 1,200 use cases', () => {
  it('lists exactly the items it listed when it read its own records', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${INBOX_TODAY}T12:00:00`));
    const { db, workspaceId } = await openTestDatabase({ content: inboxFixture(1200) });
    const workspace = await getWorkspace(db, workspaceId);
    if (!workspace) throw new Error('The fixture has no workspace');
    const ranking = rankingOf(workspace, await readRankingRecords(db, workspaceId));
    const board = boardOfRanking(await listWaves(db, workspaceId), ranking);

    const counts: Record<string, number> = {};
    for (const item of board.exceptions) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
    expect(counts).toEqual(BEFORE.counts);
    expect(board.exceptions.slice(0, 3).map((e) => e.key)).toEqual(BEFORE.first);
    const hash = createHash('sha256').update(JSON.stringify(board.exceptions)).digest('hex');
    expect(hash).toBe(BEFORE.sha256);
  });
});
