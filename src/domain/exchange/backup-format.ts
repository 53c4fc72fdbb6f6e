import * as z from 'zod';
import { DATA_VERSION } from '../migrations/migrations';
import { isoDateTimeSchema } from '../schema/common';
import {
  workspaceBundleFrameSchema,
  workspaceBundleSchema,
  type WorkspaceBundle,
} from '../schema/workspace-bundle';
import { plainLowerCase } from './plain-lower-case';

/** What a Clarté backup file says it is (docs/backup-format.md). */
export const BACKUP_FORMAT = 'clarte-workspace';
/**
 * The version this code writes and reads: the data version (the database's last version). A newer
 * file is refused, an older one (from version 1) upgraded by the database's own migrations.
 */
export const BACKUP_VERSION = DATA_VERSION;
/**
 * The most bytes of a backup's JSON text, once decompressed. Derived from what the app can write:
 * a backup is one JavaScript string (JSON.stringify), and Chromium's strings hold at most
 * 2^29 - 24 characters (about 512 MiB), so the app refuses to write more than this limit and
 * reads back anything up to it (a 50,000-use-case workspace is about 65 MB of JSON, 10 MB
 * compressed). Refused before reading (File.size), while decompressing and by text length.
 */
export const MAX_BACKUP_MEGABYTES = 500;
export const MAX_BACKUP_BYTES = MAX_BACKUP_MEGABYTES * 1024 * 1024;
/** The most workspaces one file may hold. */
const MAX_BACKUP_WORKSPACES = 1000;

/** A whole backup: strict (unknown keys refused), bounded, every record parsed by its schema. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoDateTimeSchema,
  appVersion: z.string().min(1).max(40),
  workspaces: z.array(workspaceBundleSchema).min(1).max(MAX_BACKUP_WORKSPACES),
});
export type Backup = z.infer<typeof backupSchema>;

/**
 * A backup's frame: its header and each workspace's frame, its records not looked into. With
 * bundleRecordSchemas applied to every record, it accepts exactly what backupSchema accepts
 * (checkBackupInParts: the frame is known before the records are checked).
 */
export const backupFrameSchema = z.strictObject({
  ...backupSchema.shape,
  workspaces: z.array(workspaceBundleFrameSchema).min(1).max(MAX_BACKUP_WORKSPACES),
});

declare const checked: unique symbol;
/**
 * A backup whose every record has passed backupSchema and whose ids are consistent
 * (parseBackupText, checkBackup). A type only: the mark survives the import worker's message.
 */
export type CheckedBackup = Backup & { readonly [checked]: true };

/** The backup of some workspaces, as written to a file (JSON.stringify of it). */
export function makeBackup(
  workspaces: readonly WorkspaceBundle[],
  exportedAt: string,
  appVersion: string,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    appVersion,
    workspaces: [...workspaces],
  };
}

/** A name in safe file-name characters: lower-case a–z, 0–9 and dashes, accents dropped. */
export function fileSlug(name: string): string {
  return plainLowerCase(name, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The file name of a backup: clarte-<name>-<date>.json, with only safe characters. */
export function backupFileName(name: string, exportedAt: string, extension = 'json'): string {
  const slug = fileSlug(name);
  return `clarte-${slug || 'workspace'}-${exportedAt.slice(0, 10)}.${extension}`;
}
