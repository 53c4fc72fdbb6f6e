import { describe, expect, it } from 'vitest';
import { buildLargeWorkspace } from '../domain/demo/large-workspace';
import { decisionSchema } from '../domain/schema/decision';
import { memoryCache } from '../../test/fixtures/memory-cache';
import {
  readCachedRankingRecords,
  writeCachedRankingRecords,
  type RankingRecordsCopy,
} from './ranking-cache';

function recordsOf(useCases: number): RankingRecordsCopy {
  const bundle = buildLargeWorkspace({
    useCases,
    steps: 10,
    seed: 7,
    now: '2026-11-01T09:00:00.000Z',
    language: 'fr',
  });
  return {
    useCases: bundle.useCases,
    scorecards: bundle.scorecards,
    decisions: bundle.decisions,
    participantCount: bundle.participants.length,
  };
}

describe('the ranking records cache', () => {
  it('gives back, under the stamp it was written with, the very records, in their order', async () => {
    const cache = memoryCache();
    const records = recordsOf(6_000);
    await writeCachedRankingRecords(cache, 'ws-1', records, 'stamp-a');
    // 6,000 use cases in parts of 1,000: six parts and the head.
    expect(cache.keys()).toHaveLength(7);
    const copy = await readCachedRankingRecords(cache, 'ws-1', 'stamp-a');
    expect(JSON.stringify(copy)).toBe(JSON.stringify(records));
  });

  it('gives nothing under another stamp, for another workspace, or when absent', async () => {
    const cache = memoryCache();
    await writeCachedRankingRecords(cache, 'ws-1', recordsOf(10), 'stamp-a');
    expect(await readCachedRankingRecords(cache, 'ws-1', 'stamp-b')).toBeNull();
    expect(await readCachedRankingRecords(cache, 'ws-2', 'stamp-a')).toBeNull();
    expect(await readCachedRankingRecords(memoryCache(), 'ws-1', 'stamp-a')).toBeNull();
  });

  it('gives nothing while another write has replaced some parts but not yet the head', async () => {
    const cache = memoryCache();
    await writeCachedRankingRecords(cache, 'ws-1', recordsOf(6_000), 'stamp-a');
    const later = memoryCache();
    await writeCachedRankingRecords(later, 'ws-1', recordsOf(6_000), 'stamp-b');
    // The later write's first part landed over the first one, its head not yet.
    const part = [...later.bodies.keys()].find((key) => key.endsWith('/part-0'))!;
    cache.bodies.set(part, later.bodies.get(part)!);
    expect(await readCachedRankingRecords(cache, 'ws-1', 'stamp-a')).toBeNull();
    expect(await readCachedRankingRecords(cache, 'ws-1', 'stamp-b')).toBeNull();
  });

  it('is rewritten under a new stamp, without the parts a larger copy had', async () => {
    const cache = memoryCache();
    await writeCachedRankingRecords(cache, 'ws-1', recordsOf(6_000), 'stamp-a');
    const smaller = recordsOf(100);
    await writeCachedRankingRecords(cache, 'ws-1', smaller, 'stamp-b');
    // One part and the head are left.
    expect(cache.keys()).toHaveLength(2);
    expect(await readCachedRankingRecords(cache, 'ws-1', 'stamp-a')).toBeNull();
    const copy = await readCachedRankingRecords(cache, 'ws-1', 'stamp-b');
    expect(JSON.stringify(copy)).toBe(JSON.stringify(smaller));
  });

  it('gives nothing for a part that is not JSON (a damaged copy is not used)', async () => {
    const cache = memoryCache();
    await writeCachedRankingRecords(cache, 'ws-1', recordsOf(10), 'stamp-a');
    const part = cache.keys().find((key) => key.endsWith('/part-0'))!;
    cache.bodies.set(part, '{"write":');
    expect(await readCachedRankingRecords(cache, 'ws-1', 'stamp-a')).toBeNull();
  });

  it('rewrites only its head when the use cases and scorecards are the same lists (decisions written)', async () => {
    const cache = memoryCache();
    const records = recordsOf(3_000);
    await writeCachedRankingRecords(cache, 'ws-1', records, 'stamp-a');
    const written: string[] = [];
    const put = cache.put;
    cache.put = (key, response) => {
      written.push(key.split('/').pop() ?? key);
      return put(key, response);
    };
    const placement = decisionSchema.parse({
      id: 'placed',
      workspaceId: 'ws-1',
      kind: 'roadmapPlacement',
      useCaseId: records.useCases[0]?.id,
      waveId: null,
      reason: 'Suggested',
      author: 'Ada',
      at: '2026-11-01T09:00:00.000Z',
    });
    const decided = { ...records, decisions: [...records.decisions, placement] };
    await writeCachedRankingRecords(cache, 'ws-1', decided, 'stamp-b');
    expect(written).toEqual(['head']);
    const copy = await readCachedRankingRecords(cache, 'ws-1', 'stamp-b');
    expect(JSON.stringify(copy)).toBe(JSON.stringify(decided));
    // New lists (read again): every part written again, three of 1,000 use cases, then the head.
    written.length = 0;
    const reread = { ...decided, useCases: [...decided.useCases] };
    await writeCachedRankingRecords(cache, 'ws-1', reread, 'stamp-c');
    expect(written).toEqual(['part-0', 'part-1', 'part-2', 'head']);
  });
});
