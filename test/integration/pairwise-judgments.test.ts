/**
 * SCORING.md sections 4 and 8: weights derived from pairwise answers are kept at full precision,
 * with the answers they come from, and both travel in the backup (export, import, round trip).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { exportBackup } from '../../src/db/repositories/backup';
import { importBackup } from '../../src/db/repositories/backup-import';
import {
  insertWorkspaceBundle,
  readWorkspaceBundle,
} from '../../src/db/repositories/workspace-bundles';
import { getWorkspace, updateWorkspaceWeights } from '../../src/db/repositories/workspaces';
import { parseBackupText } from '../../src/domain/exchange/parse-backup';
import { defaultWeights } from '../../src/domain/schema/criterion';
import { workspaceWeightsFromJudgments } from '../../src/domain/weights/ahp';
import { contextOf, sampleWorkspaceBundle, sequence } from '../fixtures/builders';
import { CONTRACT_JUDGMENTS, contractWorkspaceBundle } from '../fixtures/decision-contract';
import { deleteTestDatabases, newTestDatabase } from '../fixtures/test-database';

let db: ClarteDatabase;
beforeEach(() => {
  db = newTestDatabase();
});
afterEach(deleteTestDatabases);

async function roundTrip(workspaceId: string) {
  const file = await exportBackup(db, [workspaceId], '2025-03-02T10:00:00.000Z', '0.1.0');
  const parsed = parseBackupText(JSON.stringify(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const [id] = await importBackup(db, contextOf('Eve', sequence()), parsed.value, {
    kind: 'asNew',
  });
  return readWorkspaceBundle(db, id ?? '');
}

describe('weights from pairwise answers', () => {
  it('are stored at full precision with the answers, and typed weights drop the answers', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    // Strategic value 2 times more than each other: 16/9 and 8/9, repeating decimals.
    const { weights } = workspaceWeightsFromJudgments(CONTRACT_JUDGMENTS);
    const seq = sequence();
    await updateWorkspaceWeights(db, contextOf('Ada', seq), 'src-ws', weights, CONTRACT_JUDGMENTS);
    const stored = await getWorkspace(db, 'src-ws');
    expect(stored?.weights.strategicValue).toBe(weights.strategicValue);
    expect(stored?.weights.strategicValue).toBeCloseTo(16 / 9, 12);
    expect(stored?.weights.brandImpact).not.toBe(0.8889);
    expect(stored?.pairwiseJudgments).toEqual(CONTRACT_JUDGMENTS);

    await updateWorkspaceWeights(db, contextOf('Ada', seq), 'src-ws', defaultWeights());
    const typed = await getWorkspace(db, 'src-ws');
    expect(typed?.weights).toEqual(defaultWeights());
    expect(typed && 'pairwiseJudgments' in typed).toBe(false);
  });

  it('travel in the backup: the answers and the exact weights come back', async () => {
    await insertWorkspaceBundle(db, contractWorkspaceBundle('en'));
    const copy = await roundTrip('ws');
    expect(copy?.workspace.pairwiseJudgments).toEqual(CONTRACT_JUDGMENTS);
    expect(copy?.workspace.weights).toEqual(contractWorkspaceBundle('en').workspace.weights);
    expect(copy?.workspace.weights.strategicValue).toBe(16 / 9);
  });

  it('an old backup without answers still imports, with none', async () => {
    await insertWorkspaceBundle(db, sampleWorkspaceBundle('src'));
    const copy = await roundTrip('src-ws');
    expect(copy?.workspace.name).toBe('Workspace src (2)');
    expect(copy && 'pairwiseJudgments' in copy.workspace).toBe(false);
  });

  it('refuses answers that are not on the Saaty scale, naming the place', async () => {
    await insertWorkspaceBundle(db, contractWorkspaceBundle('en'));
    const file = await exportBackup(db, ['ws'], '2025-03-02T10:00:00.000Z', '0.1.0');
    const [bundle] = file.workspaces;
    if (!bundle) throw new Error('no workspace exported');
    bundle.workspace.pairwiseJudgments = [{ a: 'strategicValue', b: 'brandImpact', value: 2.5 }];
    const parsed = parseBackupText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).toContain('pairwiseJudgments');
  });
});
