import { BUNDLE_RECORD_LISTS, type BundleRecordList } from '../schema/bundle-lists';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import type { CheckedBackup } from './backup-format';
import type { ImportProblem, Parsed } from './import-problem';

/**
 * A backup read in parts (issue 15, import close to the raw write): its frame first, checked and
 * shown to the person who chooses how to import it, then its records, checked part by part while
 * the previous parts are written, then its end, or a refusal that aborts the import's one
 * transaction (nothing is written). The import worker writes the parts it checks (its frame,
 * end or refusal cross to the page).
 */
export interface BackupFrame {
  /** The file's header and workspaces, checked, every list empty. */
  backup: CheckedBackup;
  /** Per workspace: its records in the file (the workspace and every list's). */
  recordCounts: number[];
  /** Per workspace: its lists' record ids, in BUNDLE_RECORD_LISTS order (what a copy renews). */
  recordIds: string[][];
}

/** Records of one list of one workspace, checked by their schema. */
export interface BackupRecords {
  workspace: number;
  list: BundleRecordList;
  records: unknown[];
}

export type BackupStep =
  | { kind: 'backupFrame'; frame: BackupFrame }
  | ({ kind: 'backupRecords' } & BackupRecords)
  | { kind: 'backupEnd' }
  | { kind: 'backupRefused'; problem: ImportProblem };

/** A file refused once its import had started: the import's transaction is aborted. */
export class BackupRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.key} at ${problem.path}`);
  }
}

/** Where an import takes a backup's checked records from, in order. */
export interface BackupSource {
  readonly frame: BackupFrame;
  /** The next records if they have come, 'end' after the last, null when not yet (see ready). */
  take(): BackupRecords | 'end' | null;
  /** Settles once take() has something new to give (records, the end or a refusal). */
  ready(): Promise<void>;
}

/** Records sent in one part at most: a few thousand are received by the page between frames. */
const RECORDS_PER_PART = 1000;
/**
 * A list's first part: small, so that the page starts writing the list while the rest is
 * checked (at 1,000 use cases a list is one or two parts of RECORDS_PER_PART otherwise, and the
 * page would wait for each whole part). The next parts double up to RECORDS_PER_PART.
 */
const FIRST_PART = 100;

/** Where a list's parts start and end: FIRST_PART records, then twice as many each time. */
export function* partBounds(length: number): Generator<[start: number, end: number]> {
  let size = FIRST_PART;
  for (let start = 0; start < length; start += size, size = Math.min(size * 2, RECORDS_PER_PART))
    yield [start, Math.min(start + size, length)];
}

/** A backup's frame: every list emptied, the counts and ids kept aside. */
export function frameOf(backup: CheckedBackup): BackupFrame {
  const empty = (bundle: WorkspaceBundle): WorkspaceBundle => {
    const frame = { ...bundle };
    for (const list of BUNDLE_RECORD_LISTS) frame[list] = [];
    return frame;
  };
  return {
    backup: { ...backup, workspaces: backup.workspaces.map(empty) },
    recordCounts: backup.workspaces.map((b) =>
      BUNDLE_RECORD_LISTS.reduce((n, list) => n + b[list].length, 1),
    ),
    recordIds: backup.workspaces.map((b) =>
      BUNDLE_RECORD_LISTS.flatMap((list) => b[list].map((r) => r.id)),
    ),
  };
}

/** A checked backup's records in parts, workspace by workspace, list by list. */
export function* recordsOf(backup: CheckedBackup): Generator<BackupRecords> {
  for (const [workspace, bundle] of backup.workspaces.entries()) {
    for (const list of BUNDLE_RECORD_LISTS) {
      const records: readonly unknown[] = bundle[list];
      for (const [start, end] of partBounds(records.length))
        yield { workspace, list, records: records.slice(start, end) };
    }
  }
}

/** A backup held whole in memory as a source: every part is there at once. */
export function sourceOfBackup(backup: CheckedBackup): BackupSource {
  const parts = recordsOf(backup);
  return {
    frame: frameOf(backup),
    take: () => {
      const next = parts.next();
      return next.done ? 'end' : next.value;
    },
    ready: () => Promise.resolve(),
  };
}

/** Puts a backup together from its steps: the whole checked backup, or the refusal. */
export function assembleBackup(steps: Iterable<BackupStep>): Parsed<CheckedBackup> {
  let backup: CheckedBackup | null = null;
  for (const step of steps) {
    if (step.kind === 'backupRefused') return { ok: false, problem: step.problem };
    if (step.kind === 'backupEnd') break;
    if (step.kind === 'backupFrame') {
      const { workspaces } = step.frame.backup;
      backup = { ...step.frame.backup, workspaces: workspaces.map((b) => ({ ...b })) };
      for (const bundle of backup.workspaces)
        for (const list of BUNDLE_RECORD_LISTS) bundle[list] = [];
      continue;
    }
    const bundle = backup?.workspaces[step.workspace];
    if (!bundle) throw new Error(`Records of workspace ${step.workspace} before its frame`);
    const list = bundle[step.list] as unknown[];
    for (const record of step.records) list.push(record);
  }
  if (!backup) throw new Error('A backup without a frame');
  return { ok: true, value: backup };
}
