import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import { listDecisions } from '../../src/db/repositories/decision-input';
import { createOverride } from '../../src/db/repositories/decisions';
import {
  createUseCase,
  deleteUseCase,
  restoreUseCase,
  updateUseCase,
} from '../../src/db/repositories/use-cases';
import { decisionSchema } from '../../src/domain/schema/decision';
import { StaleWriteError, writeChange } from '../../src/db/write';
import { contextOf, rejectionOf, formOfUseCase, type Sequence } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';
import { emptyWaves } from '../../src/domain/workspace/new-workspace';

let db: ClarteDatabase;
let seq: Sequence;
let workspaceId: string;
let useCaseId: string;

beforeEach(async () => {
  ({ db, seq, workspaceId } = await openTestDatabase());
  const ctx = contextOf('Ada', seq);
  useCaseId = await createUseCase(
    db,
    ctx,
    workspaceId,
    formOfUseCase({ title: 'Invoice matching' }),
  );
});
afterEach(deleteTestDatabases);

describe('deleting a use case', () => {
  it('ends its active override, traced in the audit trail; undo brings it back active', async () => {
    const overrideId = await createOverride(db, contextOf('Bob', seq), {
      useCaseId,
      action: 'forceIntoTop',
      reason: 'Board priority',
    });
    const deleted = await deleteUseCase(db, contextOf('Bob', seq), useCaseId);
    const [ended] = await listDecisions(db, workspaceId);
    expect(ended).toMatchObject({
      id: overrideId,
      withdrawnBy: 'Bob',
      withdrawReason: 'The use case was deleted.',
    });
    expect(ended?.withdrawnAt).not.toBeNull();
    const entries = await listAuditEntries(db, workspaceId);
    expect(
      entries.filter((e) => e.action === 'withdrawn' && e.entityId === overrideId),
    ).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'deleted' && e.entityId === useCaseId)).toHaveLength(
      1,
    );

    await restoreUseCase(db, contextOf('Bob', seq), deleted!);
    const [back] = await listDecisions(db, workspaceId);
    expect(back).toMatchObject({ id: overrideId, withdrawnAt: null, withdrawReason: '' });
    expect(await db.useCases.get(useCaseId)).toBeDefined();
  });
});

describe('deleting a use case placed in a roadmap wave', () => {
  it('ends its placement decision, traced; undo brings it back in force', async () => {
    const [now] = emptyWaves(workspaceId, ['Now'], () => 'w-now');
    await db.waves.add({ ...now!, useCaseIds: [useCaseId] });
    await db.decisions.add(
      decisionSchema.parse({
        id: 'placement-1',
        workspaceId,
        kind: 'roadmapPlacement',
        useCaseId,
        waveId: 'w-now',
        reason: 'Quick win for the first wave',
        author: 'Ada',
        at: '2025-03-01T09:00:00.000Z',
      }),
    );
    const deleted = await deleteUseCase(db, contextOf('Bob', seq), useCaseId);
    expect(await db.decisions.get('placement-1')).toMatchObject({
      withdrawnBy: 'Bob',
      withdrawReason: 'The use case was deleted.',
    });
    expect((await db.waves.get('w-now'))?.useCaseIds).toEqual([]);
    const entries = await listAuditEntries(db, workspaceId);
    expect(
      entries.filter((e) => e.action === 'withdrawn' && e.entityId === 'placement-1'),
    ).toHaveLength(1);

    await restoreUseCase(db, contextOf('Bob', seq), deleted!);
    expect(await db.decisions.get('placement-1')).toMatchObject({ withdrawnAt: null });
    expect((await db.waves.get('w-now'))?.useCaseIds).toEqual([useCaseId]);
  });
});

describe('a write made from a record seen earlier', () => {
  it('is refused, with the record as it is now, when another tab changed it; nothing is written', async () => {
    const seen = (await db.useCases.get(useCaseId))!;
    // Another tab renames it.
    await db.useCases.put({ ...seen, title: 'Invoice matching (other tab)' });
    const auditBefore = await db.audit.count();
    const refusal = await rejectionOf(
      writeChange(
        db,
        contextOf('Ada', seq),
        [db.useCases],
        async () => {
          await db.useCases.put({ ...seen, title: 'Mine' });
          return { result: undefined, audit: [] };
        },
        { table: db.useCases, id: useCaseId, seen },
      ),
    );
    expect(refusal).toBeInstanceOf(StaleWriteError);
    expect((refusal as StaleWriteError).current).toMatchObject({
      title: 'Invoice matching (other tab)',
    });
    expect((await db.useCases.get(useCaseId))?.title).toBe('Invoice matching (other tab)');
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('refuses a use case saved from a dialog opened before another tab saved it', async () => {
    const seen = (await db.useCases.get(useCaseId))!;
    await updateUseCase(db, contextOf('Bob', seq), useCaseId, {
      ...formOfUseCase(),
      title: 'Bob’s title',
    });
    const refusal = await rejectionOf(
      updateUseCase(
        db,
        contextOf('Ada', seq),
        useCaseId,
        { ...formOfUseCase(), title: 'Ada’s title' },
        seen,
      ),
    );
    expect(refusal).toBeInstanceOf(StaleWriteError);
    expect((await db.useCases.get(useCaseId))?.title).toBe('Bob’s title');
    // Saved from the record as it is now, it goes through.
    const now = (await db.useCases.get(useCaseId))!;
    await updateUseCase(
      db,
      contextOf('Ada', seq),
      useCaseId,
      { ...formOfUseCase(), title: 'Ada’s title' },
      now,
    );
    expect((await db.useCases.get(useCaseId))?.title).toBe('Ada’s title');
  });
});
