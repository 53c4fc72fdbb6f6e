import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import {
  countAuditEntries,
  listAuditActors,
  listAuditEntries,
  listAuditEntriesMatching,
  readAuditPage,
  type AuditCursor,
  type AuditQuery,
} from '../../src/db/repositories/audit-trail';
import { auditEntrySchema, type AuditEntry } from '../../src/domain/schema/audit-entry';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

// Issue 15: the audit trail reads one page at a time through [workspaceId+at], newest first,
// and counts without reading the entries into a list.

const WS = 'ws';
let db: ClarteDatabase;

/**
 * 250 entries of workspace 'ws', entry i (0..249) at second floor(i / 3): three entries share
 * each time, so ties cross the page boundaries. Entry i is:
 * - by Ada when i is odd (125 entries), by Bob when even (125);
 * - about a decision when i % 5 = 0 (50 entries: d-i, about use case uc-1 when i % 10 = 0, else
 *   uc-2), else about use case uc-(i % 4) (200 entries).
 * Plus 20 entries of another workspace at the same times, which no read of 'ws' returns.
 */
function entryOf(i: number, workspaceId = WS): AuditEntry {
  const decision = i % 5 === 0;
  return auditEntrySchema.parse({
    id: `${workspaceId}-a-${String(i).padStart(3, '0')}`,
    workspaceId,
    at: new Date(Date.UTC(2026, 10, 1, 9, 0, Math.floor(i / 3))).toISOString(),
    actor: i % 2 === 1 ? 'Ada' : 'Bob',
    action: 'updated',
    entityType: decision ? 'decision' : 'useCase',
    entityId: decision ? `d-${i}` : `uc-${i % 4}`,
    label: `Entry ${i}`,
    before: null,
    after: null,
  });
}

const decisionUseCase = new Map(
  Array.from({ length: 50 }, (_, k) => [`d-${5 * k}`, (5 * k) % 10 === 0 ? 'uc-1' : 'uc-2']),
);

beforeEach(async () => {
  ({ db } = await openTestDatabase({ content: 'empty' }));
  await db.audit.bulkAdd([
    ...Array.from({ length: 250 }, (_, i) => entryOf(i)),
    ...Array.from({ length: 20 }, (_, i) => entryOf(i, 'other')),
  ]);
});
afterEach(deleteTestDatabases);

/** Every page of `query`, `size` at a time, from the newest. */
async function allPages(query: AuditQuery, size: number): Promise<AuditEntry[][]> {
  const pages: AuditEntry[][] = [];
  let after: AuditCursor | null = null;
  do {
    const page = await readAuditPage(db, WS, query, after, size);
    pages.push(page.entries);
    after = page.next;
  } while (after);
  return pages;
}

const indexOf = (e: AuditEntry) => Number(e.id.slice(-3));

describe('the audit trail read a page at a time', () => {
  it('gives every entry once, newest first, in pages of 100, 100 and 50', async () => {
    const pages = await allPages({}, 100);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    const ids = pages.flat().map(indexOf);
    // Newest first: 249, 248... (same second: the larger id first), down to 0.
    expect(ids).toEqual(Array.from({ length: 250 }, (_, k) => 249 - k));
    expect(pages.flat()).toEqual(await listAuditEntries(db, WS));
  });

  it('starts the next page right after a tie cut at the boundary', async () => {
    // Pages of 7: entries 249..243, then 242..236; 243 and 242 share second 81 (242 / 3 = 80.7).
    const first = await readAuditPage(db, WS, {}, null, 7);
    expect(first.entries.map(indexOf)).toEqual([249, 248, 247, 246, 245, 244, 243]);
    expect(first.next).toEqual({ at: first.entries[6]?.at, id: 'ws-a-243' });
    const second = await readAuditPage(db, WS, {}, first.next, 7);
    expect(second.entries.map(indexOf)).toEqual([242, 241, 240, 239, 238, 237, 236]);
  });

  it('says there is no next page when the last one is exactly full', async () => {
    const pages = await allPages({}, 125);
    expect(pages.map((p) => p.length)).toEqual([125, 125]);
  });

  it('filters by actor, kind and use case, page after page', async () => {
    const ada = (await allPages({ actor: 'Ada' }, 40)).flat();
    expect(ada).toHaveLength(125);
    expect(ada.map(indexOf)).toEqual(Array.from({ length: 125 }, (_, k) => 249 - 2 * k));

    const decisions = (await allPages({ entityType: 'decision' }, 40)).flat();
    expect(decisions.map(indexOf)).toEqual(Array.from({ length: 50 }, (_, k) => 245 - 5 * k));

    // uc-1: its own entries (i % 4 = 1 and i % 5 > 0: 63 - 13 = 50) and the decisions about it
    // (i % 10 = 0: 25), 75 in all.
    const uc1 = (await allPages({ useCaseId: 'uc-1', decisionUseCase }, 30)).flat();
    expect(uc1).toHaveLength(75);
    expect(
      uc1.every((e) => e.entityId === 'uc-1' || decisionUseCase.get(e.entityId) === 'uc-1'),
    ).toBe(true);
    // Bob's decisions about uc-1: i % 10 = 0 is even, so all 25 are Bob's.
    const bob = {
      actor: 'Bob',
      entityType: 'decision',
      useCaseId: 'uc-1',
      decisionUseCase,
    } satisfies AuditQuery;
    expect((await allPages(bob, 10)).flat().map(indexOf)).toEqual(
      Array.from({ length: 25 }, (_, k) => 240 - 10 * k),
    );
    // On some records only (?ids= of a difference between snapshots).
    const on = { entityIds: new Set(['d-0', 'd-5', 'uc-3']) };
    const onIds = (await allPages(on, 100)).flat();
    // uc-3: i % 4 = 3 (62 entries) but not i % 5 = 0 (i = 15, 35... 235: 12), so 50; plus 2.
    expect(onIds).toHaveLength(52);
    expect(await listAuditEntriesMatching(db, WS, on)).toEqual(onIds);
  });

  it('counts the whole trail and each filter without listing them', async () => {
    expect(await countAuditEntries(db, WS)).toBe(250);
    expect(await countAuditEntries(db, 'other')).toBe(20);
    expect(await countAuditEntries(db, WS, { actor: 'Bob' })).toBe(125);
    expect(await countAuditEntries(db, WS, { entityType: 'useCase' })).toBe(200);
    expect(await countAuditEntries(db, WS, { useCaseId: 'uc-2', decisionUseCase })).toBe(75);
    expect(await countAuditEntries(db, WS, { actor: 'Nobody' })).toBe(0);
  });

  it('lists the people of the trail once each', async () => {
    expect((await listAuditActors(db, WS)).sort()).toEqual(['Ada', 'Bob']);
  });
});
