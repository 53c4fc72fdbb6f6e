import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { exportBackup } from '../../src/db/repositories/backup';
import { importBackup } from '../../src/db/repositories/backup-import';
import { readPortfolio, saveChosenPortfolio } from '../../src/db/repositories/portfolios';
import {
  insertWorkspaceBundle,
  readWorkspaceBundle,
} from '../../src/db/repositories/workspace-bundles';
import { deleteWorkspace, duplicateWorkspace } from '../../src/db/repositories/workspaces';
import { checkBackup, parseBackupText } from '../../src/domain/exchange/parse-backup';
import { contextOf, sampleWorkspaceBundle, sequence } from '../fixtures/builders';
import { deleteTestDatabases, newTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
beforeEach(() => {
  db = newTestDatabase();
});
afterEach(deleteTestDatabases);

/** The portfolio of the sample workspace: two use cases, one needing the other, one chosen. */
async function withPortfolio(): Promise<{ a: string; b: string }> {
  const bundle = sampleWorkspaceBundle('src');
  await insertWorkspaceBundle(db, bundle);
  const [a, b] = bundle.useCases.map((u) => u.id) as [string, string];
  await saveChosenPortfolio(
    db,
    contextOf('Ada'),
    'src-ws',
    {
      objective: 'value',
      oneOffBudget: 50_000,
      yearlyBudget: null,
      wavePeople: [3, null],
      peopleNeeded: [{ useCaseId: b, people: 2 }],
      dependencies: [{ useCaseId: b, needsId: a }],
      mustIn: [a],
      mustOut: [],
    },
    [
      { useCaseId: a, wave: 0 },
      { useCaseId: b, wave: 1 },
    ],
  );
  return { a, b };
}

describe('the portfolio in the backup', () => {
  it('is written to the backup and restored as it was', async () => {
    await withPortfolio();
    const saved = await readPortfolio(db, 'src-ws');
    const backup = await exportBackup(db, ['src-ws'], '2025-03-02T10:00:00.000Z', '0.1.0');
    expect(backup.workspaces[0]?.portfolios).toEqual([saved]);
    await deleteWorkspace(db, 'src-ws');
    expect(await readPortfolio(db, 'src-ws')).toBeNull();
    await importBackup(db, contextOf('Eve'), checkBackup(backup), { kind: 'restore' });
    expect(await readPortfolio(db, 'src-ws')).toEqual(saved);
  });

  it('a backup without portfolios (written before) still imports, with none', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const backup = await exportBackup(db, ['src-ws'], '2025-03-02T10:00:00.000Z', '0.1.0');
    const older: Record<string, unknown> = { ...backup.workspaces[0] };
    delete older.portfolios;
    // The file as an older release wrote it: read from its text, as a person's file is.
    const parsed = parseBackupText(JSON.stringify({ ...backup, workspaces: [older] }));
    if (!parsed.ok) throw new Error('the older backup was refused');
    const checked = parsed.value;
    const [id] = await importBackup(db, contextOf('Eve', sequence()), checked, { kind: 'asNew' });
    expect(await readPortfolio(db, id!)).toBeNull();
  });

  it("a duplicated workspace's portfolio is its own and names the copies of the use cases", async () => {
    const { a, b } = await withPortfolio();
    const copyId = await duplicateWorkspace(db, contextOf('Eve', sequence()), 'src-ws', 'Copy');
    const copy = await readWorkspaceBundle(db, copyId);
    const titleOf = (id: string) => copy?.useCases.find((u) => u.id === id)?.title;
    const source = await readWorkspaceBundle(db, 'src-ws');
    const sourceTitle = (id: string) => source?.useCases.find((u) => u.id === id)?.title;
    const portfolio = await readPortfolio(db, copyId);
    expect(portfolio?.id).toBe(copyId);
    const [chosenA, chosenB] = portfolio?.chosen ?? [];
    expect(titleOf(chosenA!.useCaseId)).toBe(sourceTitle(a));
    expect(titleOf(chosenB!.useCaseId)).toBe(sourceTitle(b));
    expect(portfolio?.chosen.map((c) => c.wave)).toEqual([0, 1]);
    expect(portfolio?.dependencies).toEqual([
      { useCaseId: chosenB!.useCaseId, needsId: chosenA!.useCaseId },
    ]);
    expect(portfolio?.mustIn).toEqual([chosenA!.useCaseId]);
    expect(portfolio?.peopleNeeded).toEqual([{ useCaseId: chosenB!.useCaseId, people: 2 }]);
    // The original is untouched, and deleting it leaves the copy's portfolio.
    expect((await readPortfolio(db, 'src-ws'))?.mustIn).toEqual([a]);
    await deleteWorkspace(db, 'src-ws');
    expect(await db.portfolios.count()).toBe(1);
    expect(await readPortfolio(db, copyId)).not.toBeNull();
  });

  it('imported as new: the portfolio follows the new workspace and its use cases', async () => {
    const { a } = await withPortfolio();
    const backup = await exportBackup(db, ['src-ws'], '2025-03-02T10:00:00.000Z', '0.1.0');
    const [id] = await importBackup(db, contextOf('Eve', sequence()), checkBackup(backup), {
      kind: 'asNew',
    });
    const portfolio = await readPortfolio(db, id!);
    const copy = await readWorkspaceBundle(db, id!);
    expect(portfolio?.id).toBe(id);
    expect(portfolio?.mustIn).toHaveLength(1);
    expect(portfolio?.mustIn[0]).not.toBe(a);
    expect(copy?.useCases.map((u) => u.id)).toContain(portfolio?.mustIn[0]);
  });
});
