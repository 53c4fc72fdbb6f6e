import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { contextOf, sampleWorkspaceBundle } from '../../test/fixtures/builders';
import { database } from '../db/database';
import { setScoresRevealed } from '../db/repositories/group-scoring';
import { insertWorkspaceBundle } from '../db/repositories/workspace-bundles';
import { runningSharedQueries } from './shared-live-query';
import { useGroupScoring } from './use-group-scoring';
import { useRankingRecords } from './workspace-queries';

const WS = 'gs-ws';

/** The sample workspace scored blind: "Invoice matching" revealed, "Support answers" not yet. */
function blindBundle() {
  const bundle = sampleWorkspaceBundle('gs');
  return {
    ...bundle,
    workspace: { ...bundle.workspace, blindScoring: true },
    useCases: bundle.useCases.map((u) =>
      u.id === 'gs-uc-match' ? { ...u, scoresRevealedAt: '2026-01-01T10:00:00.000Z' } : u,
    ),
  };
}

afterAll(async () => {
  database().close();
  await database().delete();
});

describe('the group-scoring screen reads through the shared reads', () => {
  it('shares the records the ranking reads, and hides the scores of a blind round until the reveal', async () => {
    await insertWorkspaceBundle(database(), blindBundle());
    const { result } = renderHook(() => ({
      scoring: useGroupScoring(WS),
      ranking: useRankingRecords(WS),
    }));
    await waitFor(() => expect(result.current.scoring).toBeTruthy());
    const scoring = result.current.scoring!;

    // One read for both: the same use cases, not a copy read again.
    expect(result.current.ranking?.useCases).toBe(scoring.useCases);
    expect(runningSharedQueries()).toEqual(
      expect.arrayContaining([`ranking-records:${WS}`, `participants:${WS}`]),
    );

    // Bob's scorecard of "Support answers" (not revealed) is nowhere in the screen's data.
    expect(scoring.scorecards.map((c) => c.id).sort()).toEqual([
      'gs-sc-ada-match',
      'gs-sc-bob-match',
    ]);
    expect(scoring.participants.map((p) => p.name)).toEqual(['Ada', 'Bob']);

    // Revealed by the facilitator: it shows, live.
    await act(() => setScoresRevealed(database(), contextOf('Ada'), 'gs-uc-faq', true));
    await waitFor(() =>
      expect(result.current.scoring?.scorecards.map((c) => c.id).sort()).toEqual([
        'gs-sc-ada-match',
        'gs-sc-bob-faq',
        'gs-sc-bob-match',
      ]),
    );
  });

  it('says there is no workspace when it does not exist', async () => {
    const { result } = renderHook(() => useGroupScoring('no-such-workspace'));
    await waitFor(() => expect(result.current).toBeNull());
  });
});
