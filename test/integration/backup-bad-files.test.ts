import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { importBackup } from '../../src/db/repositories/backup-import';
import { importUseCaseRows } from '../../src/db/repositories/backup-list-import';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import type { ImportProblem } from '../../src/domain/exchange/import-problem';
import { recogniseHeaders, validateImportRows } from '../../src/domain/exchange/import-use-cases';
import { readImportFile } from '../../src/features/exchange/read-import-file';
import {
  contextOf,
  hashOfDatabase,
  rejectionOf,
  sampleWorkspaceBundle,
} from '../fixtures/builders';
import { checkBackup } from '../../src/domain/exchange/parse-backup';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

const DIR = join(import.meta.dirname, '../fixtures/bad-files');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { key: string; path?: string }
>;

let db: ClarteDatabase;
beforeEach(async () => {
  ({ db } = await openTestDatabase({ content: sampleWorkspaceBundle('kept') }));
});
afterEach(deleteTestDatabases);

const toArrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** The whole import path of the app: read, check, and only then write. Returns the refusal. */
async function tryImport(
  name: string,
  bytes: Uint8Array,
): Promise<ImportProblem | { key: string; path: string }> {
  const file = await readImportFile(name, toArrayBuffer(bytes));
  if (!file.ok) return file.problem;
  if (file.value.kind === 'backup') {
    await importBackup(db, contextOf('Eve'), file.value.backup, { kind: 'asNew' });
    return { key: 'imported', path: '' };
  }
  const table = file.value.table;
  const checked = validateImportRows(table, recogniseHeaders(table.headers));
  if (checked.mappingProblem) return { key: checked.mappingProblem, path: '' };
  const first = checked.errors[0];
  if (first) return { key: first.key, path: `row ${first.row}, ${first.column}` };
  await importUseCaseRows(db, contextOf('Eve'), 'kept-ws', checked.useCases);
  return { key: 'imported', path: '' };
}

describe('the corpus of bad files', () => {
  const names = readdirSync(DIR).filter((n) => n in expected);

  it('has at least 20 files, each listed with its expected refusal', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))(
    'refuses %s with a precise message, and nothing changes',
    async (name) => {
      const before = await hashOfDatabase(db);
      const problem = await tryImport(name, readFileSync(join(DIR, name)));
      const want = expected[name]!;
      expect(problem.key).toBe(want.key);
      if (want.path !== undefined) expect(problem.path).toBe(want.path);
      expect(await hashOfDatabase(db)).toBe(before);
    },
  );

  it('refuses an XLSX whose cells hold formulas (written here with write-excel-file)', async () => {
    const buffer = await writeXlsxFile([
      [{ value: 'Title' }, { value: 'Scope' }],
      [{ value: 'HYPERLINK("http://x")', type: 'Formula' }, { value: 'internal' }],
    ]).toBuffer();
    const before = await hashOfDatabase(db);
    expect(await tryImport('formulas.xlsx', new Uint8Array(buffer))).toEqual({
      key: 'exchange.problem.formula',
      path: '',
    });
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('reads an XLSX list without formulas (the control case)', async () => {
    const buffer = await writeXlsxFile([
      [{ value: 'Titre' }, { value: 'Périmètre' }, { value: 'Impact sur la marque' }],
      [{ value: '=pas une formule' }, { value: 'externe' }, { value: 4, type: Number }],
    ]).toBuffer();
    const file = await readImportFile('list.xlsx', toArrayBuffer(new Uint8Array(buffer)));
    expect(file).toEqual({
      ok: true,
      value: {
        kind: 'table',
        table: {
          headers: ['Titre', 'Périmètre', 'Impact sur la marque'],
          rows: [['=pas une formule', 'externe', '4']],
          rowNumbers: [2],
        },
      },
    });
  });

  it('numbers XLSX rows as the spreadsheet shows them: header row 1, empty rows counted', async () => {
    const buffer = await writeXlsxFile([
      [{ value: 'Title' }, { value: 'Brand impact' }],
      [{ value: 'A' }, { value: 4, type: Number }],
      [null, null],
      [{ value: 'B' }, { value: 9, type: Number }],
    ]).toBuffer();
    const file = await readImportFile('list.xlsx', toArrayBuffer(new Uint8Array(buffer)));
    if (!file.ok || file.value.kind !== 'table') throw new Error('the file should be read');
    const checked = validateImportRows(
      file.value.table,
      recogniseHeaders(file.value.table.headers),
    );
    expect(checked.refused.map((r) => [r.row, r.errors[0]?.column])).toEqual([[4, 'Brand impact']]);
  });

  it('refuses, all or nothing, a backup whose ids already exist when restored as it was', async () => {
    const before = await hashOfDatabase(db);
    const backup = makeBackup(
      [sampleWorkspaceBundle('fresh'), sampleWorkspaceBundle('kept')],
      '2025-03-02T10:00:00.000Z',
      '0.1.0',
    );
    const error = await rejectionOf(
      importBackup(db, contextOf('Eve'), checkBackup(backup), { kind: 'restore' }),
    );
    expect(error).toBeInstanceOf(Error);
    expect(await hashOfDatabase(db)).toBe(before); // the first workspace was not kept either
  });

  it('refuses, all or nothing, an import whose new ids or time are not valid (its records are not checked again)', async () => {
    const before = await hashOfDatabase(db);
    const backup = checkBackup(
      makeBackup([sampleWorkspaceBundle('fresh')], '2025-03-02T10:00:00.000Z', '0.1.0'),
    );
    const emptyIds = { actor: 'Eve', now: () => '2025-03-03T10:00:00.000Z', newId: () => '' };
    expect(await rejectionOf(importBackup(db, emptyIds, backup, { kind: 'asNew' }))).toBeInstanceOf(
      Error,
    );
    const notATime = { ...contextOf('Eve'), now: () => 'yesterday' };
    expect(await rejectionOf(importBackup(db, notATime, backup, { kind: 'asNew' }))).toBeInstanceOf(
      Error,
    );
    expect(await hashOfDatabase(db)).toBe(before);
  });

  it('checks a backup held in memory as it checks a file: a bad record or a duplicate id is refused', () => {
    const bundle = sampleWorkspaceBundle('fresh');
    const tooLong = {
      ...bundle,
      useCases: [{ ...bundle.useCases[0]!, title: 'x'.repeat(100_000) }],
    };
    expect(() => checkBackup(makeBackup([tooLong], '2025-03-02T10:00:00.000Z', '0.1.0'))).toThrow();
    expect(() =>
      checkBackup(makeBackup([bundle, bundle], '2025-03-02T10:00:00.000Z', '0.1.0')),
    ).toThrow(/exchange.problem.duplicateId/);
  });
});
