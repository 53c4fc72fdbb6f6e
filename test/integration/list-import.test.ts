import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { importUseCaseRows } from '../../src/db/repositories/backup-list-import';
import { readRememberedImport } from '../../src/db/repositories/import-memory';
import { listUseCaseTitles } from '../../src/db/repositories/use-cases';
import { planImport, updatedFields } from '../../src/domain/exchange/import-duplicates';
import { recogniseHeaders, validateImportRows } from '../../src/domain/exchange/import-use-cases';
import { proposeValueMapping } from '../../src/domain/exchange/import-values';
import { readImportFile } from '../../src/features/exchange/read-import-file';
import {
  contextOf,
  hashOfDatabase,
  rejectionOf,
  sampleWorkspaceBundle,
} from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

const WS = 'kept-ws';
let db: ClarteDatabase;
beforeEach(async () => {
  ({ db } = await openTestDatabase({ content: sampleWorkspaceBundle('kept') }));
});
afterEach(deleteTestDatabases);

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer;

// The sample workspace has "Invoice matching" (owner Claire Martin, internal) and "Support answers".
const FILE = [
  'Use Case Name;Stage of Development;Internal/External;Brand impact',
  'INVOICE MATCHING;Operation and Maintenance;Ext;4',
  'Churn alerts;Haute;Internal;',
  'Contract review;Initiated;;9',
  '',
].join('\r\n');

async function checkedFile() {
  const file = await readImportFile('inventory.csv', bytesOf(FILE));
  if (!file.ok || file.value.kind !== 'table') throw new Error('the file should be read');
  const table = file.value.table;
  const mapping = recogniseHeaders(table.headers);
  const values = proposeValueMapping(table, mapping);
  values.status.haute = 'planned';
  return { table, mapping, values, checked: validateImportRows(table, mapping, values) };
}

describe('a list import', () => {
  it('imports the valid rows, updates a duplicate when asked, remembers the choices', async () => {
    const { table, mapping, values, checked } = await checkedFile();
    expect(checked.refused.map((r) => [r.row, r.errors.map((e) => e.column)])).toEqual([
      [4, ['Brand impact']],
    ]);
    const existing = await listUseCaseTitles(db, WS);
    const plan = planImport(checked.useCases, existing, 'update');
    expect(plan.update.map((u) => u.id)).toEqual(['kept-uc-match']);
    const remember = {
      headers: table.headers,
      columns: mapping,
      values,
      duplicates: 'update' as const,
    };
    await importUseCaseRows(db, contextOf('Eve'), WS, plan.create, undefined, {
      update: plan.update,
      fields: updatedFields(mapping),
      remember,
    });
    const all = await db.useCases.where('workspaceId').equals(WS).toArray();
    const updated = all.find((u) => u.id === 'kept-uc-match');
    // Title, status and scope come from the file; the owner (no column for it) is kept.
    expect(updated).toMatchObject({
      title: 'INVOICE MATCHING',
      status: 'done',
      scope: 'external',
      owner: 'Claire Martin',
    });
    expect(all.find((u) => u.title === 'Churn alerts')).toMatchObject({ status: 'planned' });
    expect(all.some((u) => u.title === 'Contract review')).toBe(false);
    const eve = await db.participants
      .where('workspaceId')
      .equals(WS)
      .filter((p) => p.name === 'Eve')
      .first();
    const card = await db.scorecards
      .where('[useCaseId+participantId]')
      .equals(['kept-uc-match', eve?.id ?? ''])
      .first();
    expect(card?.scores.brandImpact.score).toBe(4);
    expect(await readRememberedImport(db, [...table.headers].reverse())).toBeNull();
    expect(await readRememberedImport(db, table.headers)).toEqual(remember);
  });

  it('a failure in any part writes nothing, not even the remembered choices', async () => {
    const { table, mapping, values, checked } = await checkedFile();
    const before = await hashOfDatabase(db);
    const plan = planImport(
      checked.useCases,
      [{ id: 'gone', title: 'Invoice matching' }],
      'update',
    );
    const error = await rejectionOf(
      importUseCaseRows(db, contextOf('Eve'), WS, plan.create, undefined, {
        update: plan.update,
        fields: updatedFields(mapping),
        remember: { headers: table.headers, columns: mapping, values, duplicates: 'update' },
      }),
    );
    expect(String(error)).toContain('gone');
    expect(await hashOfDatabase(db)).toBe(before);
    expect(await readRememberedImport(db, table.headers)).toBeNull();
  });

  it('a file refused entirely, or every row refused, changes nothing', async () => {
    const before = await hashOfDatabase(db);
    const refused = await readImportFile(
      'list.csv',
      bytesOf('Title;Scope\r\nA;internal;extra\r\n'),
    );
    expect(refused).toEqual({
      ok: false,
      problem: {
        key: 'exchange.problem.rowLength',
        path: '',
        params: { row: 2, found: 3, expected: 2 },
      },
    });
    const file = await readImportFile('list.csv', bytesOf('Title;Brand impact\r\n;7\r\nB;0\r\n'));
    if (!file.ok || file.value.kind !== 'table') throw new Error('the file should be read');
    const checked = validateImportRows(
      file.value.table,
      recogniseHeaders(file.value.table.headers),
    );
    expect(checked.useCases).toEqual([]);
    expect(checked.refused.map((r) => r.row)).toEqual([2, 3]);
    expect(await hashOfDatabase(db)).toBe(before);
  });
});
