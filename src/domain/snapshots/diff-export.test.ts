import { describe, expect, it } from 'vitest';
import {
  aFrozenScorecard,
  aFrozenUseCase,
  aSnapshot,
  rankedUseCases,
} from '../../../test/fixtures/snapshot-builders';
import { toCsv } from '../exchange/csv';
import { diffMarkdown, diffRows, diffTable } from './diff-export';
import { diffSnapshots } from './diff-snapshots';

const label = (key: string) => `[${key}]`;

describe('diff exports', () => {
  const before = aSnapshot({
    useCases: rankedUseCases(['a', 'b']),
    scorecards: [aFrozenScorecard('k', 'a', 'Ada', { dataMaturity: 3 })],
  });
  const after = aSnapshot({
    useCases: [
      aFrozenUseCase('b', { rank: 1, decidedRank: 1 }),
      aFrozenUseCase('a', { rank: 2, decidedRank: 2, scores: { dataMaturity: 1 } }),
    ],
    scorecards: [
      aFrozenScorecard('k', 'a', 'Ada', { dataMaturity: 1 }, { dataMaturity: '=HYPERLINK("x")' }),
    ],
  });
  const rows = diffRows(diffSnapshots(before, after), label);

  it('lists one row per difference with who and why', () => {
    expect(rows.map((r) => [r.kind, r.useCase, r.from, r.to])).toEqual([
      ['rankMove', 'Use case b', 2, 1],
      ['rankMove', 'Use case a', 1, 2],
      ['scoreChange', 'Use case a', 3, 1],
    ]);
    expect(rows[2]).toMatchObject({ who: 'Ada', why: '=HYPERLINK("x")' });
  });

  it('writes a CSV whose formula-like cells are neutralised', () => {
    const csv = toCsv(diffTable(rows, label), 'en');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('writes Markdown sections per kind, user text escaped', () => {
    const md = diffMarkdown('What changed', rows, label, String);
    expect(md).toContain('## [snapshots.kind.rankMove]');
    expect(md).toContain('\\=HYPERLINK\\(\\"x\\"\\)');
    expect(diffMarkdown('Nothing', [], label, String)).toContain('[snapshots.noChange]');
  });
});
