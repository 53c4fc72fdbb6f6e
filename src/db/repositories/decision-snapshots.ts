import { toJson } from '../../domain/audit/record-changes';
import { decideWithParticipants } from '../../domain/decision/decide-workspace';
import { nameSchema, textSchema } from '../../domain/schema/common';
import {
  decisionSnapshotSchema,
  type DecisionSnapshot,
} from '../../domain/schema/decision-snapshot';
import { freezeDecision, type FreezeInput } from '../../domain/snapshots/freeze-decision';
import type { Workspace } from '../../domain/schema/workspace';
import type { ChangeContext } from '../change-context';
import type { ClarteDatabase } from '../database';
import { auditEntry } from './audit-trail';
import { decisionInputTables } from './decision-input';
import { readWorkspaceWith } from './workspace-reads';

/** The decision now with the records it was computed from (the whole workspace record too). */
export interface DecisionNow extends FreezeInput {
  workspace: Workspace;
}

export interface TakeSnapshotOptions {
  /** "Decision of 12 March", "End of the workshop"... */
  name: string;
  note?: string;
  /** 'workshop' when the guided workshop's "End the workshop" takes it. */
  origin?: 'manual' | 'workshop';
  workshopId?: string | null;
}

/**
 * The records the decision depends on, read in the caller's transaction, with the decision
 * itself: what a snapshot freezes, and what "now" is compared with. Null if no such workspace.
 */
async function readDecisionNow(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<DecisionNow | null> {
  const lists = ['useCases', 'scorecards', 'decisions', 'participants'] as const;
  const records = await readWorkspaceWith(db, workspaceId, lists);
  if (!records) return null;
  const { workspace, useCases, scorecards, decisions, participants } = records;
  const decision = decideWithParticipants(records);
  return { workspace, useCases, scorecards, decisions, participants, decision };
}

/** The tables a snapshot is taken in: what the decision is read from, and where it is kept. */
export function snapshotTables(db: ClarteDatabase) {
  return [...decisionInputTables(db), db.decisionSnapshots, db.audit];
}

/**
 * Freezes the workspace's decision now (the whole output of decideWorkspace, its weights,
 * thresholds, overrides and scorecards) under a name; audited. Returns the snapshot's id. Runs
 * in its own transaction, or in the caller's when that one covers the tables read and written
 * (workspaces, useCases, scorecards, decisions, participants, decisionSnapshots, audit).
 */
export async function takeSnapshot(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  options: TakeSnapshotOptions,
): Promise<string> {
  const name = nameSchema.parse(options.name);
  const note = textSchema.parse(options.note ?? '');
  return db.transaction('rw', snapshotTables(db), async () => {
    const now = await readDecisionNow(db, workspaceId);
    if (!now) throw new Error(`Workspace ${workspaceId} not found`);
    const takenAt = ctx.now();
    const snapshot = decisionSnapshotSchema.parse(
      freezeDecision(now, {
        id: ctx.newId(),
        name,
        note,
        takenAt,
        takenBy: ctx.actor,
        origin: options.origin ?? 'manual',
        workshopId: options.workshopId ?? null,
      }),
    );
    await db.decisionSnapshots.add(snapshot);
    await db.audit.add(
      auditEntry(ctx, takenAt, {
        workspaceId,
        action: 'created',
        entityType: 'decisionSnapshot',
        entityId: snapshot.id,
        label: name,
        after: toJson({
          name,
          origin: snapshot.origin,
          useCases: snapshot.useCases.length,
          ranked: snapshot.useCases.filter((u) => u.decidedRank !== null).length,
        }),
      }),
    );
    return snapshot.id;
  });
}

/** The snapshots of a workspace, newest first. */
export async function listDecisionSnapshots(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<DecisionSnapshot[]> {
  const list = await db.decisionSnapshots
    .where('[workspaceId+takenAt]')
    .between([workspaceId, ''], [workspaceId, '\uffff'])
    .toArray();
  return list.reverse();
}

/** Deletes a snapshot (snapshots are never edited); audited with its name and date. */
export async function deleteDecisionSnapshot(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<void> {
  await db.transaction('rw', db.decisionSnapshots, db.audit, async () => {
    const current = await db.decisionSnapshots.get(id);
    if (!current) return;
    const now = ctx.now();
    await db.decisionSnapshots.delete(id);
    await db.audit.add(
      auditEntry(ctx, now, {
        workspaceId: current.workspaceId,
        action: 'deleted',
        entityType: 'decisionSnapshot',
        entityId: id,
        label: current.name,
        before: toJson({ name: current.name, takenAt: current.takenAt, takenBy: current.takenBy }),
      }),
    );
  });
}
