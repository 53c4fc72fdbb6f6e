import { describe, expect, it } from 'vitest';
import { BUNDLE_RECORD_LISTS } from '../schema/bundle-lists';
import { upgradeBackupContent } from './upgrade-backup';

describe('upgradeBackupContent', () => {
  it('brings a version 1 file to version 2, its records unchanged, the missing lists empty', () => {
    const bundle = { workspace: { id: 'w1' }, useCases: [{ id: 'u1', workspaceId: 'w1' }] };
    const upgraded = upgradeBackupContent({
      format: 'clarte-workspace',
      version: 1,
      workspaces: [bundle],
    });
    expect(upgraded.version).toBe(2);
    const [result] = upgraded.workspaces as Record<string, unknown>[];
    expect(result?.workspace).toEqual({ id: 'w1' });
    expect(result?.useCases).toEqual([{ id: 'u1', workspaceId: 'w1' }]);
    for (const name of BUNDLE_RECORD_LISTS) expect(result?.[name], name).toBeInstanceOf(Array);
  });

  it('leaves a current file and a list that is not a list as they are (the schema refuses it)', () => {
    const current = { version: 2, workspaces: [] };
    expect(upgradeBackupContent(current)).toBe(current);
    const bad = { workspace: { id: 'w1' }, useCases: 'none' };
    const upgraded = upgradeBackupContent({ version: 1, workspaces: [bad] });
    expect((upgraded.workspaces as unknown[])[0]).toBe(bad);
  });
});
