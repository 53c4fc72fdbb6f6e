import { toJson } from '../../domain/audit/record-changes';
import { makeBackup, type Backup } from '../../domain/exchange/backup-format';
import type { ImportedUseCase } from '../../domain/exchange/import-use-cases';
import { CRITERION_IDS } from '../../domain/schema/criterion';
import { participantSchema } from '../../domain/schema/participant';
import { scorecardSchema, type Scorecard } from '../../domain/schema/scorecard';
import { useCaseSchema, type UseCase } from '../../domain/schema/use-case';
import { workspaceBundleSchema, type WorkspaceBundle } from '../../domain/schema/workspace-bundle';
import { copyWorkspaceBundle } from '../../domain/workspace/copy-workspace-bundle';
import { uniqueName } from '../../domain/workspace/unique-name';
import type { ChangeContext } from '../change-context';
import { WORKSPACE_TABLES, type ClarteDatabase } from '../database';
import type { AuditEntry } from '../../domain/schema/audit-entry';
import { auditEntry } from './audit-trail';
import { findParticipantByName } from './scorecards';
import { readWorkspaceBundle } from './workspace-bundles';

const LAST_BACKUP_KEY = 'lastBackupAt';
const lastBackupKeyOf = (workspaceId: string) => `lastBackupAt:${workspaceId}`;

function allTables(db: ClarteDatabase) {
  return [db.workspaces, ...WORKSPACE_TABLES.map((t) => db[t])];
}

/** A backup of some workspaces (every record), or of all of them. */
export async function exportBackup(
  db: ClarteDatabase,
  workspaceIds: readonly string[] | 'all',
  exportedAt: string,
  appVersion: string,
): Promise<Backup> {
  return db.transaction('r', allTables(db), async () => {
    const ids =
      workspaceIds === 'all' ? await db.workspaces.orderBy('id').primaryKeys() : workspaceIds;
    const bundles: WorkspaceBundle[] = [];
    for (const id of ids) {
      const bundle = await readWorkspaceBundle(db, id);
      if (!bundle) throw new Error(`Workspace ${id} not found`);
      bundles.push(bundle);
    }
    return makeBackup(bundles, exportedAt, appVersion);
  });
}

/** Notes that these workspaces were saved to a file, and drops the upgrade snapshots. */
export async function recordBackup(
  db: ClarteDatabase,
  backup: Backup,
  all: boolean,
): Promise<void> {
  await db.transaction('rw', db.meta, db.snapshots, async () => {
    if (all) await db.meta.put({ key: LAST_BACKUP_KEY, value: backup.exportedAt });
    for (const bundle of backup.workspaces) {
      await db.meta.put({ key: lastBackupKeyOf(bundle.workspace.id), value: backup.exportedAt });
    }
    await db.snapshots.clear();
  });
}

export interface BackupStatus {
  /** When the data shown was last saved to a file; null: never. */
  lastBackupAt: string | null;
  /** Audit entries written since then (every change writes one). */
  changes: number;
}

async function lastBackupOf(db: ClarteDatabase, workspaceId: string): Promise<string | null> {
  const [all, one] = await Promise.all([
    db.meta.get(LAST_BACKUP_KEY),
    db.meta.get(lastBackupKeyOf(workspaceId)),
  ]);
  const dates = [all?.value, one?.value].filter((v): v is string => typeof v === 'string').sort();
  return dates.at(-1) ?? null;
}

/**
 * Of one workspace, or of all (null): the last backup (the oldest of the workspaces', for all)
 * and the number of changes since, counted on the audit index [workspaceId+at].
 */
export async function readBackupStatus(
  db: ClarteDatabase,
  workspaceId: string | null,
): Promise<BackupStatus> {
  return db.transaction('r', db.meta, db.audit, db.workspaces, async () => {
    const ids = workspaceId ? [workspaceId] : await db.workspaces.toCollection().primaryKeys();
    let changes = 0;
    let oldest: string | null | undefined;
    for (const id of ids) {
      const last = await lastBackupOf(db, id);
      changes += await db.audit
        .where('[workspaceId+at]')
        .between([id, last ?? ''], [id, '\uffff'], false, true)
        .count();
      if (oldest === undefined || last === null || (oldest !== null && last < oldest))
        oldest = last;
    }
    return { lastBackupAt: oldest ?? null, changes };
  });
}

/** Whether there is data worth keeping: a workspace of one's own, or a changed demo. */
export async function hasRealData(db: ClarteDatabase): Promise<boolean> {
  const workspaces = await db.workspaces.toArray();
  return workspaces.some((w) => !w.isDemo || w.updatedAt !== w.createdAt);
}

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
 * Imports a backup (already parsed by parseBackupText) in one transaction, all or nothing:
 * - asNew: every workspace as a new one (fresh ids, a name that is not taken);
 * - restore: the workspaces as they were, same ids (refused when one exists);
 * - replace: the one workspace of the file replaces an existing one (delete then insert).
 * Returns the ids of the workspaces written.
 */
export async function importBackup(
  db: ClarteDatabase,
  ctx: ChangeContext,
  backup: Backup,
  mode: BackupImport,
): Promise<string[]> {
  const now = ctx.now();
  const names = (await db.workspaces.toArray()).map((w) => w.name);
  let bundles: WorkspaceBundle[];
  if (mode.kind === 'restore') bundles = backup.workspaces;
  else if (mode.kind === 'asNew') {
    bundles = backup.workspaces.map((b) => {
      const name = uniqueName(b.workspace.name, names, b.workspace.language);
      names.push(name);
      const copy = copyWorkspaceBundle(b, { newId: ctx.newId, now, name });
      copy.audit.push(importEntry(ctx, now, copy, backup, 'created'));
      return copy;
    });
  } else {
    const [only, ...more] = backup.workspaces;
    if (!only || more.length) throw new Error('exchange.problem.replaceNeedsOne');
    const copy = withWorkspaceId(
      copyWorkspaceBundle(only, { newId: ctx.newId, now, name: only.workspace.name }),
      mode.workspaceId,
    );
    copy.audit.push(importEntry(ctx, now, copy, backup, 'updated'));
    bundles = [copy];
  }
  const parsed = bundles.map((b) => workspaceBundleSchema.parse(b));
  await db.transaction('rw', allTables(db), async () => {
    if (mode.kind === 'replace') {
      if (!(await db.workspaces.get(mode.workspaceId)))
        throw new Error(`Workspace ${mode.workspaceId} not found`);
      for (const table of WORKSPACE_TABLES)
        await db[table].where('workspaceId').equals(mode.workspaceId).delete();
      await db.workspaces.delete(mode.workspaceId);
    }
    // No catch here: a failing bulkAdd (an id that exists) aborts the whole transaction.
    for (const bundle of parsed) {
      await db.workspaces.add(bundle.workspace);
      await db.participants.bulkAdd(bundle.participants);
      await db.workflows.bulkAdd(bundle.workflows);
      await db.steps.bulkAdd(bundle.steps);
      await db.frictions.bulkAdd(bundle.frictions);
      await db.useCases.bulkAdd(bundle.useCases);
      await db.scorecards.bulkAdd(bundle.scorecards);
      await db.decisions.bulkAdd(bundle.decisions);
      await db.waves.bulkAdd(bundle.waves);
      await db.weightSets.bulkAdd(bundle.weightSets);
      await db.audit.bulkAdd(bundle.audit);
    }
  });
  return parsed.map((b) => b.workspace.id);
}

const CHUNK = 1000;

/**
 * Creates the use cases of an imported list (already validated, row by row) in one
 * transaction, in chunks; the scores given in the file become the importing person's
 * scorecards. Each creation has its audit entry. Calls onProgress(done, total) per chunk.
 */
export async function importUseCaseRows(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  rows: readonly ImportedUseCase[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<string[]> {
  const now = ctx.now();
  const useCases: UseCase[] = rows.map((r) =>
    useCaseSchema.parse({
      ...r.form,
      id: ctx.newId(),
      workspaceId,
      createdAt: now,
      updatedAt: now,
    }),
  );
  const entries = useCases.map((u, i) =>
    auditEntry(ctx, now, {
      workspaceId,
      action: 'created',
      entityType: 'useCase',
      entityId: u.id,
      label: u.title,
      after: toJson({ ...rows[i]?.form, importedRow: rows[i]?.row ?? null }),
    }),
  );
  const withScores = rows.flatMap((r, i) =>
    r.scores && useCases[i] ? [{ useCase: useCases[i], scores: r.scores }] : [],
  );
  const existing = await findParticipantByName(db, workspaceId, ctx.actor);
  const participant =
    existing ?? participantSchema.parse({ id: ctx.newId(), workspaceId, name: ctx.actor });
  const cards: Scorecard[] = withScores.map(({ useCase, scores }) =>
    scorecardSchema.parse({
      id: ctx.newId(),
      workspaceId,
      useCaseId: useCase.id,
      participantId: participant.id,
      scores: Object.fromEntries(
        CRITERION_IDS.map((id) => [id, { score: scores[id], rationale: '' }]),
      ),
      updatedAt: now,
    }),
  );
  for (const [i, card] of cards.entries()) {
    entries.push(
      auditEntry(ctx, now, {
        workspaceId,
        action: 'created',
        entityType: 'scorecard',
        entityId: card.useCaseId,
        label: `${withScores[i]?.useCase.title ?? ''} · ${participant.name}`,
        after: toJson(card.scores),
      }),
    );
  }
  const total = useCases.length;
  await db.transaction(
    'rw',
    [db.workspaces, db.useCases, db.participants, db.scorecards, db.audit],
    async () => {
      if (!(await db.workspaces.get(workspaceId)))
        throw new Error(`Workspace ${workspaceId} not found`);
      if (!existing && cards.length) {
        await db.participants.add(participant);
        await db.audit.add(
          auditEntry(ctx, now, {
            workspaceId,
            action: 'created',
            entityType: 'participant',
            entityId: participant.id,
            label: participant.name,
            after: toJson({ name: participant.name }),
          }),
        );
      }
      for (let start = 0; start < total; start += CHUNK) {
        await db.useCases.bulkAdd(useCases.slice(start, start + CHUNK));
        onProgress(Math.min(start + CHUNK, total), total);
      }
      for (let start = 0; start < cards.length; start += CHUNK)
        await db.scorecards.bulkAdd(cards.slice(start, start + CHUNK));
      for (let start = 0; start < entries.length; start += CHUNK)
        await db.audit.bulkAdd(entries.slice(start, start + CHUNK));
      await db.workspaces.update(workspaceId, { updatedAt: now });
    },
  );
  return useCases.map((u) => u.id);
}
