import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { xlsxDate, xlsxSheet } from './xlsx-sheets';
import { columnLetters, escapeXml, writeXlsx } from './xlsx-writer';

describe('writeXlsx', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('escapes XML and drops the control characters XML cannot hold', () => {
    expect(escapeXml('a<b & "c"\u0007\u0000\n')).toBe('a&lt;b &amp; &quot;c&quot;\n');
  });

  it('writes sheets that a spreadsheet reader reads back: text, numbers, a date, 1,200 rows', async () => {
    const rows: (string | number)[][] = [['Rank', 'Title', 'Overall']];
    for (let i = 1; i <= 1200; i++) rows.push([i, `Use case ${i} <&>`, 50 + (i % 10) / 10]);
    const weights = xlsxSheet('Weights', [
      ['Criterion', 'Weight'],
      ['Value', 3],
    ]);
    weights.data.push(
      [],
      [{ value: 'Exported at', type: String }, xlsxDate('2026-12-04T13:30:00.000Z')],
    );
    const progress: number[] = [];
    const bytes = writeXlsx([xlsxSheet('Ranking: all', rows), weights], (done) =>
      progress.push(done),
    );

    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['Ranking  all', 'Weights']);
    const ranking = sheets[0]?.data ?? [];
    expect(ranking).toHaveLength(1201);
    expect(ranking[0]).toEqual(['Rank', 'Title', 'Overall']);
    expect(ranking[1]).toEqual([1, 'Use case 1 <&>', 50.1]);
    expect(ranking[1200]).toEqual([1200, 'Use case 1200 <&>', 50]);
    const weightRows = sheets[1]?.data ?? [];
    expect(weightRows[1]).toEqual(['Value', 3]);
    const at: unknown = weightRows[3]?.[1];
    expect(at instanceof Date ? at.toISOString() : at).toBe('2026-12-04T13:30:00.000Z');
    // 1,201 + 4 rows in batches of 500: 500, 1000, 1201, then 1205
    expect(progress).toEqual([500, 1000, 1201, 1205]);
  });
});
