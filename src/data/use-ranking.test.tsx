import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aScorecard, aUseCase, minimalWorkspaceBundle } from '../../test/fixtures/builders';
import { everyCriterion } from '../../test/fixtures/decision-builders';
import { rankingOf, useRankingInTurn } from './use-ranking';
import type { RankingRecords } from './ranking-records-read';

let count = 0;
/** A workspace of its own per test (the decision computed last is shown for the same one). */
const aWorkspace = () => ({ ...minimalWorkspaceBundle(`ws-${(count += 1)}`).workspace });

/** Use case `a` scored 5 on value-side criteria, `b` 3 everywhere, `c` unscored. */
function recordsWith(bScore: number): RankingRecords {
  return {
    useCases: [aUseCase('a'), aUseCase('b'), aUseCase('c')],
    scorecards: [
      aScorecard('a', 'p1', everyCriterion(4)),
      aScorecard('b', 'p1', everyCriterion(bScore)),
    ],
    decisions: [],
    participantCount: 1,
  };
}

const order = (r: ReturnType<typeof rankingOf> | undefined) => r?.decision.ranked.map((d) => d.id);

describe('useRankingInTurn: a large workspace decided in a task of its own', () => {
  it('decides a small workspace while the screen draws', () => {
    const snapshot = { workspace: aWorkspace(), records: recordsWith(3) };
    const { result } = renderHook(() => useRankingInTurn(snapshot, 10));
    // 4 everywhere beats 3 everywhere; `c` has no scores and is not ranked.
    expect(order(result.current)).toEqual(['a', 'b']);
  });

  it('shows the loading state first, then the one decision every screen reads', async () => {
    const workspace = aWorkspace();
    const snapshot = { workspace, records: recordsWith(3) };
    const { result } = renderHook(() => useRankingInTurn(snapshot, 3));
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(order(result.current)).toEqual(['a', 'b']);
    // The same object as the shared decision of these records, not a second computation.
    expect(result.current).toBe(rankingOf(workspace, snapshot.records));
  });

  it('keeps the previous decision of the workspace on screen until the new one is computed', async () => {
    const workspace = aWorkspace();
    let snapshot = { workspace, records: recordsWith(3) };
    const { result, rerender } = renderHook(() => useRankingInTurn(snapshot, 3));
    await waitFor(() => expect(result.current).toBeDefined());
    const before = result.current;
    // `b` now scored 5 everywhere: it moves above `a` (4 everywhere).
    snapshot = { workspace, records: recordsWith(5) };
    act(() => rerender());
    expect(result.current).toBe(before);
    await waitFor(() => expect(order(result.current)).toEqual(['b', 'a']));
  });

  it('shows another workspace nothing of the previous one while it decides', async () => {
    const workspace = aWorkspace();
    expect(rankingOf(workspace, recordsWith(3)).workspace.id).toBe(workspace.id);
    const other = aWorkspace();
    const { result } = renderHook(() =>
      useRankingInTurn({ workspace: other, records: recordsWith(3) }, 3),
    );
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.workspace.id).toBe(other.id));
  });
});
