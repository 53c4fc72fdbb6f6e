import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv';
import { parseCsvText } from './parse-csv';

describe('neutraliseCell (OWASP CSV injection)', () => {
  it('prefixes a quote to text starting with = + - @ tab CR LF, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n']) {
      expect(neutraliseCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutraliseCell('Invoice = match')).toBe('Invoice = match');
    expect(neutraliseCell('')).toBe('');
  });
});

describe('toCsv', () => {
  const rows = [
    ['Rank', 'Title', 'Overall'],
    [1, '=HYPERLINK("x")', 68.75],
    [2, 'Line\r\nbreak; "quoted"', -2.5],
  ];

  it('writes French: BOM, semicolons, decimal comma, numbers unquoted and not neutralised', () => {
    expect(toCsv(rows, 'fr')).toBe(
      '\uFEFFRank;Title;Overall\r\n1;"\'=HYPERLINK(""x"")";68,75\r\n2;"Line\r\nbreak; ""quoted""";-2,5',
    );
  });

  it('writes English: commas and decimal points, RFC 4180 quotes', () => {
    expect(toCsv(rows, 'en')).toBe(
      '\uFEFFRank,Title,Overall\r\n1,"\'=HYPERLINK(""x"")",68.75\r\n2,"Line\r\nbreak; ""quoted""",-2.5',
    );
  });

  it('is read back by papaparse cell for cell', () => {
    const parsed = Papa.parse<string[]>(toCsv(rows, 'fr').slice(1), { delimiter: ';' });
    expect(parsed.data[2]).toEqual(['2', 'Line\r\nbreak; "quoted"', '-2,5']);
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

describe('control characters in exported text', () => {
  it('removes the invisible ones from CSV cells, keeps tab, line ends and accents', () => {
    const csv = toCsv(
      [['Titre'], ['Réponse\u0000 aux\u0007 clients\u202E\u2066 \u0085ok\r\nligne 2']],
      'fr',
    );
    expect(csv).toBe('\uFEFFTitre\r\n"Réponse aux clients ok\r\nligne 2"');
  });

  it('strips them before neutralising a formula hidden behind one', () => {
    expect(toCsv([['A'], ['\u0001=1+1']], 'en')).toBe("\uFEFFA\r\n'=1+1");
  });
});
