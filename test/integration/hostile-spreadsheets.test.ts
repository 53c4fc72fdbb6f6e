import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '../../src/domain/exchange/csv';
import { parseCsvText } from '../../src/features/exchange/csv-file';
import { readImportFile } from '../../src/features/exchange/read-import-file';
import { declaredBomb, lyingBomb, manyCells } from '../fixtures/bad-files/hostile-xlsx';

const MB = 1024 * 1024;
const bufferOf = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Reads a file as the import does, and how much the heap grew meanwhile (bounded memory). */
async function readMeasured(name: string, bytes: Uint8Array) {
  const heapBefore = process.memoryUsage().heapUsed;
  const result = await readImportFile(name, bufferOf(bytes));
  return { result, heapGrowth: process.memoryUsage().heapUsed - heapBefore };
}

describe('hostile spreadsheets are refused with bounded memory, naming the limit', () => {
  it('refuses a zip bomb that declares 4 GB from its central directory, decompressing nothing', async () => {
    const bomb = declaredBomb(0xfffffffe);
    expect(bomb.length).toBeLessThan(2048);
    const { result, heapGrowth } = await readMeasured('bomb.xlsx', bomb);
    expect(result).toEqual({
      ok: false,
      problem: { key: 'scale.problem.xlsxTooLarge', path: '', params: { megabytes: 100 } },
    });
    expect(heapGrowth).toBeLessThan(50 * MB);
  });

  it('stops a bomb whose directory lies (1 KB declared, 150 MB inside) after 1 KB', async () => {
    const bomb = lyingBomb(150 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    const { result } = await readMeasured('liar.xlsx', bomb);
    expect(result).toEqual({ ok: false, problem: { key: 'exchange.problem.notXlsx', path: '' } });
  }, 20_000);

  it('refuses a workbook of more than 1,000,000 cells (10,001 rows of 100)', async () => {
    const { result } = await readMeasured('cells.xlsx', manyCells(10_001, 100));
    expect(result).toEqual({
      ok: false,
      problem: { key: 'scale.problem.tooManyCells', path: '', params: { max: 1_000_000 } },
    });
  }, 20_000);

  it('refuses a CSV of more rows than the limit without reading it to its end', () => {
    const text = `Title\r\n${'A use case\r\n'.repeat(MAX_IMPORT_ROWS + 5000)}`;
    expect(parseCsvText(text)).toEqual({
      ok: false,
      problem: { key: 'scale.problem.tooManyRowsAtLeast', path: '', params: { max: 20_000 } },
    });
  });

  it('refuses a CSV of more than 100 columns, naming both counts', () => {
    const header = Array.from({ length: 150 }, (_, i) => `C${i}`).join(',');
    expect(parseCsvText(`${header}\r\n${'x,'.repeat(149)}x\r\n`)).toEqual({
      ok: false,
      problem: {
        key: 'exchange.problem.tooManyColumns',
        path: '',
        params: { count: 150, max: 100 },
      },
    });
  });
});
