import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('keeps each group in the list order, groups in the order they first appear', () => {
    const steps = [
      { id: 's1', workflowId: 'b' },
      { id: 's2', workflowId: 'a' },
      { id: 's3', workflowId: 'b' },
    ];
    const groups = groupBy(steps, (s) => s.workflowId);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')?.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(groups.get('a')?.map((s) => s.id)).toEqual(['s2']);
  });

  it('gives no group for an empty list', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
