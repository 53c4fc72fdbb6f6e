import { describe, expect, it } from 'vitest';
import { recordChanges } from './record-changes';

describe('recordChanges', () => {
  it('keeps only the fields that changed, on both sides', () => {
    const before = {
      title: 'Old',
      owner: 'Ana',
      tags: ['a'],
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const after = {
      title: 'New',
      owner: 'Ana',
      tags: ['a', 'b'],
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    expect(recordChanges(before, after)).toEqual({
      before: { title: 'Old', tags: ['a'] },
      after: { title: 'New', tags: ['a', 'b'] },
    });
  });

  it('returns null when only the update time moved', () => {
    expect(recordChanges({ a: 1, updatedAt: 'x' }, { a: 1, updatedAt: 'y' })).toBeNull();
  });
});
