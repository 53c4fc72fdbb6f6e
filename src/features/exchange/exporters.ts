/**
 * Everything that builds an exported file. Runs in the export worker (export-worker.ts), or on
 * demand on the page where workers are missing, so that the CSV and XLSX writers are not in
 * the JavaScript of the first screens.
 */
import { database } from '../../db/database';
import { exportBackup, recordBackup } from '../../db/repositories/backup';
import {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_MEGABYTES,
  backupFileName,
} from '../../domain/exchange/backup-format';
import { toCsv } from '../../domain/exchange/csv';
import { exportRowsOf } from '../../domain/exchange/export-rows';
import {
  rankedListTable,
  roadmapTable,
  weightsTable,
  type Label,
} from '../../domain/exchange/export-tables';
import { jsonReportOf } from '../../domain/exchange/json-report';
import { markdownReport } from '../../domain/exchange/markdown-report';
import type { Language } from '../../domain/schema/common';
import type { WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import { xlsxDate, xlsxSheet } from './xlsx-sheets';
import { gzipText } from './compression';
import { writeXlsx } from './xlsx-writer';
import type { ExportedFile } from './download-file';

const APP_VERSION = '0.1.0';

async function bundleOf(workspaceId: string, now: string): Promise<WorkspaceBundle> {
  const backup = await exportBackup(database(), [workspaceId], now, APP_VERSION);
  const [bundle] = backup.workspaces;
  if (!bundle) throw new Error(`Workspace ${workspaceId} not found`);
  return bundle;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const textFile = (text: string, type: string) => new Blob([text], { type });

export type ExportKind = 'rankedCsv' | 'roadmapCsv' | 'xlsx' | 'markdown' | 'jsonReport';

/** Where an export is: reading and ranking the workspace, then writing its rows. */
export type ExportProgress =
  { stage: 'reading' } | { stage: 'writing'; done: number; total: number };

/** Builds one export of a workspace in the UI language. */
export async function buildExport(
  kind: ExportKind,
  workspaceId: string,
  language: Language,
  label: Label,
  format: { number: (n: number) => string; dateTime: (iso: string) => string },
  onProgress: (progress: ExportProgress) => void = () => undefined,
): Promise<ExportedFile> {
  const now = new Date().toISOString();
  onProgress({ stage: 'reading' });
  const bundle = await bundleOf(workspaceId, now);
  const { decision, ranked, roadmap } = exportRowsOf(bundle);
  const name = bundle.workspace.name;
  switch (kind) {
    case 'rankedCsv':
      return {
        name: backupFileName(`${name}-${label('exchange.sheet.ranking')}`, now, 'csv'),
        blob: textFile(
          toCsv(rankedListTable(ranked, label, 'reading'), language),
          'text/csv;charset=utf-8',
        ),
      };
    case 'roadmapCsv':
      return {
        name: backupFileName(`${name}-${label('exchange.sheet.roadmap')}`, now, 'csv'),
        blob: textFile(toCsv(roadmapTable(roadmap, label), language), 'text/csv;charset=utf-8'),
      };
    case 'markdown':
      return {
        name: backupFileName(name, now, 'md'),
        blob: textFile(
          markdownReport(
            {
              workspaceName: name,
              generatedAt: now,
              ranked,
              roadmap,
              weights: bundle.workspace.weights,
              decisions: bundle.decisions,
            },
            label,
            format,
          ),
          'text/markdown;charset=utf-8',
        ),
      };
    case 'jsonReport': {
      // Keys stay English identifiers in every language: a file for other tools, not a page.
      const report = jsonReportOf({
        decision,
        workspace: bundle.workspace,
        decisions: bundle.decisions,
        generatedAt: now,
      });
      return {
        name: backupFileName(`${name}-decision`, now, 'json'),
        blob: textFile(`${JSON.stringify(report, null, 2)}\n`, 'application/json'),
      };
    }
    case 'xlsx': {
      const weights = xlsxSheet(
        label('exchange.sheet.weights'),
        weightsTable(bundle.workspace.weights, label),
      );
      weights.data.push(
        [],
        [{ value: label('exchange.sheet.exportedAt'), type: String }, xlsxDate(now)],
      );
      const bytes = writeXlsx(
        [
          xlsxSheet(label('exchange.sheet.roadmap'), roadmapTable(roadmap, label)),
          xlsxSheet(label('exchange.sheet.ranking'), rankedListTable(ranked, label, 'full')),
          weights,
        ],
        (done, total) => onProgress({ stage: 'writing', done, total }),
      );
      const blob = new Blob([bytes], { type: XLSX_TYPE });
      return { name: backupFileName(name, now, 'xlsx'), blob };
    }
  }
}

/** A backup the app would not read back (its JSON over MAX_BACKUP_BYTES): not written. */
class BackupTooLargeError extends Error {
  override name = 'BackupTooLargeError';
  constructor(readonly megabytes: number) {
    super(`The backup's JSON is over ${megabytes} MB`);
  }
}

/**
 * A gzip-compressed JSON backup (.json.gz, through the browser's CompressionStream) of one
 * workspace, or of all ('all'); recorded as the last backup once built. Never larger than what
 * the import reads back (MAX_BACKUP_BYTES of JSON).
 */
export async function buildBackup(workspaceId: string): Promise<ExportedFile> {
  const db = database();
  const now = new Date().toISOString();
  const all = workspaceId === 'all';
  const backup = await exportBackup(db, all ? 'all' : [workspaceId], now, APP_VERSION);
  const name = all ? 'all' : (backup.workspaces[0]?.workspace.name ?? 'workspace');
  let text: string;
  try {
    text = JSON.stringify(backup);
  } catch {
    throw new BackupTooLargeError(MAX_BACKUP_MEGABYTES); // longer than a string can be
  }
  // A character takes 1 to 3 UTF-8 bytes: the exact count only when it may matter.
  if (text.length * 3 > MAX_BACKUP_BYTES && new Blob([text]).size > MAX_BACKUP_BYTES)
    throw new BackupTooLargeError(MAX_BACKUP_MEGABYTES);
  const blob = await gzipText(text);
  await recordBackup(db, backup, all);
  return { name: backupFileName(name, now, 'json.gz'), blob };
}
