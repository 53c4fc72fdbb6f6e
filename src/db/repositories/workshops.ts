import * as z from 'zod';
import { recordChanges, toJson } from '../../domain/audit/record-changes';
import { parkingItemSchema, type ParkingItem } from '../../domain/schema/parking-lot';
import {
  MAX_PLANNED_MINUTES,
  workshopSchema,
  workshopStepIdSchema,
  type Workshop,
} from '../../domain/schema/workshop';
import {
  endWorkshop as end,
  goToStep,
  newAgenda,
  pauseWorkshop as pause,
  planStep,
} from '../../domain/workshop/agenda';
import type { ChangeContext } from '../change-context';
import { listSortedBy, ofWorkspace } from './workspace-reads';
import type { ClarteDatabase } from '../database';
import { snapshotTables, takeSnapshot } from './decision-snapshots';
import {
  addRecorded,
  addToWorkspace,
  factsOf,
  mustGetWorkspace,
  putRecorded,
  withRecord,
} from './recorded-writes';

/** The workshops of a workspace, the latest started first. */
export async function listWorkshops(db: ClarteDatabase, workspaceId: string): Promise<Workshop[]> {
  const all = await ofWorkspace(db.workshops, workspaceId);
  return all.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}

/** The parking lot of a workspace, oldest first. */
export async function listParkingLot(
  db: ClarteDatabase,
  workspaceId: string,
): Promise<ParkingItem[]> {
  return listSortedBy(db.parkingLot, workspaceId, 'createdAt');
}

/**
 * Opens a workshop on a workspace (agenda planned, no timer running yet, every participant of
 * the workspace present); if one is under way (not ended), returns it instead: it resumes there.
 */
export async function openWorkshop(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
): Promise<string> {
  return db.transaction(
    'rw',
    [db.workspaces, db.workshops, db.participants, db.audit],
    async () => {
      const workspace = await mustGetWorkspace(db, workspaceId);
      const open = (await listWorkshops(db, workspaceId)).find((w) => w.endedAt === null);
      if (open) return open.id;
      const now = ctx.now();
      const participants = await ofWorkspace(db.participants, workspaceId);
      const workshop = workshopSchema.parse({
        id: ctx.newId(),
        workspaceId,
        startedAt: now,
        endedAt: null,
        current: 0,
        agenda: newAgenda(),
        participantIds: participants.map((p) => p.id),
        updatedAt: now,
      });
      await addRecorded(db, ctx, now, db.workshops, workshop, {
        workspaceId,
        entityType: 'workshop',
        entityId: workshop.id,
        label: workspace.name,
        after: toJson({ startedAt: now }),
      });
      return workshop.id;
    },
  );
}

/** Applies a change to a workshop and records it (what changed) in the audit trail. */
async function changeWorkshop(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  change: (workshop: Workshop, now: string) => Workshop,
): Promise<void> {
  await withRecord(db, db.workshops, id, 'Workshop', [], async (current) => {
    if (current.endedAt !== null) throw new Error(`Workshop ${id} has ended`);
    const now = ctx.now();
    const next = workshopSchema.parse(change(current, now));
    const diff = recordChanges(
      { current: current.current, agenda: current.agenda, endedAt: current.endedAt },
      { current: next.current, agenda: next.agenda, endedAt: next.endedAt },
    );
    const people = recordChanges(
      { participantIds: current.participantIds },
      { participantIds: next.participantIds },
    );
    if (!diff && !people) return;
    const workspace = await db.workspaces.get(current.workspaceId);
    await putRecorded(db, ctx, now, db.workshops, next, {
      ...factsOf('workshop', current, workspace?.name ?? id),
      action: 'updated',
      ...(diff ?? people),
    });
  });
}

/** Goes to a step of the agenda (its timer starts, the others stop). */
export async function goToWorkshopStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  index: number,
): Promise<void> {
  const step = z.number().int().min(0).parse(index);
  await changeWorkshop(db, ctx, id, (w, now) => goToStep(w, step, now));
}

/** Stops the timers: the workshop waits, on its step, to be resumed (another day perhaps). */
export async function pauseWorkshop(db: ClarteDatabase, ctx: ChangeContext, id: string) {
  await changeWorkshop(db, ctx, id, pause);
}

const plannedMinutesSchema = z.coerce
  .number({ error: 'errors.invalid' })
  .int({ error: 'errors.invalid' })
  .min(1, { error: 'errors.invalid' })
  .max(MAX_PLANNED_MINUTES, { error: 'errors.invalid' });

/** Changes the planned minutes of a step. */
export async function planWorkshopStep(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  step: string,
  minutes: unknown,
): Promise<void> {
  const which = workshopStepIdSchema.parse(step);
  const planned = plannedMinutesSchema.parse(minutes);
  await changeWorkshop(db, ctx, id, (w, now) => planStep(w, which, planned, now));
}

/** Says who is present (ids of the workspace's participants). */
export async function setWorkshopParticipants(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  participantIds: readonly string[],
): Promise<void> {
  await changeWorkshop(db, ctx, id, (w, now) => ({
    ...w,
    participantIds: [...new Set(participantIds)],
    updatedAt: now,
  }));
}

/**
 * Ends the workshop: its timers stop for good; it is read as minutes from then on. The decision
 * as it stands is frozen in the same transaction as a snapshot named `snapshotName` ("Workshop of
 * 4 Dec 2026", in the UI language), linked to the workshop (issue 19). Returns the snapshot's id.
 */
export async function endWorkshop(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
  snapshotName: string,
): Promise<string> {
  const snapshot = { name: snapshotName, origin: 'workshop', workshopId: id } as const;
  const tables = snapshotTables(db);
  return withRecord(db, db.workshops, id, 'Workshop', tables, async (workshop) => {
    await changeWorkshop(db, ctx, id, end);
    return takeSnapshot(db, ctx, workshop.workspaceId, snapshot);
  });
}

/** What a person types to park a remark. */
export const parkingInputSchema = parkingItemSchema.pick({
  text: true,
  owner: true,
  step: true,
  workshopId: true,
});
export type ParkingInput = z.input<typeof parkingInputSchema>;

/** Parks a remark with its owner; returns its id. */
export async function addParkingItem(
  db: ClarteDatabase,
  ctx: ChangeContext,
  workspaceId: string,
  input: ParkingInput,
): Promise<string> {
  const fields = parkingInputSchema.parse(input);
  const item = parkingItemSchema.parse({
    ...fields,
    id: ctx.newId(),
    workspaceId,
    author: ctx.actor,
    createdAt: ctx.now(),
  });
  await addToWorkspace(db, ctx, item.createdAt, db.parkingLot, item, {
    ...factsOf('parkingItem', item, item.text),
    after: toJson({ text: item.text, owner: item.owner }),
  });
  return item.id;
}

/** Marks a parked remark as dealt with (it leaves the exceptions inbox). */
export async function closeParkingItem(
  db: ClarteDatabase,
  ctx: ChangeContext,
  id: string,
): Promise<void> {
  await db.transaction('rw', [db.workspaces, db.parkingLot, db.audit], async () => {
    const current = await db.parkingLot.get(id);
    if (!current || current.closedAt !== null) return;
    const now = ctx.now();
    await putRecorded(
      db,
      ctx,
      now,
      db.parkingLot,
      { ...current, closedAt: now },
      {
        ...factsOf('parkingItem', current, current.text),
        action: 'updated',
        before: toJson({ closedAt: null }),
        after: toJson({ closedAt: now }),
      },
    );
  });
}
