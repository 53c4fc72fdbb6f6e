import { describe, expect, it } from 'vitest';
import { withToast, type Toast } from './toast';

const plain = (id: number, message = `m${id}`): Toast => ({ id, message });
const undo = (id: number): Toast => ({
  id,
  message: `deleted ${id}`,
  action: { label: 'Undo', onAction: () => undefined },
});

describe('the toasts on screen', () => {
  it('shows a repeated plain message once, the newest copy', () => {
    const list = withToast([plain(1, 'Saved.'), plain(2, 'Other')], plain(3, 'Saved.'));
    expect(list.map((x) => x.id)).toEqual([2, 3]);
  });

  it('keeps at most three, dropping the oldest plain message first', () => {
    let list: Toast[] = [];
    for (const toast of [undo(1), plain(2), plain(3), plain(4)]) list = withToast(list, toast);
    // Four arrived; the Undo offer (the oldest) stays, the oldest plain one (2) goes.
    expect(list.map((x) => x.id)).toEqual([1, 3, 4]);
  });

  it('never merges two offers of an action, and drops the oldest when all offer one', () => {
    let list: Toast[] = [];
    for (const toast of [undo(1), undo(2), undo(3), undo(4)]) list = withToast(list, toast);
    expect(list.map((x) => x.id)).toEqual([2, 3, 4]);
  });
});
