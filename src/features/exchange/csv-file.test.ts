import { describe, expect, it } from 'vitest';
import { toCsv } from '../../domain/exchange/csv';
import { parseCsvText } from './csv-file';

describe('toCsv read back by parseCsvText', () => {
  it('gives back every cell: quotes, separators and line ends inside cells, neutralised formulas', () => {
    const rows = [
      ['Rank', 'Title', 'Overall'],
      [1, '=HYPERLINK("x")', 68.75],
      [2, 'Line\r\nbreak; "quoted"', -2.5],
      [3, ' padded ', 0],
    ];
    expect(parseCsvText(toCsv(rows, 'fr'))).toEqual({
      ok: true,
      value: {
        headers: ['Rank', 'Title', 'Overall'],
        rows: [
          ['1', '\'=HYPERLINK("x")', '68,75'],
          ['2', 'Line\r\nbreak; "quoted"', '-2,5'],
          ['3', ' padded ', '0'],
        ],
        rowNumbers: [2, 3, 4],
      },
    });
  });
});

describe('parseCsvText', () => {
  it('guesses the separator and drops the BOM', () => {
    expect(parseCsvText('\uFEFFTitre;Périmètre\r\nA;interne\r\n')).toEqual({
      ok: true,
      value: { headers: ['Titre', 'Périmètre'], rows: [['A', 'interne']], rowNumbers: [2] },
    });
  });

  it('numbers rows as a spreadsheet shows the file: empty lines count, a multi-line cell is one row', () => {
    const text = 'Title,Description\r\nA,"two\r\nlines"\r\n\r\nB,x\r\n';
    expect(parseCsvText(text)).toEqual({
      ok: true,
      value: {
        headers: ['Title', 'Description'],
        rows: [
          ['A', 'two\r\nlines'],
          ['B', 'x'],
        ],
        rowNumbers: [2, 4],
      },
    });
  });

  it('refuses a wrong separator, a short row, a stray BOM, too many columns', () => {
    const problem = (text: string) => {
      const r = parseCsvText(text);
      return r.ok ? null : r.problem;
    };
    expect(problem('Title|Scope\nA|internal')?.key).toBe('exchange.problem.wrongSeparator');
    // header = row 1, "A" alone is row 3
    expect(problem('Title,Scope\nB,internal\nA\n')).toEqual({
      key: 'exchange.problem.rowLength',
      path: '',
      params: { row: 3, found: 1, expected: 2 },
    });
    expect(problem('Title,Scope\n\uFEFFA,internal')?.key).toBe('exchange.problem.strayBom');
    expect(problem(Array.from({ length: 101 }, (_, i) => `c${i}`).join(','))?.key).toBe(
      'exchange.problem.tooManyColumns',
    );
  });
});
