import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ClarteDatabase } from '../../src/db/database';
import { importBackup } from '../../src/db/repositories/backup-import';
import { parseBackupText } from '../../src/domain/exchange/parse-backup';
import { contextOf } from '../fixtures/builders';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run seed', () => {
  it('writes a backup file that the app reads and imports as a new workspace', async () => {
    dir = mkdtempSync(join(tmpdir(), 'clarte-seed-'));
    const out = join(dir, 'large.json');
    execFileSync(
      'npx',
      ['tsx', 'scripts/seed-large-workspace.ts', '--use-cases', '40', '--steps', '12'].concat([
        '--seed',
        '7',
        '--now',
        '2026-01-01T00:00:00.000Z',
        '--out',
        out,
      ]),
      { stdio: 'pipe' },
    );
    const parsed = parseBackupText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(`${parsed.problem.key} at ${parsed.problem.path}`);
    const db = new ClarteDatabase(`seed-${crypto.randomUUID()}`);
    const [id] = await importBackup(db, contextOf('Eve'), parsed.value, { kind: 'asNew' });
    expect(
      await db.useCases
        .where('workspaceId')
        .equals(id ?? '')
        .count(),
    ).toBe(40);
    expect(
      await db.steps
        .where('workspaceId')
        .equals(id ?? '')
        .count(),
    ).toBe(12);
    await db.delete();
  }, 60_000);
});
