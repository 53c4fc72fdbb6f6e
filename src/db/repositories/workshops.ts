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
import { listSortedBy } from './workspace-reads';
import type { ClarteDatabase } from '../database';
import { snapshotTables, takeSnapshot } from './decision-snapshots';
import { recordChange } from '../write';
import { addRecorded, mustGet, mustGetWorkspace } from './recorded-writes';

/** The workshops of a workspace, the latest started first. */
export async function listWorkshops(db: ClarteDatabase, workspaceId: string): Promise<Workshop[]> {
  const all = await db.workshops.where('workspaceId').equals(workspaceId).toArray();
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
      const participants = await db.participants.where('workspaceId').equals(workspaceId).toArray();
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
  await db.transaction('rw', [db.workspaces, db.workshops, db.audit], async () => {
    const current = await mustGet(db.workshops, id, 'Workshop');
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
    await db.workshops.put(next);
    await recordChange(db, ctx, now, {
      workspaceId: current.workspaceId,
      action: 'updated',
      entityType: 'workshop',
      entityId: id,
      label: workspace?.name ?? id,
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
  return db.transaction('rw', [...snapshotTables(db), db.workshops], async () => {
    const workshop = await mustGet(db.workshops, id, 'Workshop');
    await changeWorkshop(db, ctx, id, end);
    return takeSnapshot(db, ctx, workshop.workspaceId, {
      name: snapshotName,
      origin: 'workshop',
      workshopId: id,
    });
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
  return db.transaction('rw', [db.workspaces, db.parkingLot, db.audit], async () => {
    await mustGetWorkspace(db, workspaceId);
    const now = ctx.now();
    const item = parkingItemSchema.parse({
      ...fields,
      id: ctx.newId(),
      workspaceId,
      author: ctx.actor,
      createdAt: now,
    });
    await addRecorded(db, ctx, now, db.parkingLot, item, {
      workspaceId,
      entityType: 'parkingItem',
      entityId: item.id,
      label: item.text,
      after: toJson({ text: item.text, owner: item.owner }),
    });
    return item.id;
  });
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
    await db.parkingLot.put({ ...current, closedAt: now });
    await recordChange(db, ctx, now, {
      workspaceId: current.workspaceId,
      action: 'updated',
      entityType: 'parkingItem',
      entityId: id,
      label: current.text,
      before: toJson({ closedAt: null }),
      after: toJson({ closedAt: now }),
    });
  });
}
