import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../domain/exchange/backup-format';
import { checkBackup } from '../../domain/exchange/parse-backup';
import { buildLargeWorkspace } from '../../domain/demo/large-workspace';
import { sampleWorkspaceBundle } from '../../../test/fixtures/builders';
import { BackupAssembly, partsOfBackup, type BackupPart } from './backup-transfer';

const NOW = '2026-11-01T09:00:00.000Z';

function sent(parts: Iterable<BackupPart>): BackupPart[] {
  // What the page receives: a structured copy of each message.
  return [...parts].map((part) => structuredClone(part));
}

describe('a backup sent from the import worker in parts', () => {
  it('arrives whole and unchanged, 4,500 use cases in parts of at most 2,000 records', () => {
    const large = buildLargeWorkspace({
      useCases: 4500,
      steps: 20,
      seed: 7,
      now: NOW,
      language: 'fr',
    });
    const backup = checkBackup(makeBackup([sampleWorkspaceBundle('a'), large], NOW, '0.1.0'));
    const parts = sent(partsOfBackup(backup));

    expect(parts[0]?.kind).toBe('backupFrame');
    expect(parts.at(-1)?.kind).toBe('backupEnd');
    const useCaseParts = parts.filter(
      (p) => p.kind === 'backupRecords' && p.list === 'useCases' && p.workspace === 1,
    );
    // 4,500 use cases: 2,000 + 2,000 + 500.
    expect(useCaseParts.map((p) => (p.kind === 'backupRecords' ? p.records.length : 0))).toEqual([
      2000, 2000, 500,
    ]);

    const assembly = new BackupAssembly();
    const results = parts.map((p) => assembly.add(p));
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toEqual(backup);
  });

  it('leaves the backup it splits untouched', () => {
    const backup = checkBackup(makeBackup([sampleWorkspaceBundle('a')], NOW, '0.1.0'));
    const before = structuredClone(backup);
    [...partsOfBackup(backup)].forEach(() => undefined);
    expect(backup).toEqual(before);
  });

  it('refuses records that come before the frame', () => {
    expect(() =>
      new BackupAssembly().add({
        kind: 'backupRecords',
        workspace: 0,
        list: 'useCases',
        records: [],
      }),
    ).toThrow(/before its frame/);
  });
});
