import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ClarteDatabase } from '../../src/db/database';
import { startEarlyRankingRead, takeEarlyRankingRead } from '../../src/db/early-ranking-read';
import { listDecisions } from '../../src/db/repositories/decision-input';
import { saveOwnScores } from '../../src/db/repositories/scorecards';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { listScorecards, listUseCases } from '../../src/db/repositories/workspace-reads';
import { createWorkspace } from '../../src/db/repositories/workspaces';
import { VERSIONS } from '../../src/db/versions';
import { contextOf, formOfUseCase, fullScoresOf, sequence } from '../fixtures/builders';

const names: string[] = [];
const reads: { stop: () => void }[] = [];
afterEach(async () => {
  for (const read of reads.splice(0)) read.stop();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function aName(): string {
  const name = `early-ranking-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

function started(workspaceId: string, name: string) {
  const read = startEarlyRankingRead(workspaceId, name);
  reads.push(read);
  return read;
}

/** A workspace with two use cases, the first scored by Ada and Ben, and another workspace. */
async function twoWorkspaces(name: string) {
  const db = new ClarteDatabase(name);
  const seq = sequence();
  const ctx = contextOf('Ada', seq);
  const ws = await createWorkspace(db, ctx, { name: 'Acme', description: '' }, 'en');
  const first = await createUseCase(db, ctx, ws, formOfUseCase({ title: 'Invoice matching' }));
  await createUseCase(db, ctx, ws, formOfUseCase({ title: 'Claims triage' }));
  await saveOwnScores(db, ctx, first, fullScoresOf({}, 4));
  await saveOwnScores(db, contextOf('Ben', seq), first, fullScoresOf({}, 2));
  const other = await createWorkspace(db, ctx, { name: 'Other', description: '' }, 'en');
  await createUseCase(db, ctx, other, formOfUseCase({ title: 'Not this one' }));
  return { db, ws, other, seq };
}

describe("a ranked screen's records read by the page before Dexie is loaded", () => {
  it('reads the same use cases, scorecards, decisions and participants as the live query', async () => {
    const name = aName();
    const { db, ws } = await twoWorkspaces(name);
    const live = {
      useCases: await listUseCases(db, ws),
      scorecards: await listScorecards(db, ws),
      decisions: await listDecisions(db, ws),
      participantCount: await db.participants.where('workspaceId').equals(ws).count(),
    };
    db.close();

    const early = await started(ws, name).records;
    expect(early?.useCases.map((u) => u.title).sort()).toEqual([
      'Claims triage',
      'Invoice matching',
    ]);
    // Ada and Ben scored the first use case: two scorecards, two participants.
    expect(early?.scorecards).toHaveLength(2);
    expect(early?.participantCount).toBe(2);
    expect(early).toEqual(live);
  });

  it('is handed over once, and only for its workspace', async () => {
    const name = aName();
    const { db, ws, other } = await twoWorkspaces(name);
    db.close();
    started(ws, name);
    expect(takeEarlyRankingRead(other)).toBeNull();
    const taken = takeEarlyRankingRead(ws);
    expect(taken?.workspaceId).toBe(ws);
    expect(takeEarlyRankingRead(ws)).toBeNull();
  });

  it('finds nothing for a workspace that does not exist (the screen then says so, as before)', async () => {
    const name = aName();
    const { db } = await twoWorkspaces(name);
    db.close();
    expect(await started('no-such-workspace', name).records).toEqual({
      useCases: [],
      scorecards: [],
      decisions: [],
      participantCount: 0,
    });
  });

  it('leaves an absent database, or one to upgrade, to Dexie', async () => {
    const absent = aName();
    expect(await started('ws', absent).records).toBeNull();
    expect(await Dexie.exists(absent)).toBe(false);

    const old = aName();
    const db = new Dexie(old);
    for (const v of VERSIONS.slice(0, 1)) db.version(v.version).stores(v.stores);
    await db.open();
    db.close();
    expect(await started('ws', old).records).toBeNull();
  });

  it('hears a change written after the read began, so that it is not handed over stale', async () => {
    const name = aName();
    const { db, ws, seq } = await twoWorkspaces(name);
    const read = started(ws, name);
    await read.records;
    expect(read.changed()).toBe(false);
    let heard = 0;
    read.onChange(() => (heard += 1));
    await createUseCase(db, contextOf('Ada', seq), ws, formOfUseCase({ title: 'Late' }));
    // Dexie announces the commit to the other tabs (a BroadcastChannel), which the read listens to.
    await expect.poll(() => read.changed()).toBe(true);
    expect(heard).toBeGreaterThan(0);
    db.close();
  });
});
