import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, readBackupStatus } from '../../src/db/repositories/backup';
import { importBackup } from '../../src/db/repositories/backup-import';
import { createUseCase } from '../../src/db/repositories/use-cases';
import { insertWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import { checkBackup } from '../../src/domain/exchange/parse-backup';
import { contextOf, sampleWorkspaceBundle, sequence, formOfUseCase } from '../fixtures/builders';
import { deleteTestDatabases, newTestDatabase } from '../fixtures/test-database';

afterEach(deleteTestDatabases);

describe('the backup status right after restoring a backup', () => {
  it('says the workspace is in a file, with no change since, not "no backup yet"', async () => {
    const source = newTestDatabase();
    await insertWorkspaceBundle(source, sampleWorkspaceBundle('src'));
    const file = await exportBackup(source, ['src-ws'], '2025-03-02T10:00:00.000Z', '0.1.0');

    const fresh = newTestDatabase();
    const seq = sequence();
    const ctx = contextOf('Eve', seq);
    const [id] = await importBackup(fresh, ctx, checkBackup(file), { kind: 'restore' });
    const status = await readBackupStatus(fresh, id!);
    expect(status.lastBackupAt).not.toBeNull();
    expect(status.changes).toBe(0);

    // A change made afterwards counts as one change since.
    await createUseCase(fresh, contextOf('Eve', seq), id!, formOfUseCase());
    expect((await readBackupStatus(fresh, id!)).changes).toBe(1);
  });

  it('as a new workspace too', async () => {
    const db = newTestDatabase();
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const file = await exportBackup(db, ['src-ws'], '2025-03-02T10:00:00.000Z', '0.1.0');
    const [id] = await importBackup(db, contextOf('Eve', sequence()), checkBackup(file), {
      kind: 'asNew',
    });
    const status = await readBackupStatus(db, id!);
    expect(status.lastBackupAt).not.toBeNull();
    expect(status.changes).toBe(0);
  });
});
