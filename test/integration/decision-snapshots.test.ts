import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import {
  deleteDecisionSnapshot,
  listDecisionSnapshots,
  takeSnapshot,
} from '../../src/db/repositories/decision-snapshots';
import { readWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import { duplicateWorkspace, updateWorkspaceWeights } from '../../src/db/repositories/workspaces';
import { defaultWeights } from '../../src/domain/schema/criterion';
import { workspaceBundleSchema } from '../../src/domain/schema/workspace-bundle';
import { contextOf, sampleWorkspaceBundle, sequence, type Sequence } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;
const bundle = sampleWorkspaceBundle();
const WS = bundle.workspace.id;

beforeEach(async () => {
  ({ db, seq } = await openTestDatabase({
    content: bundle,
    seq: sequence('2026-03-12T16:00:00.000Z'),
  }));
});

afterEach(deleteTestDatabases);

describe('decision snapshots', () => {
  it('freezes the decision under a name, audited, and later changes do not touch it', async () => {
    const id = await takeSnapshot(db, contextOf('Ada', seq), WS, {
      name: ' Decision of 12 March ',
    });
    const [snapshot] = await listDecisionSnapshots(db, WS);
    expect(snapshot?.id).toBe(id);
    expect(snapshot?.name).toBe('Decision of 12 March');
    expect(snapshot?.takenBy).toBe('Ada');
    expect(snapshot?.takenAt).toBe('2026-03-12T16:00:00.000Z');
    expect(snapshot?.weights).toEqual(bundle.workspace.weights);
    // Every use case of the workspace is in it, and one scorecard per scorecard, named.
    expect(snapshot?.useCases.map((u) => u.id).sort()).toEqual(
      bundle.useCases.map((u) => u.id).sort(),
    );
    expect(snapshot?.scorecards).toHaveLength(bundle.scorecards.length);
    expect(snapshot?.scorecards.every((c) => ['Ada', 'Bob'].includes(c.participantName))).toBe(
      true,
    );
    const audit = await listAuditEntries(db, WS);
    expect(audit[0]).toMatchObject({
      action: 'created',
      entityType: 'decisionSnapshot',
      entityId: id,
      label: 'Decision of 12 March',
      actor: 'Ada',
    });

    await updateWorkspaceWeights(db, contextOf('Bob', seq), WS, {
      ...defaultWeights(),
      strategicValue: 4,
    });
    const [after] = await listDecisionSnapshots(db, WS);
    expect(after).toEqual(snapshot);
  });

  it('lists the newest first, deletes with an audit entry, and refuses an empty name', async () => {
    const first = await takeSnapshot(db, contextOf('Ada', seq), WS, { name: 'First' });
    const second = await takeSnapshot(db, contextOf('Ada', seq), WS, {
      name: 'End of the workshop',
      origin: 'workshop',
    });
    expect((await listDecisionSnapshots(db, WS)).map((s) => [s.id, s.origin])).toEqual([
      [second, 'workshop'],
      [first, 'manual'],
    ]);
    await expect(takeSnapshot(db, contextOf('Ada', seq), WS, { name: '  ' })).rejects.toThrow();
    await deleteDecisionSnapshot(db, contextOf('Bob', seq), first);
    expect((await listDecisionSnapshots(db, WS)).map((s) => s.id)).toEqual([second]);
    const [entry] = await listAuditEntries(db, WS);
    expect(entry).toMatchObject({ action: 'deleted', entityId: first, label: 'First' });
  });

  it('is carried by the bundle (backup) and copied with new ids by a duplicate', async () => {
    await takeSnapshot(db, contextOf('Ada', seq), WS, { name: 'Frozen' });
    const read = await readWorkspaceBundle(db, WS);
    expect(read?.decisionSnapshots).toHaveLength(1);
    expect(workspaceBundleSchema.parse(read).decisionSnapshots).toEqual(read?.decisionSnapshots);

    const copyId = await duplicateWorkspace(db, contextOf('Ada', seq), WS, 'Copy');
    const copy = await readWorkspaceBundle(db, copyId);
    const frozen = copy?.decisionSnapshots[0];
    expect(frozen?.workspaceId).toBe(copyId);
    const copiedUseCaseIds = new Set(copy?.useCases.map((u) => u.id));
    expect(frozen?.useCases.every((u) => copiedUseCaseIds.has(u.id))).toBe(true);
    const copiedCards = new Set(copy?.scorecards.map((c) => c.id));
    expect(frozen?.scorecards.every((c) => copiedCards.has(c.id))).toBe(true);
  });

  it('reads an older bundle without snapshots or reviews as having none', () => {
    const old: Record<string, unknown> = { ...bundle };
    delete old.decisionSnapshots;
    delete old.reviews;
    const parsed = workspaceBundleSchema.parse(old);
    expect(parsed.decisionSnapshots).toEqual([]);
    expect(parsed.reviews).toEqual([]);
  });
});
