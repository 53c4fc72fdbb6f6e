import { describe, expect, it } from 'vitest';
import {
  DATA_VERSION,
  MIGRATIONS,
  applyMigration,
  upgradeTables,
  type Migration,
} from './migrations';

// A migration of the kind a future version adds: scorecards' `note` renamed `comment`.
const renameNote: Migration = {
  version: 3,
  transforms: ['scorecards'],
  upgrade: (tables) => ({
    scorecards: (tables.scorecards ?? []).map((record) => {
      const { note, ...rest } = record as { note?: string };
      return { ...rest, comment: note ?? '' };
    }),
  }),
};

describe('migrations', () => {
  it('numbers the versions after the first in order, the last being the data version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 2));
    expect(DATA_VERSION).toBe(2);
  });

  it('applies a migration to the tables it names only, without touching its input', () => {
    const before = {
      scorecards: [{ id: 's1', note: 'ok' }, { id: 's2' }],
      useCases: [{ id: 'u1', title: 'Tri' }],
    };
    const frozen = structuredClone(before);
    const after = applyMigration(before, renameNote);
    expect(after).toEqual({
      scorecards: [
        { id: 's1', comment: 'ok' },
        { id: 's2', comment: '' },
      ],
      useCases: [{ id: 'u1', title: 'Tri' }],
    });
    expect(before).toEqual(frozen);
  });

  it('runs only the migrations above the version the data is at', () => {
    const tables = { scorecards: [{ id: 's1', note: 'x' }] };
    expect(upgradeTables(tables, 3, [renameNote])).toEqual(tables);
    expect(upgradeTables(tables, 2, [renameNote])).toEqual({
      scorecards: [{ id: 's1', comment: 'x' }],
    });
  });

  it('leaves every record of version 1 as it is when upgrading to version 2 (additive)', () => {
    const tables = { useCases: [{ id: 'u1', title: 'Tri' }], audit: [] };
    expect(upgradeTables(tables, 1)).toEqual(tables);
  });
});
