import { describe, expect, it } from 'vitest';
import { recogniseHeaders, validateImportRows } from './import-use-cases';
import { distinctValues, proposeValueMapping, scopeOfCell, statusOfCell } from './import-values';

const headers = ['Use Case Name', 'Stage of Development', 'Internal/External'];
const table = {
  headers,
  rows: [
    ['A', 'Operation and Maintenance', 'Ext'],
    ['B', 'Initiated', 'Internal'],
    ['C', 'operation and maintenance', 'Partner'],
    ['D', 'Haute', ''],
  ],
};

describe('enumeration values of a file', () => {
  const mapping = recogniseHeaders(headers);

  it('recognises the foreign headers of a public inventory', () => {
    expect(mapping).toEqual(['title', 'status', 'scope']);
  });

  it('lists distinct values by normalised form, most frequent first', () => {
    expect(distinctValues(table, mapping, 'status')).toEqual([
      { key: 'operation and maintenance', text: 'Operation and Maintenance', count: 2 },
      { key: 'haute', text: 'Haute', count: 1 },
      { key: 'initiated', text: 'Initiated', count: 1 },
    ]);
  });

  it('suggests our values from FR/EN synonyms, null when it has none', () => {
    expect(proposeValueMapping(table, mapping)).toEqual({
      status: { 'operation and maintenance': 'done', haute: null, initiated: 'idea' },
      scope: { ext: 'external', internal: 'internal', partner: null },
    });
  });

  it('keeps what was chosen before for a value, suggests the rest', () => {
    const remembered = {
      scope: { partner: 'external' as const },
      status: { haute: 'planned' as const },
    };
    const proposed = proposeValueMapping(table, mapping, remembered);
    expect(proposed.scope.partner).toBe('external');
    expect(proposed.status.haute).toBe('planned');
    expect(proposed.status.initiated).toBe('idea');
  });

  it('an unmapped value refuses its row; a mapped one is imported with our value', () => {
    const none = validateImportRows(table, mapping);
    expect(none.refused.map((r) => r.row)).toEqual([4, 5]);
    const values = {
      scope: { partner: 'external' as const },
      status: { haute: 'planned' as const },
    };
    const all = validateImportRows(table, mapping, values);
    expect(all.refused).toEqual([]);
    expect(all.useCases.map((u) => [u.form.status, u.form.scope])).toEqual([
      ['done', 'external'],
      ['idea', 'internal'],
      ['done', 'external'],
      ['planned', 'internal'],
    ]);
  });

  it('a value mapped to "refuse" is refused even when we would suggest one', () => {
    expect(scopeOfCell('Internal', { scope: { internal: null }, status: {} })).toBeNull();
    expect(statusOfCell('', { scope: {}, status: {} })).toBe('idea');
  });

  it('a value named like an object property is only a value', () => {
    expect(scopeOfCell('__proto__', { scope: {}, status: {} })).toBeNull();
    expect(statusOfCell('constructor', { scope: {}, status: {} })).toBeNull();
  });
});
