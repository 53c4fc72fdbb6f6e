import { describe, expect, it } from 'vitest';
import { idSchema } from '../domain/schema/common';
import { changeContext, newRecordId } from './change-context';
import { drawnAtRandom } from './repositories/import-writes';

describe('new record ids', () => {
  it('are 21 letters and digits, valid ids, and never the same twice in 20,000 draws', () => {
    const ids = Array.from({ length: 20_000 }, () => changeContext('Ada').newId());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9A-Za-z]{21}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use every letter and digit: 62 characters, each about as often as the others', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++)
      for (const c of newRecordId()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 210,000 characters: about 3,387 each; a bias (a modulo of bytes) would give some 4,000+.
    for (const n of counts.values()) expect(Math.abs(n - 210_000 / 62)).toBeLessThan(400);
  });
});

describe('a copy whose records can be put rather than added', () => {
  const copyOf = (workspaceId: string, ids: string[]) => ({
    workspaceId,
    ids: new Map(ids.map((id, i) => [`old-${i}`, id])),
  });

  it('is one whose every id was drawn at random, as the app draws them or as a random UUID', () => {
    expect(drawnAtRandom(copyOf(newRecordId(), [newRecordId(), newRecordId()]))).toBe(true);
    const uuid = '3f2b8c1e-9d4a-4b7e-a1c2-0e5f6d7c8b9a';
    expect(drawnAtRandom(copyOf(uuid, [newRecordId()]))).toBe(true);
  });

  it('is not a restore (no copy), nor a copy with one id from a sequence', () => {
    expect(drawnAtRandom(null)).toBe(false);
    expect(drawnAtRandom(copyOf(newRecordId(), [newRecordId(), 'id-2']))).toBe(false);
    expect(drawnAtRandom(copyOf('ws-1', [newRecordId()]))).toBe(false);
  });
});
