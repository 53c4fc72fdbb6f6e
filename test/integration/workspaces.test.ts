import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import type { ClarteDatabase, MetaRecord } from '../../src/db/database';
import { WORKSPACE_TABLES } from '../../src/db/database';
import { listAuditEntries } from '../../src/db/repositories/audit-trail';
import { saveOwnScores } from '../../src/db/repositories/scorecards';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { readWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import {
  createWorkspace,
  deleteWorkspace,
  duplicateWorkspace,
  getWorkspace,
  listWorkspaces,
  prepareFirstRun,
  restoreWorkspace,
  updateWorkspaceDetails,
  updateWorkspaceSettings,
} from '../../src/db/repositories/workspaces';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import {
  START_TIME,
  contextOf,
  dumpDatabase,
  type DatabaseDump,
  fullScoresOf,
  rejectionOf,
  sampleWorkspaceBundle,
  scoresOf,
  sequence,
  formOfUseCase,
  type Sequence,
} from '../fixtures/builders';
import { newTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
let seq: Sequence;

/** A workspace "Acme" created by Ada, in English. */
function createAcme(description = ''): Promise<string> {
  return createWorkspace(db, contextOf('Ada', seq), { name: 'Acme', description }, 'en');
}

beforeEach(() => {
  db = newTestDatabase();
  seq = sequence();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** One second after START_TIME per step of the shared clock. */
const at = (seconds: number) => new Date(Date.parse(START_TIME) + seconds * 1000).toISOString();

async function bundle(id: string): Promise<WorkspaceBundle> {
  const found = await readWorkspaceBundle(db, id);
  if (!found) throw new Error(`Workspace ${id} not found`);
  return found;
}

describe('creating a workspace', () => {
  it('stores it with equal weights, thresholds 50/50, and one "created" entry by its author', async () => {
    const id = await createWorkspace(
      db,
      contextOf('Ada', seq),
      { name: 'Delorme workshop', description: 'Half-day with the board' },
      'fr',
    );

    expect(await getWorkspace(db, id)).toEqual({
      id,
      name: 'Delorme workshop',
      description: 'Half-day with the board',
      language: 'fr',
      intention: '',
      departments: [],
      initiatives: [],
      kpis: [],
      weights: {
        strategicValue: 1,
        customerImpact: 1,
        financialPotential: 1,
        dataMaturity: 1,
        technicalComplexity: 1,
        brandImpact: 1,
        complianceRisk: 1,
        strategicAlignment: 1,
      },
      criterionTexts: {},
      thresholds: { value: 50, feasibility: 50 },
      aggregation: 'mean',
      blindScoring: false,
      topK: 5,
      robustnessSeed: 42,
      roadmapMode: 'waves',
      isDemo: false,
      createdAt: at(0),
      updatedAt: at(0),
    });

    const audit = await listAuditEntries(db, id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      workspaceId: id,
      at: at(0),
      actor: 'Ada',
      action: 'created',
      entityType: 'workspace',
      entityId: id,
      label: 'Delorme workshop',
      before: null,
      after: { name: 'Delorme workshop' },
    });
    expect(await db.audit.count()).toBe(1);
  });

  it('stores nothing when its audit entry cannot be written (one transaction)', async () => {
    vi.spyOn(db.audit, 'add').mockRejectedValue(new Error('Quota exceeded'));

    await expect(
      createWorkspace(db, contextOf('Ada', seq), { name: 'Doomed', description: '' }, 'en'),
    ).rejects.toThrow('Quota exceeded');

    expect(await db.workspaces.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses an empty name with the message key errors.required and stores nothing', async () => {
    const error = await rejectionOf(
      createWorkspace(db, contextOf('Ada', seq), { name: '   ', description: '' }, 'en'),
    );
    expect(error).toBeInstanceOf(z.ZodError);
    expect((error as z.ZodError).issues).toMatchObject([
      { path: ['name'], message: 'errors.required' },
    ]);
    expect(await db.workspaces.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('editing a workspace', () => {
  it('records an "updated" entry holding only the fields that changed', async () => {
    const ctx = contextOf('Ada', seq);
    const id = await createWorkspace(db, ctx, { name: 'Acme', description: 'Client A' }, 'en');

    await updateWorkspaceDetails(db, contextOf('Bob', seq), id, {
      name: 'Acme Corp',
      description: 'Client A',
    });

    const workspace = await getWorkspace(db, id);
    expect(workspace).toMatchObject({ name: 'Acme Corp', description: 'Client A' });
    expect(workspace?.updatedAt).toBe(at(1)); // created at(0); the edit reads the clock next
    const audit = await listAuditEntries(db, id); // newest first
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor: 'Bob',
      action: 'updated',
      entityType: 'workspace',
      entityId: id,
      label: 'Acme Corp',
    });
    expect(audit[0]?.before).toEqual({ name: 'Acme' });
    expect(audit[0]?.after).toEqual({ name: 'Acme Corp' });
  });

  it('writes nothing when the details are saved unchanged', async () => {
    const id = await createAcme();
    const before = await dumpDatabase(db);

    await updateWorkspaceDetails(db, contextOf('Ada', seq), id, { name: 'Acme', description: '' });

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses an empty name with the message key errors.required, and nothing changes', async () => {
    const id = await createAcme('x');
    await createUseCase(db, contextOf('Ada', seq), id, formOfUseCase());
    const before = await dumpDatabase(db);

    const error = await rejectionOf(
      updateWorkspaceDetails(db, contextOf('Ada', seq), id, { name: '', description: 'new' }),
    );

    expect(error).toBeInstanceOf(z.ZodError);
    const issues = (error as z.ZodError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('errors.required');
    expect(issues[0]?.path).toEqual(['name']);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe("changing a workspace's settings", () => {
  it('changes the intention and a threshold with one "updated" entry of those fields only', async () => {
    const id = await createAcme();

    await updateWorkspaceSettings(db, contextOf('Bob', seq), id, {
      intention: 'Make supplier disputes visible',
      thresholds: { value: 60, feasibility: 50 },
    });

    const workspace = await getWorkspace(db, id);
    expect(workspace).toMatchObject({
      name: 'Acme',
      description: '',
      intention: 'Make supplier disputes visible',
      thresholds: { value: 60, feasibility: 50 },
    });
    const [entry] = await listAuditEntries(db, id); // newest first
    expect(entry).toMatchObject({ actor: 'Bob', action: 'updated', entityType: 'workspace' });
    expect(entry?.before).toEqual({ intention: '', thresholds: { value: 50, feasibility: 50 } });
    expect(entry?.after).toEqual({
      intention: 'Make supplier disputes visible',
      thresholds: { value: 60, feasibility: 50 },
    });
  });

  it('refuses a threshold above 100 and a setting it does not know, and nothing changes', async () => {
    const id = await createAcme();
    const before = await dumpDatabase(db);

    const tooHigh = { thresholds: { value: 101, feasibility: 50 } };
    expect(
      await rejectionOf(updateWorkspaceSettings(db, contextOf('Ada', seq), id, tooHigh)),
    ).toBeInstanceOf(z.ZodError);
    const unknown = { name: 'Renamed' } as unknown as Parameters<typeof updateWorkspaceSettings>[3];
    expect(
      await rejectionOf(updateWorkspaceSettings(db, contextOf('Ada', seq), id, unknown)),
    ).toBeInstanceOf(z.ZodError);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('the list of workspaces', () => {
  it('shows the most recently changed first, with its number of use cases', async () => {
    const ctx = contextOf('Ada', seq);
    const a = await createWorkspace(db, ctx, { name: 'A', description: '' }, 'en');
    const b = await createWorkspace(db, ctx, { name: 'B', description: '' }, 'en');
    const c = await createWorkspace(db, ctx, { name: 'C', description: '' }, 'en');
    // B changes after C was created; then A changes last of all.
    await createUseCase(db, ctx, b, formOfUseCase({ title: 'B1' }));
    await createUseCase(db, ctx, a, formOfUseCase({ title: 'A1' }));
    await createUseCase(db, ctx, a, formOfUseCase({ title: 'A2' }));

    const list = await listWorkspaces(db);

    expect(list.map((s) => [s.workspace.name, s.useCaseCount])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 0],
    ]);
    expect(list.map((s) => s.workspace.id)).toEqual([a, b, c]);
  });

  it('is empty in a new database', async () => {
    expect(await listWorkspaces(db)).toEqual([]);
  });
});

describe('duplicating a workspace', () => {
  it('copies every record under fresh ids with references remapped, leaving the original alone', async () => {
    // The original was made a year before the copy.
    await restoreWorkspace(db, sampleWorkspaceBundle('src', '2024-03-01T09:00:00.000Z'));
    const original = await bundle('src-ws');

    const copyId = await duplicateWorkspace(db, contextOf('Ada', seq), 'src-ws', 'Copy of A');
    const copy = await bundle(copyId);

    // The original is exactly as it was.
    expect(await bundle('src-ws')).toEqual(original);
    expect(await db.workspaces.count()).toBe(2);

    // The copy carries the new name and today's date, and is not the demo.
    expect(copy.workspace).toMatchObject({
      name: 'Copy of A',
      description: original.workspace.description,
      isDemo: false,
      createdAt: at(0),
      updatedAt: at(0),
      weights: original.workspace.weights,
    });

    // No id of the original is left anywhere in the copy (every original id starts "src-").
    expect(copyId).not.toBe('src-ws');
    expect(JSON.stringify(copy)).not.toContain('src-');

    // Same texts, same scores, same number of records.
    expect(copy.useCases.map((u) => [u.title, u.description]).sort()).toEqual(
      original.useCases.map((u) => [u.title, u.description]).sort(),
    );
    for (const table of WORKSPACE_TABLES.filter((t) => t !== 'audit'))
      expect(copy[table]).toHaveLength(original[table].length);

    // Scorecards point at the copied use cases and participants, pairing the same people
    // with the same use cases and the same scores.
    const title = (b: WorkspaceBundle, id: string) => b.useCases.find((u) => u.id === id)?.title;
    const person = (b: WorkspaceBundle, id: string) =>
      b.participants.find((p) => p.id === id)?.name;
    const cards = (b: WorkspaceBundle) =>
      b.scorecards
        .map((c) => ({
          useCase: title(b, c.useCaseId),
          participant: person(b, c.participantId),
          scores: c.scores,
        }))
        .sort((x, y) =>
          `${x.useCase}${x.participant}`.localeCompare(`${y.useCase}${y.participant}`),
        );
    expect(cards(copy).every((c) => c.useCase && c.participant)).toBe(true);
    expect(cards(copy)).toEqual(cards(original));

    // Steps belong to the copied workflows.
    const workflowOf = (b: WorkspaceBundle) =>
      b.steps.map((s) => [s.name, b.workflows.find((w) => w.id === s.workflowId)?.name]).sort();
    expect(workflowOf(copy).every(([, wf]) => wf !== undefined)).toBe(true);
    expect(workflowOf(copy)).toEqual(workflowOf(original));

    // Waves hold the copied use cases, in the same order.
    for (const wave of copy.waves) {
      const from = original.waves.find((w) => w.name === wave.name);
      expect(wave.useCaseIds.map((id) => title(copy, id))).toEqual(
        from?.useCaseIds.map((id) => title(original, id)),
      );
    }

    // The copied history, plus one entry saying the copy was made, and by whom.
    expect(copy.audit).toHaveLength(original.audit.length + 1);
    const made = copy.audit.filter((e) => e.at === at(0));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({
      actor: 'Ada',
      action: 'created',
      entityType: 'workspace',
      entityId: copyId,
      label: 'Copy of A',
    });
    expect(original.audit.some((e) => e.label === 'Copy of A')).toBe(false);
  });

  it('copies a workspace built through the app, whose copy then lives on its own', async () => {
    const ada = contextOf('Ada', seq);
    const id = await createWorkspace(db, ada, { name: 'Acme', description: '' }, 'en');
    const uc = await createUseCase(db, ada, id, formOfUseCase({ title: 'Invoice matching' }));
    await saveOwnScores(db, ada, uc, scoresOf({ strategicValue: 4 }));

    const copyId = await duplicateWorkspace(db, ada, id, 'Acme (copy)');
    const copy = await bundle(copyId);
    const copiedUseCase = copy.useCases[0];
    expect(copiedUseCase?.title).toBe('Invoice matching');
    expect(copiedUseCase?.id).not.toBe(uc);

    // Scoring the copy changes only the copy.
    const originalBefore = await bundle(id);
    await saveOwnScores(db, ada, copiedUseCase!.id, fullScoresOf());
    expect(await bundle(id)).toEqual(originalBefore);
    const copyCards = await db.scorecards.where('workspaceId').equals(copyId).toArray();
    expect(copyCards).toHaveLength(1);
    expect(copyCards[0]?.scores).toEqual(fullScoresOf());
  });

  it('refuses an unknown workspace and stores nothing', async () => {
    await expect(duplicateWorkspace(db, contextOf('Ada', seq), 'nope', 'X')).rejects.toThrow();
    expect(await db.workspaces.count()).toBe(0);
  });
});

describe('deleting a workspace', () => {
  it('removes every record of that workspace only, and restoring puts it back identically', async () => {
    await restoreWorkspace(db, sampleWorkspaceBundle('a'));
    await restoreWorkspace(db, sampleWorkspaceBundle('b'));
    const aBefore = await bundle('a-ws');
    const bBefore = await bundle('b-ws');
    const dumpBefore = await dumpDatabase(db);

    const deleted = await deleteWorkspace(db, 'a-ws');

    expect(deleted).toEqual(aBefore);
    expect(await readWorkspaceBundle(db, 'a-ws')).toBeNull();
    expect(await db.workspaces.toArray()).toEqual([bBefore.workspace]);
    for (const table of WORKSPACE_TABLES) {
      const rows: { workspaceId: string }[] = await db[table].toArray();
      expect(rows.filter((r) => r.workspaceId === 'a-ws')).toEqual([]);
      expect(rows).toHaveLength(bBefore[table].length);
    }
    expect(await bundle('b-ws')).toEqual(bBefore);

    await restoreWorkspace(db, deleted!);

    expect(await bundle('a-ws')).toEqual(aBefore);
    // Every record as it was; only the ranking stamps were renewed by the writes (a copy of the
    // ranking records taken before is no longer trusted: src/db/ranking-stamp.ts).
    const isStamp = (m: MetaRecord) => m.key.startsWith('ranking-stamp:');
    const stamps = (dump: DatabaseDump) => (dump.meta as MetaRecord[]).filter(isStamp);
    const data = (dump: DatabaseDump) => ({
      ...dump,
      meta: (dump.meta as MetaRecord[]).filter((m) => !isStamp(m)),
    });
    const dumpAfter = await dumpDatabase(db);
    expect(data(dumpAfter)).toEqual(data(dumpBefore));
    expect(stamps(dumpAfter)).not.toEqual(stamps(dumpBefore));
  });

  it('restores identically a workspace built through the app', async () => {
    const ada = contextOf('Ada', seq);
    const bob = contextOf('Bob', seq);
    const id = await createWorkspace(db, ada, { name: 'Acme', description: 'Client' }, 'fr');
    await updateWorkspaceDetails(db, ada, id, { name: 'Acme SA', description: 'Client' });
    const uc = await createUseCase(db, ada, id, formOfUseCase());
    await saveOwnScores(db, ada, uc, fullScoresOf({ strategicValue: 5 }));
    await saveOwnScores(db, bob, uc, scoresOf({ strategicValue: 2 }));
    const before = await bundle(id);

    const deleted = await deleteWorkspace(db, id);
    expect(await db.workspaces.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);

    await restoreWorkspace(db, deleted!);
    expect(await bundle(id)).toEqual(before);
  });

  it('returns null for an unknown workspace and changes nothing', async () => {
    await restoreWorkspace(db, sampleWorkspaceBundle('a'));
    const before = await dumpDatabase(db);
    expect(await deleteWorkspace(db, 'nope')).toBeNull();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('the first run', () => {
  it('creates the demo workspace once, with its 15 use cases', async () => {
    const id = await prepareFirstRun(db, contextOf('Ada', seq), 'fr');

    expect(id).not.toBeNull();
    const list = await listWorkspaces(db);
    expect(list).toHaveLength(1);
    expect(list[0]?.workspace.id).toBe(id);
    expect(list[0]?.workspace.isDemo).toBe(true);
    expect(list[0]?.useCaseCount).toBe(15);
  });

  it('creates nothing the second time', async () => {
    await prepareFirstRun(db, contextOf('Ada', seq), 'en');
    const before = await dumpDatabase(db);

    expect(await prepareFirstRun(db, contextOf('Ada', seq), 'en')).toBeNull();

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('does not bring the demo back once every workspace was deleted', async () => {
    const id = await prepareFirstRun(db, contextOf('Ada', seq), 'en');
    await deleteWorkspace(db, id!);

    expect(await prepareFirstRun(db, contextOf('Ada', seq), 'en')).toBeNull();
    expect(await db.workspaces.count()).toBe(0);
  });

  it('creates no demo when a workspace already exists', async () => {
    const mine = await createWorkspace(
      db,
      contextOf('Ada', seq),
      { name: 'Mine', description: '' },
      'en',
    );

    expect(await prepareFirstRun(db, contextOf('Ada', seq), 'en')).toBeNull();

    const list = await listWorkspaces(db);
    expect(list.map((s) => s.workspace.id)).toEqual([mine]);
    expect(await db.useCases.count()).toBe(0);
  });
});
