import { describe, expect, it } from 'vitest';
import { aScorecard, anAgreement, anOverride } from '../../../../test/fixtures/builders';
import { indexRecords } from './business-case-view';

const records = () => {
  const at = (iso: string) => ({ at: iso });
  return {
    workflows: [],
    steps: [],
    participants: [],
    scorecards: [
      aScorecard('u1', 'p1', { strategicValue: 4 }),
      aScorecard('u2', 'p1', { strategicValue: 2 }),
      aScorecard('u1', 'p2', { strategicValue: 5 }),
    ],
    // Stored in no particular order: u1's are, oldest first, o-late's time being the latest,
    // and the two of 10:00 by id (o-a before o-b).
    decisions: [
      { ...anOverride('o-late', 'u1', 'forceIntoTop'), ...at('2025-03-03T09:00:00.000Z') },
      { ...anOverride('o-b', 'u1', 'forceOutOfTop'), ...at('2025-03-02T10:00:00.000Z') },
      { ...anAgreement('u2', 'strategicValue', 3), ...at('2025-03-01T09:00:00.000Z') },
      { ...anOverride('o-a', 'u1', 'setPosition', 2), ...at('2025-03-02T10:00:00.000Z') },
    ],
  };
};

describe('the index of the records the business cases are built from', () => {
  it("gives each use case its scorecards, in the records' order", () => {
    const index = indexRecords(records());
    expect(index.cardsByUseCase.get('u1')?.map((c) => c.participantId)).toEqual(['p1', 'p2']);
    expect(index.cardsByUseCase.get('u2')?.map((c) => c.participantId)).toEqual(['p1']);
    expect(index.cardsByUseCase.get('u3')).toBeUndefined();
  });

  it('gives the decisions about a use case oldest first, the same time by id', () => {
    const index = indexRecords(records());
    expect(index.decisionsAbout('u1').map((d) => d.id)).toEqual(['o-a', 'o-b', 'o-late']);
    expect(index.decisionsAbout('u2').map((d) => d.id)).toEqual(['agree-u2-strategicValue']);
    expect(index.decisionsAbout('u3')).toEqual([]);
  });

  it('groups the same lists once, whichever index is made of them', () => {
    const shared = records();
    const first = indexRecords(shared);
    const again = indexRecords({ ...shared, participants: [] });
    expect(again.cardsByUseCase).toBe(first.cardsByUseCase);
    expect(indexRecords(records()).cardsByUseCase).not.toBe(first.cardsByUseCase);
  });
});
