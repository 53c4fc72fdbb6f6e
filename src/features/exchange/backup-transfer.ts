import type { CheckedBackup } from '../../domain/exchange/backup-format';
import { BUNDLE_RECORD_LISTS, type BundleRecordList } from '../../domain/schema/workspace-bundle';

/**
 * A backup read in the import worker is sent to the page in parts: one message holding 20,000
 * records took the page's thread about 250 ms to receive (a frozen page); parts of a few
 * thousand records are received between frames.
 */
export type BackupPart =
  | { kind: 'backupFrame'; backup: CheckedBackup }
  | { kind: 'backupRecords'; workspace: number; list: BundleRecordList; records: unknown[] }
  | { kind: 'backupEnd' };

const RECORDS_PER_PART = 2000;

/** The backup's frame (every list empty), then its records by list, then the end. */
export function* partsOfBackup(backup: CheckedBackup): Generator<BackupPart> {
  const frame = {
    ...backup,
    workspaces: backup.workspaces.map((bundle) => {
      const empty = { ...bundle };
      for (const list of BUNDLE_RECORD_LISTS) empty[list] = [];
      return empty;
    }),
  } as CheckedBackup;
  yield { kind: 'backupFrame', backup: frame };
  for (const [workspace, bundle] of backup.workspaces.entries()) {
    for (const list of BUNDLE_RECORD_LISTS) {
      const records: readonly unknown[] = bundle[list];
      for (let start = 0; start < records.length; start += RECORDS_PER_PART)
        yield {
          kind: 'backupRecords',
          workspace,
          list,
          records: records.slice(start, start + RECORDS_PER_PART),
        };
    }
  }
  yield { kind: 'backupEnd' };
}

/** Puts a backup together from its parts, in the order partsOfBackup gave them. */
export class BackupAssembly {
  private backup: CheckedBackup | null = null;

  /** Takes one part; returns the whole backup once its end has come. */
  add(part: BackupPart): CheckedBackup | null {
    if (part.kind === 'backupFrame') {
      this.backup = part.backup;
      return null;
    }
    if (!this.backup) throw new Error('A backup part came before its frame');
    if (part.kind === 'backupEnd') return this.backup;
    const bundle = this.backup.workspaces[part.workspace];
    if (!bundle) throw new Error(`No workspace ${part.workspace} in the backup`);
    const list = bundle[part.list] as unknown[];
    for (const record of part.records) list.push(record);
    return null;
  }
}

export function isBackupPart(message: { kind: string }): message is BackupPart {
  return (
    message.kind === 'backupFrame' ||
    message.kind === 'backupRecords' ||
    message.kind === 'backupEnd'
  );
}
