import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useColumnsInTurn, type Columns } from './use-columns-in-turn';

const board = { name: 'board' };
const out = { board, ids: ['f'] };
const before: Columns<typeof board> = {
  now: { board, ids: ['a'] },
  next: { board, ids: ['b'] },
  backlog: { board, ids: ['c', 'd', 'e'] },
  out,
};
const idsOf = (columns: Columns<typeof board>) =>
  Object.fromEntries(Object.entries(columns).map(([key, c]) => [key, c.ids]));

function render(first: Columns<typeof board>) {
  return renderHook(({ wanted }) => useColumnsInTurn(wanted), { initialProps: { wanted: first } });
}

/** Runs the next waiting task (a timer), as the browser does between two of the board's turns. */
function nextTask() {
  act(() => {
    vi.advanceTimersToNextTimer();
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the board draws its changed columns', () => {
  it('at once when a move changes two columns', () => {
    const hook = render(before);
    const moved = {
      ...before,
      now: { board, ids: ['a', 'c'] },
      backlog: { board, ids: ['d', 'e'] },
    };
    hook.rerender({ wanted: moved });
    expect(idsOf(hook.result.current)).toEqual(idsOf(moved));
  });

  it('one per task, in the board order, when more change at once', () => {
    const hook = render(before);
    // A suggestion applied: c to Now, d to Next; the backlog keeps e; Out unchanged.
    const applied = {
      now: { board, ids: ['a', 'c'] },
      next: { board, ids: ['b', 'd'] },
      backlog: { board, ids: ['e'] },
      out,
    };
    hook.rerender({ wanted: applied });
    expect(idsOf(hook.result.current)).toEqual(idsOf(before));
    nextTask();
    expect(idsOf(hook.result.current)).toEqual({ ...idsOf(before), now: ['a', 'c'] });
    nextTask();
    expect(idsOf(hook.result.current)).toEqual({
      ...idsOf(before),
      now: ['a', 'c'],
      next: ['b', 'd'],
    });
    nextTask();
    expect(idsOf(hook.result.current)).toEqual(idsOf(applied));
    // Done: nothing more waits, and what is drawn is what is wanted.
    nextTask();
    expect(vi.getTimerCount()).toBe(0);
    expect(hook.result.current).toBe(applied);
  });

  it('draws a column again in turn when what its cards read changed (a new decision)', () => {
    const hook = render(before);
    const decided = { name: 'decided again' };
    const after = Object.fromEntries(
      Object.entries(before).map(([key, c]) => [key, { board: decided, ids: c.ids }]),
    );
    hook.rerender({ wanted: after });
    expect(hook.result.current.now?.board).toBe(board);
    for (let i = 0; i < 5; i++) nextTask();
    expect(Object.values(hook.result.current).map((c) => c.board)).toEqual([
      decided,
      decided,
      decided,
      decided,
    ]);
  });

  it('ends on the latest columns when they change again while it draws', () => {
    const hook = render(before);
    const first = {
      now: { board, ids: ['c'] },
      next: { board, ids: ['d'] },
      backlog: { board, ids: ['a', 'b', 'e'] },
      out,
    };
    hook.rerender({ wanted: first });
    nextTask();
    const second = {
      ...first,
      now: { board, ids: ['e'] },
      backlog: { board, ids: ['a', 'b', 'c'] },
    };
    hook.rerender({ wanted: second });
    for (let i = 0; i < 5; i++) nextTask();
    expect(idsOf(hook.result.current)).toEqual(idsOf(second));
    expect(vi.getTimerCount()).toBe(0);
  });
});
