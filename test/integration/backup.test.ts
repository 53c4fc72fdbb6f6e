import fc from 'fast-check';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { exportBackup, readBackupStatus, recordBackup } from '../../src/db/repositories/backup';
import { importBackup } from '../../src/db/repositories/backup-import';
import { importUseCaseRows } from '../../src/db/repositories/backup-list-import';
import { createUseCase } from '../../src/db/repositories/use-cases';
import {
  insertWorkspaceBundle,
  readWorkspaceBundle,
} from '../../src/db/repositories/workspace-bundles';
import { keepSnapshot } from '../../src/db/snapshots';
import { neutraliseCell, toCsv, type ExportCell } from '../../src/domain/exchange/csv';
import { exportRowsOf } from '../../src/domain/exchange/export-rows';
import { rankedListTable } from '../../src/domain/exchange/export-tables';
import type { ImportedUseCase } from '../../src/domain/exchange/import-use-cases';
import { parseBackupText, checkBackup } from '../../src/domain/exchange/parse-backup';
import { CRITERION_IDS } from '../../src/domain/schema/criterion';
import {
  workspaceBundleSchema,
  type WorkspaceBundle,
} from '../../src/domain/schema/workspace-bundle';
import { hasFormula } from '../../src/features/exchange/spreadsheet-file';
import { xlsxSheet } from '../../src/features/exchange/xlsx-sheets';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  minimalWorkspaceBundle,
  rejectionOf,
  sampleWorkspaceBundle,
  sequence,
  formOfUseCase,
} from '../fixtures/builders';
import { deleteTestDatabases, newTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
beforeEach(() => {
  db = newTestDatabase();
});
afterEach(deleteTestDatabases);

/** Text with what breaks files: quotes, separators, CR/LF, a leading = + - @, any unicode. */
const trickyText = (maxLength: number) =>
  fc
    .tuple(
      fc.constantFrom('', '=', '+', '-', '@', '\t', '"', "'", ';'),
      fc.string({
        unit: fc.constantFrom(
          'a',
          'é',
          '"',
          ',',
          ';',
          '\r\n',
          '\n',
          '|',
          '#',
          '*',
          '😀',
          '中',
          ' ',
          '\\',
        ),
        maxLength,
      }),
    )
    .map(([start, rest]) => `${start}${rest}`);
const title = trickyText(40).map((t) => `T${t}`);

/** A workspace with use cases, one participant's scores, and tricky texts everywhere. */
const workspaceArbitrary = fc
  .array(
    fc.record({
      title,
      description: trickyText(80),
      owner: trickyText(30),
      scores: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
        minLength: 8,
        maxLength: 8,
      }),
      rationale: trickyText(30),
    }),
    { maxLength: 8 },
  )
  .map((items): WorkspaceBundle => {
    const base = minimalWorkspaceBundle('ws-prop');
    base.workspace.name = 'N';
    base.participants = [
      { id: 'p-1', workspaceId: 'ws-prop', name: 'Ada', departmentId: null, role: '' },
    ];
    items.forEach((item, i) => {
      const id = `uc-${i}`;
      base.useCases.push({
        ...sampleWorkspaceBundle('x').useCases[0]!,
        id,
        workspaceId: 'ws-prop',
        stepIds: [],
        kpiEffects: [],
        successMeasure: { kpiId: null, baseline: null, target: null, reviewDate: null },
        title: item.title,
        description: item.description,
        owner: item.owner.trim().slice(0, 200),
      });
      base.scorecards.push({
        id: `sc-${i}`,
        workspaceId: 'ws-prop',
        useCaseId: id,
        participantId: 'p-1',
        scores: Object.fromEntries(
          CRITERION_IDS.map((c, k) => [
            c,
            { score: item.scores[k] ?? null, rationale: item.rationale },
          ]),
        ) as WorkspaceBundle['scorecards'][number]['scores'],
        updatedAt: START_TIME,
      });
    });
    return base;
  });

function rankedTable(raw: WorkspaceBundle): ExportCell[][] {
  const bundle = workspaceBundleSchema.parse(raw); // as stored: names trimmed
  return rankedListTable(exportRowsOf(bundle).ranked, (k) => k, 'full');
}

describe('backup, then import into an empty database', () => {
  it('gives the identical backup (property: unicode, quotes, CR/LF, leading =+-@)', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArbitrary, async (bundle) => {
        const source = newTestDatabase();
        const target = newTestDatabase();
        await insertWorkspaceBundle(source, bundle);
        const first = await exportBackup(source, 'all', '2025-03-02T10:00:00.000Z', '0.1.0');
        const parsed = parseBackupText(JSON.stringify(first));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
        await importBackup(target, contextOf('Eve'), parsed.value, { kind: 'restore' });
        const second = await exportBackup(target, 'all', '2025-03-03T10:00:00.000Z', '0.1.0');
        expect({ ...second, exportedAt: first.exportedAt }).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same texts and numbers when the CSV and XLSX are read back, and no formula', async () => {
    await fc.assert(
      fc.asyncProperty(
        workspaceArbitrary,
        fc.constantFrom('fr' as const, 'en' as const),
        async (bundle, language) => {
          const table = rankedTable(bundle);
          const csv = toCsv(table, language);
          const read = Papa.parse<string[]>(csv.slice(1), {
            delimiter: language === 'fr' ? ';' : ',',
          }).data;
          expect(read).toHaveLength(table.length);
          table.forEach((row, r) =>
            row.forEach((cell, c) => {
              const back = read[r]?.[c] ?? '';
              if (typeof cell === 'number') expect(Number(back.replace(',', '.'))).toBe(cell);
              else expect(back).toBe(neutraliseCell(cell ?? ''));
            }),
          );
          const sheet = xlsxSheet('Ranking', table);
          const buffer = await writeXlsxFile(sheet.data).toBuffer();
          expect(await hasFormula(new Uint8Array(buffer))).toBe(false);
          const [first] = await readXlsxFile(buffer);
          table.forEach((row, r) =>
            row.forEach((cell, c) =>
              expect(first?.data[r]?.[c] ?? null).toBe(cell === '' ? null : cell),
            ),
          );
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('importing a backup', () => {
  const backup = () => exportBackup(db, ['src-ws'], '2025-03-02T10:00:00.000Z', '0.1.0');

  it('as a new workspace: fresh ids, a free name, every record, an entry saying so', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const [id] = await importBackup(db, contextOf('Eve', sequence()), checkBackup(await backup()), {
      kind: 'asNew',
    });
    const copy = await readWorkspaceBundle(db, id!);
    expect(copy?.workspace.name).toBe('Workspace src (2)');
    expect(copy?.useCases.map((u) => u.title).sort()).toEqual(
      sampleWorkspaceBundle('src')
        .useCases.map((u) => u.title)
        .sort(),
    );
    expect(JSON.stringify(copy)).not.toContain('src-');
    expect(copy?.audit.at(-1)).toMatchObject({
      actor: 'Eve',
      action: 'created',
      after: { importedFrom: '2025-03-02T10:00:00.000Z' },
    });
  });

  it('replacing a workspace: same id, old records gone, in one transaction', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const file = await backup();
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('old'));
    await importBackup(db, contextOf('Eve'), checkBackup(file), {
      kind: 'replace',
      workspaceId: 'old-ws',
    });
    const replaced = await readWorkspaceBundle(db, 'old-ws');
    expect(replaced?.workspace.name).toBe('Workspace src');
    expect(
      replaced?.useCases.every((u) => u.workspaceId === 'old-ws' && !u.id.startsWith('old-')),
    ).toBe(true);
    expect(await db.useCases.where('id').startsWith('old-').count()).toBe(0);
  });

  it('replacing a workspace that does not exist changes nothing', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const file = await backup();
    const before = await dumpDatabase(db);
    await rejectionOf(
      importBackup(db, contextOf('Eve'), checkBackup(file), {
        kind: 'replace',
        workspaceId: 'nope',
      }),
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('importing a list of use cases', () => {
  const row = (n: number, scores: ImportedUseCase['scores'] = null): ImportedUseCase => ({
    row: n + 2,
    form: formOfUseCase({ title: `Use case ${n}` }),
    scores,
  });

  it("writes 10,000 use cases in chunks with progress, and the scores as the importer's scorecards", async () => {
    await insertWorkspaceBundle(db, minimalWorkspaceBundle('ws'));
    const progress: number[] = [];
    const scores = Object.fromEntries(CRITERION_IDS.map((c) => [c, 3])) as Record<
      (typeof CRITERION_IDS)[number],
      number
    >;
    const rows = Array.from({ length: 10_000 }, (_, n) => row(n, n === 0 ? scores : null));
    await importUseCaseRows(db, contextOf('Eve'), 'ws', rows, (done) => progress.push(done));
    expect(await db.useCases.count()).toBe(10_000);
    // Chunks of 100 rows: 100 steps, the last at 10,000.
    expect(progress).toEqual(Array.from({ length: 100 }, (_, i) => (i + 1) * 100));
    const [card] = await db.scorecards.toArray();
    const eve = await db.participants.get(card!.participantId);
    expect(eve?.name).toBe('Eve');
    // 10,000 use cases + 1 scorecard + 1 participant
    expect(await db.audit.count()).toBe(10_002);
  }, 60_000);
});

describe('backup status', () => {
  it('counts the changes since the last backup of the workspace', async () => {
    const seq = sequence();
    await insertWorkspaceBundle(db, minimalWorkspaceBundle('ws'));
    expect(await readBackupStatus(db, 'ws')).toEqual({ lastBackupAt: null, changes: 0 });
    await createUseCase(db, contextOf('Ada', seq), 'ws', formOfUseCase());
    await createUseCase(db, contextOf('Ada', seq), 'ws', formOfUseCase());
    expect((await readBackupStatus(db, 'ws')).changes).toBe(2);
    const file = await exportBackup(db, ['ws'], '2025-03-01T09:00:01.500Z', '0.1.0');
    await recordBackup(db, file, false);
    // the first change (09:00:00) and the second (09:00:01) are before the backup
    expect(await readBackupStatus(db, 'ws')).toEqual({
      lastBackupAt: '2025-03-01T09:00:01.500Z',
      changes: 0,
    });
    await createUseCase(db, contextOf('Ada', seq), 'ws', formOfUseCase());
    expect(await readBackupStatus(db, null)).toEqual({
      lastBackupAt: '2025-03-01T09:00:01.500Z',
      changes: 1,
    });
  });
});

describe('snapshots before an upgrade', () => {
  it('keeps a JSON copy of every table until the next successful backup', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const snapshot = await keepSnapshot(db, 1, START_TIME, 'snap-1');
    const stored = await db.snapshots.get('snap-1');
    expect(stored).toEqual(snapshot);
    const data = JSON.parse(stored!.json) as Record<string, unknown[]>;
    expect(data.useCases).toEqual(await db.useCases.toArray());
    expect(Object.keys(data)).not.toContain('snapshots');
    await recordBackup(db, await exportBackup(db, 'all', START_TIME, '0.1.0'), true);
    expect(await db.snapshots.count()).toBe(0);
  });
});
