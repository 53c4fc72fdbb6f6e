import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv';

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
