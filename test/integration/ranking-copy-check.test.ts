import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { checkRankingCopy } from '../../src/db/ranking-copy-check';
import { writeCachedRankingRecords } from '../../src/db/ranking-cache';
import { readRankingStamp } from '../../src/db/ranking-stamp';
import { createUseCase, setUseCaseStatus } from '../../src/db/repositories/use-cases';
import { readRankingRecords } from '../../src/data/ranking-records-read';
import { contextOf, formOfUseCase } from '../fixtures/builders';
import { memoryCache } from '../fixtures/memory-cache';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

// The check of a cold load's copy of the ranking records (src/db/ranking-copy-check.ts), which
// the page runs in a worker: the copy against the records stored now, read without Dexie.

afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteTestDatabases();
});

/** A workspace of two use cases, and a copy of its ranking records kept under its stamp. */
async function keptCopy() {
  const { db, seq, workspaceId } = await openTestDatabase();
  const ctx = contextOf('Ada', seq);
  const first = await createUseCase(
    db,
    ctx,
    workspaceId,
    formOfUseCase({ title: 'Invoice matching' }),
  );
  await createUseCase(db, ctx, workspaceId, formOfUseCase({ title: 'Claims triage' }));
  const cache = memoryCache();
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) });
  const stamp = (await readRankingStamp(db.backendDB(), workspaceId))!;
  await writeCachedRankingRecords(
    cache,
    workspaceId,
    await readRankingRecords(db, workspaceId),
    stamp,
  );
  return { db, ctx, workspaceId, first, stamp, cache };
}

/** A write as a tab of an older release makes it: straight to the store, no stamp renewed. */
async function unstampedTitle(db: ClarteDatabase, id: string, title: string): Promise<void> {
  const store = db.backendDB().transaction('useCases', 'readwrite').objectStore('useCases');
  await new Promise<void>((resolve, reject) => {
    const get = store.get(id);
    get.onsuccess = () => {
      const put = store.put({ ...get.result, title });
      put.onsuccess = () => resolve();
      put.onerror = () => reject(put.error ?? new Error('write failed'));
    };
  });
}

describe('the check of a copy of the ranking records', () => {
  it('finds the copy the same as the stored records when nothing was written since', async () => {
    const { db, workspaceId, stamp } = await keptCopy();
    expect(await checkRankingCopy(db.name, workspaceId, stamp)).toBe('same');
  });

  it('finds it different when a write did not renew the stamp (a tab of an older release)', async () => {
    const { db, workspaceId, first, stamp } = await keptCopy();
    await unstampedTitle(db, first, 'Invoice matching, renamed by an older tab');
    expect(await readRankingStamp(db.backendDB(), workspaceId)).toBe(stamp);
    expect(await checkRankingCopy(db.name, workspaceId, stamp)).toBe('different');
  });

  it('cannot tell once a stamped write has renewed the stamp, nor without the copy', async () => {
    const { db, ctx, workspaceId, first, stamp } = await keptCopy();
    await setUseCaseStatus(db, ctx, first, 'qualified');
    expect(await checkRankingCopy(db.name, workspaceId, stamp)).toBe('unknown');

    const other = await keptCopy();
    for (const key of other.cache.keys()) await other.cache.delete(key);
    expect(await checkRankingCopy(other.db.name, other.workspaceId, other.stamp)).toBe('unknown');
  });

  it('cannot tell for a database that does not exist', async () => {
    const { workspaceId, stamp } = await keptCopy();
    expect(await checkRankingCopy('no-such-database', workspaceId, stamp)).toBe('unknown');
  });
});
