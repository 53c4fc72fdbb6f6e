import { describe, expect, it } from 'vitest';
import { unplacedCards } from './roadmap-board';
import { suggestRoadmap, type RoadmapCandidate } from './suggest-roadmap';

function uc(
  id: string,
  rank: number | null,
  quadrant: RoadmapCandidate['quadrant'],
  status: RoadmapCandidate['status'] = 'scored',
): RoadmapCandidate {
  return { id, rank, quadrant, scope: 'internal', status, clear: true };
}

describe('unplacedCards', () => {
  it('splits the use cases in no wave into backlog and out, by rank, leaving done ones aside', () => {
    const candidates = [
      uc('toScore', null, null),
      uc('low', 4, 'deprioritise'),
      uc('qw', 1, 'quickWin'),
      uc('fill', 3, 'fillIn'),
      uc('placed', 2, 'quickWin'),
      uc('done', 5, 'fillIn', 'done'),
    ];
    const suggestion = suggestRoadmap(candidates, [{ id: 'now', capacity: null }]);
    // 'placed' is in a wave already; 'qw' is suggested for Now but not placed: backlog, reason null.
    expect(unplacedCards(candidates, new Set(['placed']), suggestion)).toEqual({
      backlog: [
        { useCaseId: 'qw', reason: null },
        { useCaseId: 'fill', reason: 'fillIn' },
        { useCaseId: 'toScore', reason: 'toScore' },
      ],
      out: [{ useCaseId: 'low', reason: 'deprioritised' }],
    });
  });
});
