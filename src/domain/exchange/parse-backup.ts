import type * as z from 'zod';
import { BUNDLE_RECORD_LISTS } from '../schema/bundle-lists';
import { bundleRecordSchemas, type WorkspaceBundle } from '../schema/workspace-bundle';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MEGABYTES,
  backupFrameSchema,
  backupSchema,
  type Backup,
  type CheckedBackup,
} from './backup-format';
import { partBounds, type BackupStep } from './backup-parts';
import { findBrokenReferences } from './check-references';
import { upgradeBackupContent } from '../migrations/upgrade-backup';
import { formatPath, refuse, type ImportProblem, type Parsed } from './import-problem';
import { parseJsonSafely } from './safe-json';

/** The first zod issue as a problem: the schema's own key ('errors.*') or one per issue kind. */
function problemOfIssue(issue: z.core.$ZodIssue, prefix: PropertyKey[] = []): ImportProblem {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0] ?? '';
    return {
      key: 'exchange.problem.unknownKey',
      path: formatPath([...path, name]),
      params: { name },
    };
  }
  if (issue.message.startsWith('errors.')) return { key: issue.message, path: formatPath(path) };
  const byCode: Record<string, string> = {
    invalid_type: 'exchange.problem.wrongType',
    too_big: 'exchange.problem.tooBig',
    too_small: 'exchange.problem.tooSmall',
    invalid_value: 'exchange.problem.wrongValue',
    invalid_format: 'exchange.problem.wrongFormatOfValue',
    invalid_union: 'exchange.problem.wrongValue',
  };
  return { key: byCode[issue.code] ?? 'exchange.problem.invalid', path: formatPath(path) };
}

const TABLES = BUNDLE_RECORD_LISTS;

/** Ids used twice anywhere in the file, and records that belong to another workspace. */
function findInconsistentIds(backup: Backup): ImportProblem | null {
  const seen = new Set<string>();
  const check = (id: string, path: PropertyKey[]): ImportProblem | null => {
    if (seen.has(id))
      return { key: 'exchange.problem.duplicateId', path: formatPath(path), params: { id } };
    seen.add(id);
    return null;
  };
  for (const [w, bundle] of backup.workspaces.entries()) {
    const wsId = bundle.workspace.id;
    const found = check(wsId, ['workspaces', w, 'workspace', 'id']);
    if (found) return found;
    for (const table of TABLES) {
      for (const [i, record] of bundle[table].entries()) {
        const at = ['workspaces', w, table, i];
        // A workspace's one portfolio has the workspace's id; every other record an id of its own.
        const duplicate =
          table === 'portfolios'
            ? record.id === wsId
              ? null
              : { key: 'exchange.problem.foreignRecord', path: formatPath([...at, 'id']) }
            : check(record.id, [...at, 'id']);
        if (duplicate) return duplicate;
        if (record.workspaceId !== wsId) {
          return {
            key: 'exchange.problem.foreignRecord',
            path: formatPath([...at, 'workspaceId']),
          };
        }
      }
    }
  }
  return null;
}

/**
 * A backup file's text up to its records: refused when too large, empty, not JSON, too deep,
 * with a prototype key or a non-finite number, of another format or version. A file of an older
 * version is upgraded by the database's migrations (upgrade-backup.ts). Returns the content,
 * not checked by the schemas yet.
 */
function readBackupHead(
  input: string,
  limit: { bytes: number; megabytes: number },
): Parsed<Record<string, unknown>> {
  if (input.length > limit.bytes)
    return refuse('exchange.problem.fileTooLarge', '', { megabytes: limit.megabytes });
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return refuse('exchange.problem.empty');
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse('exchange.problem.notBackup');
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return refuse('exchange.problem.notBackup', 'format');
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return refuse('exchange.problem.newerVersion', 'version', {
      version: head.version,
      supported: BACKUP_VERSION,
    });
  }
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1)
    return refuse('exchange.problem.unsupportedVersion', 'version');
  return { ok: true, value: upgradeBackupContent(head) };
}

/** The whole content checked at once: the backup, or its first problem. */
function checkContent(content: Record<string, unknown>): Parsed<CheckedBackup> {
  const result = backupSchema.safeParse(content);
  if (!result.success) {
    const issue = result.error.issues[0];
    return issue
      ? { ok: false, problem: problemOfIssue(issue) }
      : refuse('exchange.problem.invalid');
  }
  const inconsistent = findInconsistentIds(result.data) ?? findBrokenReferences(result.data);
  if (inconsistent) return { ok: false, problem: inconsistent };
  return { ok: true, value: result.data as CheckedBackup };
}

const DEFAULT_LIMIT = { bytes: MAX_BACKUP_BYTES, megabytes: MAX_BACKUP_MEGABYTES };

/**
 * Reads a backup file's text, strictly: refused when too large, not JSON, too deep, with a
 * prototype key or a non-finite number, of another format or version, with an unknown key, a
 * wrong type, an out-of-range value, an id used twice, or broken references (check-references.ts:
 * an axis without weight, two scorecards of one person for one use case, a reference to a missing
 * record or into another workspace). The first problem is reported. A file
 * of an older version is first upgraded by the database's migrations (upgrade-backup.ts).
 */
export function parseBackupText(input: string, limit = DEFAULT_LIMIT): Parsed<CheckedBackup> {
  const head = readBackupHead(input, limit);
  return head.ok ? checkContent(head.value) : head;
}

/** The first problem of content that failed a check in parts: the same as checked whole. */
function problemOfContent(content: Record<string, unknown>): ImportProblem {
  const whole = checkContent(content);
  return whole.ok ? { key: 'exchange.problem.invalid', path: '' } : whole.problem;
}

const idOf = (record: unknown): string => {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
};

/**
 * Reads a backup file's text as parseBackupText does, in steps: its frame (header and
 * workspaces, checked) as soon as it is known, then its records checked part by part, then its
 * end (ids and references checked), or a refusal, the same as parseBackupText's, at any step.
 */
export function* checkBackupInParts(input: string, limit = DEFAULT_LIMIT): Generator<BackupStep> {
  const head = readBackupHead(input, limit);
  if (!head.ok) {
    yield { kind: 'backupRefused', problem: head.problem };
    return;
  }
  const content = head.value;
  const frame = backupFrameSchema.safeParse(content);
  if (!frame.success) {
    yield { kind: 'backupRefused', problem: problemOfContent(content) };
    return;
  }
  const raw = frame.data.workspaces;
  const emptied = () =>
    raw.map((b) => {
      const bundle = { ...b } as WorkspaceBundle;
      for (const list of TABLES) bundle[list] = [];
      return bundle;
    });
  // Filled as the records pass: the whole backup for the last checks.
  const workspaces = emptied();
  const backup = { ...frame.data, workspaces } as CheckedBackup;
  yield {
    kind: 'backupFrame',
    frame: {
      backup: { ...frame.data, workspaces: emptied() } as CheckedBackup,
      recordCounts: raw.map((b) => TABLES.reduce((n, list) => n + b[list].length, 1)),
      recordIds: raw.map((b) => TABLES.flatMap((list) => b[list].map(idOf))),
    },
  };
  for (const [w, bundle] of raw.entries()) {
    for (const list of TABLES) {
      const schema = bundleRecordSchemas[list];
      const checked = workspaces[w]![list] as unknown[];
      for (const [start, end] of partBounds(bundle[list].length)) {
        const records: unknown[] = [];
        for (const record of bundle[list].slice(start, end)) {
          const result = schema.safeParse(record);
          if (!result.success) {
            yield { kind: 'backupRefused', problem: problemOfContent(content) };
            return;
          }
          records.push(result.data);
          checked.push(result.data);
        }
        yield { kind: 'backupRecords', workspace: w, list, records };
      }
    }
  }
  const inconsistent = findInconsistentIds(backup) ?? findBrokenReferences(backup);
  yield inconsistent ? { kind: 'backupRefused', problem: inconsistent } : { kind: 'backupEnd' };
}

/** Checks a backup held in memory (e.g. made by exportBackup) as parseBackupText checks a file. */
export function checkBackup(backup: Backup): CheckedBackup {
  const parsed = backupSchema.parse(backup);
  const inconsistent = findInconsistentIds(parsed) ?? findBrokenReferences(parsed);
  if (inconsistent) throw new Error(`${inconsistent.key} at ${inconsistent.path}`);
  return parsed as CheckedBackup;
}
