import { toJson } from '../../domain/audit/record-changes';
import type { Backup, CheckedBackup } from '../../domain/exchange/backup-format';
import { auditEntrySchema, type AuditEntry } from '../../domain/schema/audit-entry';
import { idSchema, isoDateTimeSchema } from '../../domain/schema/common';
import type { WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import { copyWorkspaceBundle } from '../../domain/workspace/copy-workspace-bundle';
import { uniqueName } from '../../domain/workspace/unique-name';
import type { ChangeContext } from '../change-context';
import { WORKSPACE_TABLES, type ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';
import { allBackupTables, recordRestoredFromFile } from './backup';
import { recordCountOf, writeWorkspaceBundle } from './workspace-bundles';

export type BackupImport =
  { kind: 'asNew' } | { kind: 'restore' } | { kind: 'replace'; workspaceId: string };

function withWorkspaceId(bundle: WorkspaceBundle, id: string): WorkspaceBundle {
  const own = <T extends { workspaceId: string }>(records: T[]) =>
    records.map((r) => ({ ...r, workspaceId: id }));
  return {
    workspace: { ...bundle.workspace, id },
    participants: own(bundle.participants),
    workflows: own(bundle.workflows),
    steps: own(bundle.steps),
    frictions: own(bundle.frictions),
    useCases: own(bundle.useCases),
    scorecards: own(bundle.scorecards),
    decisions: own(bundle.decisions),
    waves: own(bundle.waves),
    weightSets: own(bundle.weightSets),
    decisionSnapshots: own(bundle.decisionSnapshots).map((s) => ({
      ...s,
      overrides: own(s.overrides),
    })),
    reviews: own(bundle.reviews),
    // A workspace's portfolio has the workspace's id.
    portfolios: own(bundle.portfolios).map((p) => ({ ...p, id })),
    workshops: own(bundle.workshops),
    parkingLot: own(bundle.parkingLot),
    audit: own(bundle.audit).map((a) =>
      a.entityType === 'workspace' ? { ...a, entityId: id } : a,
    ),
  };
}

function importEntry(
  ctx: ChangeContext,
  now: string,
  bundle: WorkspaceBundle,
  backup: Backup,
  action: AuditEntry['action'],
): AuditEntry {
  return auditEntry(ctx, now, {
    workspaceId: bundle.workspace.id,
    action,
    entityType: 'workspace',
    entityId: bundle.workspace.id,
    label: bundle.workspace.name,
    after: toJson({ importedFrom: backup.exportedAt }),
  });
}

/**
 * The change context of an import, whose new ids and time are checked as they are made: a copy
 * of checked records then differs from them only by values that were checked (see importBackup).
 */
function checkedContext(ctx: ChangeContext): ChangeContext {
  return {
    ...ctx,
    now: () => isoDateTimeSchema.parse(ctx.now()),
    newId: () => idSchema.parse(ctx.newId()),
  };
}

/**
 * Imports a backup (checked by parseBackupText or checkBackup) in one transaction, all or nothing:
 * - asNew: every workspace as a new one (fresh ids, a name that is not taken);
 * - restore: the workspaces as they were, same ids (refused when one exists);
 * - replace: the one workspace of the file replaces an existing one (delete then insert).
 * Returns the ids of the workspaces written.
 */
export async function importBackup(
  db: ClarteDatabase,
  ctx: ChangeContext,
  backup: CheckedBackup,
  mode: BackupImport,
  /** Told how many records are written out of how many, as the import goes. */
  onProgress?: (done: number, total: number) => void,
): Promise<string[]> {
  // Records are not checked a second time: those of the file passed their schemas when it was
  // read; a copy changes only ids, workspace ids and times (checked as made, below), the name
  // and the import's own audit entry (the workspace and that entry are checked when written).
  ctx = checkedContext(ctx);
  const now = ctx.now();
  const names = (await db.workspaces.toArray()).map((w) => w.name);
  let bundles: WorkspaceBundle[];
  if (mode.kind === 'restore') bundles = backup.workspaces;
  else if (mode.kind === 'asNew') {
    bundles = backup.workspaces.map((b) => {
      const name = uniqueName(b.workspace.name, names, b.workspace.language);
      names.push(name);
      const copy = copyWorkspaceBundle(b, { newId: ctx.newId, now, name });
      copy.audit.push(auditEntrySchema.parse(importEntry(ctx, now, copy, backup, 'created')));
      return copy;
    });
  } else {
    const [only, ...more] = backup.workspaces;
    if (!only || more.length) throw new Error('exchange.problem.replaceNeedsOne');
    const copy = withWorkspaceId(
      copyWorkspaceBundle(only, { newId: ctx.newId, now, name: only.workspace.name }),
      mode.workspaceId,
    );
    copy.audit.push(auditEntrySchema.parse(importEntry(ctx, now, copy, backup, 'updated')));
    bundles = [copy];
  }
  return db.transaction('rw', [...allBackupTables(db), db.meta], async () => {
    if (mode.kind === 'replace') {
      if (!(await db.workspaces.get(mode.workspaceId)))
        throw new Error(`Workspace ${mode.workspaceId} not found`);
      for (const table of WORKSPACE_TABLES)
        await db[table].where('workspaceId').equals(mode.workspaceId).delete();
      await db.workspaces.delete(mode.workspaceId);
    }
    // No catch here: a record that fails its schema, or an id that exists, aborts it all.
    const total = bundles.reduce((n, b) => n + recordCountOf(b), 0);
    let before = 0;
    const ids: string[] = [];
    for (const bundle of bundles) {
      ids.push(
        await writeWorkspaceBundle(db, bundle, {
          onWritten: (n) => onProgress?.(before + n, total),
          recordsChecked: true,
        }),
      );
      before += recordCountOf(bundle);
    }
    // What was just read from a file is backed up in that file: the header says so (as of now,
    // with no change since) rather than "no backup yet".
    await recordRestoredFromFile(db, ids, now);
    return ids;
  });
}
