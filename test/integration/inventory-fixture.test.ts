import { describe, expect, it } from 'vitest';
import { countDuplicates, planImport } from '../../src/domain/exchange/import-duplicates';
import { recogniseHeaders, validateImportRows } from '../../src/domain/exchange/import-use-cases';
import { proposeValueMapping } from '../../src/domain/exchange/import-values';
import { parseCsvText } from '../../src/features/exchange/csv-file';
import {
  INVENTORY_EXPECTED as E,
  INVENTORY_HEADERS,
  inventoryCsv,
} from '../fixtures/inventory-fixture';

// The counts of the fixture are worked out by hand in its header; this checks the import agrees.
describe('the 3,000-row inventory fixture', () => {
  const parsed = parseCsvText(inventoryCsv());
  if (!parsed.ok) throw new Error('the fixture should be read');
  const table = parsed.value;
  const mapping = recogniseHeaders(table.headers);

  it('is read with its BOM dropped, its multi-line cells whole', () => {
    expect(table.headers).toEqual([...INVENTORY_HEADERS]);
    expect(table.rows).toHaveLength(E.rows);
    expect(table.rows[0]?.[1]).toBe('What it does for invoices.\nSecond line: who uses it.');
  });

  it('is refused row by row as the header says, with and without "Scaling" mapped', () => {
    // "Strategic Importance" and "Agency" are nobody's synonyms: not mapped.
    expect(mapping).toEqual([
      'title',
      'description',
      'status',
      'scope',
      'owner',
      'tags',
      null,
      'brandImpact',
      null,
    ]);
    const values = proposeValueMapping(table, mapping);
    expect(values.status).toMatchObject({ scaling: null, someday: null });
    const before = validateImportRows(table, mapping, values);
    expect([before.refused.length, before.errors.length]).toEqual([
      E.refusedWithoutMapping,
      E.errorsWithoutMapping,
    ]);
    values.status.scaling = 'inProgress';
    const after = validateImportRows(table, mapping, values);
    expect([after.refused.length, after.errors.length]).toEqual([
      E.refusedWithScalingMapped,
      E.errorsWithScalingMapped,
    ]);
    expect(after.useCases).toHaveLength(E.valid);
    expect(after.refused.slice(0, 4).map((r) => r.row)).toEqual([
      E.firstLongTitleRow,
      E.firstBadScoreRow,
      E.firstLongTitleRow + 250,
      E.firstEmptyTitleRow,
    ]);
    expect(countDuplicates(after.useCases, [])).toEqual({
      inWorkspace: 0,
      inFile: E.duplicatesInFile,
    });
    expect(planImport(after.useCases, [], 'skip').create).toHaveLength(E.createdWithSkip);
  });
});
