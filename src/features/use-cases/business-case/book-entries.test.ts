import { describe, expect, it } from 'vitest';
import type { WorkspaceRanking } from '../../../data/use-ranking';
import { aUseCase } from '../../../../test/fixtures/builders';
import { bookEntries } from './book-entries';

/**
 * A decision written by hand (bookEntries only reads its orders): b ranked 1st (quick win), a
 * 2nd (strategic bet), then c and d to score, in the decision's own order (by title).
 */
function ranking(): WorkspaceRanking {
  const useCases = [
    aUseCase('a', { status: 'scored' }),
    aUseCase('b', { status: 'qualified' }),
    aUseCase('c', { status: 'idea' }),
    aUseCase('d', { status: 'qualified' }),
  ];
  return {
    useCases,
    useCasesById: new Map(useCases.map((u) => [u.id, u])),
    decision: {
      ranked: [
        { id: 'b', rank: 1, quadrant: 'quickWin' },
        { id: 'a', rank: 2, quadrant: 'strategicBet' },
      ],
      toScore: [{ id: 'c' }, { id: 'd' }],
    },
  } as unknown as WorkspaceRanking;
}

const ids = (entries: readonly { useCase: { id: string } }[]) => entries.map((e) => e.useCase.id);
const ANY = { quadrant: '', status: '' };

describe("the book's use cases", () => {
  it('are the ranked ones by rank, then those to score, with their ranking when ranked', () => {
    const data = ranking();
    const entries = bookEntries(data, ANY);
    expect(ids(entries)).toEqual(['b', 'a', 'c', 'd']);
    expect(entries.map((e) => e.ranked?.rank ?? null)).toEqual([1, 2, null, null]);
    expect(entries[0]?.useCase).toBe(data.useCasesById.get('b'));
  });

  it('are made once per decision: the same list when the book is opened again', () => {
    const data = ranking();
    expect(bookEntries(data, ANY)).toBe(bookEntries(data, ANY));
    // Another read of the records is another decision: its own list.
    expect(bookEntries(ranking(), ANY)).not.toBe(bookEntries(data, ANY));
  });

  it('keep those of the quadrant and the status chosen, in the same order', () => {
    const data = ranking();
    expect(ids(bookEntries(data, { quadrant: 'quickWin', status: '' }))).toEqual(['b']);
    // Those to score have no quadrant: none is kept by a quadrant.
    expect(ids(bookEntries(data, { quadrant: 'fillIn', status: '' }))).toEqual([]);
    expect(ids(bookEntries(data, { quadrant: '', status: 'qualified' }))).toEqual(['b', 'd']);
    expect(ids(bookEntries(data, { quadrant: 'strategicBet', status: 'qualified' }))).toEqual([]);
    expect(ids(bookEntries(data, { quadrant: 'strategicBet', status: 'scored' }))).toEqual(['a']);
  });
});
