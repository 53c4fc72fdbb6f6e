import * as z from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import { listDecisionSnapshots } from '../../src/db/repositories/decision-snapshots';
import { readWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import {
  addParkingItem,
  closeParkingItem,
  endWorkshop,
  goToWorkshopStep,
  listParkingLot,
  listWorkshops,
  openWorkshop,
  pauseWorkshop,
  planWorkshopStep,
} from '../../src/db/repositories/workshops';
import { restoreWorkspace } from '../../src/db/repositories/workspaces';
import { workspaceBundleSchema } from '../../src/domain/schema/workspace-bundle';
import {
  contextOf,
  dumpDatabase,
  minimalWorkspaceBundle,
  sampleWorkspaceBundle,
  rejectionOf,
  type Sequence,
} from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
const WS = 'ws-min';

beforeEach(async () => {
  ({ db, seq } = await openTestDatabase({ content: minimalWorkspaceBundle(WS) }));
});

afterEach(deleteTestDatabases);

/** The message keys of a refusal by a schema (fails the test for any other error). */
function messagesOf(error: unknown): string[] {
  if (!(error instanceof z.ZodError)) throw new Error(`Expected a ZodError, got ${String(error)}`);
  return error.issues.map((issue) => issue.message);
}

describe('workshops', () => {
  it('opens one workshop, resumes it rather than opening a second, and audits each change', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await openWorkshop(db, ctx, WS);
    expect(await openWorkshop(db, ctx, WS)).toBe(id);
    await goToWorkshopStep(db, ctx, id, 2);
    await pauseWorkshop(db, ctx, id);
    const [workshop] = await listWorkshops(db, WS);
    expect(workshop?.current).toBe(2);
    // one second of the sequence's clock between going to step 3 and stopping
    expect(workshop?.agenda[2]).toMatchObject({ spentSeconds: 1, runningSince: null });
    const audit = (await listAuditEntries(db, WS)).filter((e) => e.entityType === 'workshop');
    expect(audit.map((e) => e.action)).toEqual(['updated', 'updated', 'created']);
    expect(audit.every((e) => e.actor === 'Ada')).toBe(true);
  });

  it('refuses a planned duration that is not a whole number of minutes from 1 to 480, changing nothing', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await openWorkshop(db, ctx, WS);
    const before = await dumpDatabase(db);
    // 1..480 whole minutes; the step must be one of the eight.
    for (const bad of [0, 481, 2.5, 'abc', -3])
      expect(messagesOf(await rejectionOf(planWorkshopStep(db, ctx, id, 'score', bad)))).toEqual([
        'errors.invalid',
      ]);
    expect(await rejectionOf(planWorkshopStep(db, ctx, id, 'lunch', 10))).toBeInstanceOf(
      z.ZodError,
    );
    expect(await dumpDatabase(db)).toEqual(before);
    await planWorkshopStep(db, ctx, id, 'score', '45');
    expect((await listWorkshops(db, WS))[0]?.agenda[5]?.plannedMinutes).toBe(45);
  });

  it('ends a workshop for good: no change after the end', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await openWorkshop(db, ctx, WS);
    await goToWorkshopStep(db, ctx, id, 0);
    await endWorkshop(db, ctx, id, 'Workshop of 4 Dec 2026');
    expect((await listWorkshops(db, WS))[0]?.endedAt).not.toBeNull();
    expect(await rejectionOf(goToWorkshopStep(db, ctx, id, 1))).toBeInstanceOf(Error);
    // a new workshop can be opened afterwards
    expect(await openWorkshop(db, ctx, WS)).not.toBe(id);
  });

  it('takes a decision snapshot named after the workshop when it ends, linked to it, in one step', async () => {
    const sample = sampleWorkspaceBundle('wk');
    await restoreWorkspace(db, sample);
    const ws = sample.workspace.id;
    const ctx = contextOf('Ada', seq);
    const id = await openWorkshop(db, ctx, ws);
    expect(await listDecisionSnapshots(db, ws)).toEqual([]);
    const snapshotId = await endWorkshop(db, ctx, id, ' Atelier du 4 déc. 2026 ');
    const [snapshot] = await listDecisionSnapshots(db, ws);
    const [workshop] = await listWorkshops(db, ws);
    expect(snapshot).toMatchObject({
      id: snapshotId,
      name: 'Atelier du 4 déc. 2026',
      origin: 'workshop',
      workshopId: id,
      takenBy: 'Ada',
    });
    // Taken at the moment the workshop ended (the same transaction, the next tick of the clock).
    expect(workshop?.endedAt).not.toBeNull();
    expect((snapshot?.takenAt ?? '') >= (workshop?.endedAt ?? '~')).toBe(true);
    expect(snapshot?.useCases.map((u) => u.title).sort()).toEqual([
      'Invoice matching',
      'Support answers',
    ]);
    // Ending it again is refused and takes no second snapshot.
    const before = await dumpDatabase(db);
    expect(await rejectionOf(endWorkshop(db, ctx, id, 'Again'))).toBeInstanceOf(Error);
    expect(await dumpDatabase(db)).toEqual(before);
    expect(await listDecisionSnapshots(db, ws)).toHaveLength(1);
  });

  it('parks remarks with an owner, refuses one without, and closes them', async () => {
    const ctx = contextOf('Ada', seq);
    const before = await dumpDatabase(db);
    // A remark needs a named owner, and holds 2,000 characters at most.
    expect(
      messagesOf(await rejectionOf(addParkingItem(db, ctx, WS, { text: 'GDPR?', owner: '  ' }))),
    ).toEqual(['errors.required']);
    expect(
      messagesOf(
        await rejectionOf(addParkingItem(db, ctx, WS, { text: 'x'.repeat(2001), owner: 'Léa' })),
      ),
    ).toEqual(['errors.tooLong']);
    expect(await dumpDatabase(db)).toEqual(before);
    const id = await addParkingItem(db, ctx, WS, {
      text: ' Ask legal about voice recordings ',
      owner: 'Léa',
      step: 'qualify',
    });
    const [item] = await listParkingLot(db, WS);
    expect(item).toMatchObject({
      id,
      text: 'Ask legal about voice recordings',
      owner: 'Léa',
      author: 'Ada',
      step: 'qualify',
      closedAt: null,
    });
    await closeParkingItem(db, ctx, id);
    expect((await listParkingLot(db, WS))[0]?.closedAt).not.toBeNull();
  });

  it('travels in the workspace bundle (backup) and parses back', async () => {
    const ctx = contextOf('Ada', seq);
    await openWorkshop(db, ctx, WS);
    await addParkingItem(db, ctx, WS, { text: 'Budget owner?', owner: 'Sam' });
    const bundle = await readWorkspaceBundle(db, WS);
    expect(bundle?.workshops).toHaveLength(1);
    expect(bundle?.parkingLot).toHaveLength(1);
    expect(workspaceBundleSchema.parse(JSON.parse(JSON.stringify(bundle)))).toEqual(bundle);
    // a backup written before version 2 has neither list: it still parses, with none
    const old: Record<string, unknown> = { ...bundle };
    delete old.workshops;
    delete old.parkingLot;
    const parsed = workspaceBundleSchema.parse(old);
    expect(parsed.workshops).toEqual([]);
    expect(parsed.parkingLot).toEqual([]);
  });
});
