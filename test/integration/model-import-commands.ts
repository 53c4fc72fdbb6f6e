import { expect } from 'vitest';
import { exportBackup } from '../../src/db/repositories/backup';
import { importBackup } from '../../src/db/repositories/backup-import';
import type { Backup } from '../../src/domain/exchange/backup-format';
import { checkBackup } from '../../src/domain/exchange/parse-backup';
import { criteriaOfAxis } from '../../src/domain/schema/criterion';
import type { Wave } from '../../src/domain/schema/roadmap';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { copyWorkspaceBundle } from '../../src/domain/workspace/copy-workspace-bundle';
import { readImportFile } from '../../src/features/exchange/read-import-file';
import { aUseCase, contextOf, hashOfDatabase, rejectionOf } from '../fixtures/builders';
import { allIdsOf, upToIds } from '../fixtures/same-up-to-ids';
import { checkInvariants, type Command, type Real } from './model-commands';

// Imports in the model-based test: the workspace's backup imported as a new workspace (new ids,
// nothing linking the two, the same records up to what docs/backup-format.md says is renewed),
// and hostile files refused with nothing stored changed.

function fileOf(backup: Backup): ArrayBuffer {
  return new TextEncoder().encode(JSON.stringify(backup)).buffer;
}

async function backupOf(real: Real): Promise<Backup> {
  return exportBackup(real.db, [real.workspaceId], real.seq.nextTime(), 'test');
}

/**
 * What an import as new renews (docs/backup-format.md, "Import modes"): every id (compared up to
 * ids), the name (" (2)" when taken), the workspace's creation and update times (the import's),
 * and one audit entry more, recording the import. The rest is the same.
 */
function withoutRenewed(bundle: WorkspaceBundle, exportedAt: string): WorkspaceBundle {
  const renewed = { name: '', createdAt: '', updatedAt: '' };
  const isImport = (after: unknown) =>
    typeof after === 'object' && after !== null && 'importedFrom' in after;
  return {
    ...bundle,
    workspace: { ...bundle.workspace, ...renewed },
    audit: bundle.audit.filter((a) => !(isImport(a.after) && a.at >= exportedAt)),
  };
}

export const importAsNew: Command = {
  check: () => true,
  async run(model, real) {
    const { db } = real;
    const original = await backupOf(real);
    const others = await exportBackup(db, 'all', real.seq.nextTime(), 'test');
    const read = await readImportFile('backup.json', fileOf(original));
    if (!read.ok || read.value.kind !== 'backup') throw new Error('The backup was refused');
    const [id, ...more] = await importBackup(db, contextOf('Dan', real.seq), read.value.backup, {
      kind: 'asNew',
    });
    expect(more).toEqual([]);
    const [copy] = (await exportBackup(db, [id!], real.seq.nextTime(), 'test')).workspaces;
    const [source] = original.workspaces;
    // Every record, department, initiative and KPI has a new id: none of any other workspace.
    const taken = new Set(others.workspaces.flatMap((b) => [...allIdsOf(b)]));
    expect([...allIdsOf(copy!)].filter((x) => taken.has(x))).toEqual([]);
    // Named after the original, numbered as the name is taken: Acme (2), Acme (3)...
    expect(copy!.workspace.name).toBe(`Acme (${model.imported.size + 2})`);
    // Its audit trail: the original's, and the import's own entry.
    const entries = copy!.audit.filter((a) => a.at >= original.exportedAt);
    expect(entries.map((a) => [a.action, a.entityType, a.entityId, a.after])).toEqual([
      ['created', 'workspace', id, { importedFrom: original.exportedAt }],
    ]);
    expect(copy!.audit).toHaveLength(source!.audit.length + 1);
    // Backup then import: identical up to what is renewed.
    expect(upToIds(withoutRenewed(copy!, original.exportedAt))).toEqual(
      upToIds(withoutRenewed(source!, original.exportedAt)),
    );
    model.imported.set(id!, copy!.audit.length);
    await checkInvariants(model, real);
  },
  toString: () => 'importAsNew',
};

export const HOSTILE = [
  'valueWeightsAllZero',
  'negativeWeight',
  'twoScorecardsOfOnePerson',
  'missingReference',
  'referenceIntoAnotherWorkspace',
  'restoreOverExisting',
] as const;
type Hostile = (typeof HOSTILE)[number];

function aWave(id: string, workspaceId: string, useCaseIds: string[]): Wave {
  const wave = { id, workspaceId, name: 'Wave 1', position: 0, useCaseIds };
  return { ...wave, capacity: null, startDate: null, endDate: null };
}

/** The workspace's backup made hostile, and the refusal it must meet. */
function hostileFileOf(backup: Backup, kind: Exclude<Hostile, 'restoreOverExisting'>) {
  const file = JSON.parse(JSON.stringify(backup)) as Backup;
  const own = file.workspaces[0]!;
  const { weights, id: workspaceId } = own.workspace;
  const [card] = own.scorecards;
  if (kind === 'negativeWeight') {
    weights.dataMaturity = -1;
    return { file, key: 'errors.negative' };
  }
  if (kind === 'twoScorecardsOfOnePerson' && card) {
    own.scorecards.push({ ...card, id: 'hostile-card' });
    return { file, key: 'exchange.problem.twoScorecards' };
  }
  if (kind === 'missingReference') {
    own.waves.push(aWave('hostile-wave', workspaceId, ['no-such-use-case']));
    return { file, key: 'exchange.problem.missingReference' };
  }
  if (kind === 'referenceIntoAnotherWorkspace') {
    // A second workspace of the file whose wave names a use case of the first.
    if (!own.useCases[0]) own.useCases.push(aUseCase('hostile-use-case', { workspaceId }));
    let n = 0;
    const other = copyWorkspaceBundle(own, {
      newId: () => `hostile-${n++}`,
      now: file.exportedAt,
      name: 'Other',
    });
    other.waves.push(aWave('hostile-wave', other.workspace.id, [own.useCases[0]!.id]));
    file.workspaces.push(other);
    return { file, key: 'exchange.problem.foreignReference' };
  }
  // All the value axis's weights at zero (also when there is no scorecard to double).
  for (const c of criteriaOfAxis('value')) weights[c] = 0;
  return { file, key: 'exchange.problem.axisWithoutWeight' };
}

export const hostileImport = (kind: Hostile): Command => ({
  check: () => true,
  async run(model, real) {
    const before = await hashOfDatabase(real.db);
    const backup = await backupOf(real);
    if (kind === 'restoreOverExisting') {
      // A valid file whose workspace is here: refused inside the transaction, all or nothing.
      const ctx = contextOf('Eve', real.seq);
      const refused = importBackup(real.db, ctx, checkBackup(backup), { kind: 'restore' });
      expect(await rejectionOf(refused)).toBeInstanceOf(Error);
    } else {
      const { file, key } = hostileFileOf(backup, kind);
      const read = await readImportFile('hostile.json', fileOf(file));
      expect(read.ok ? null : read.problem.key).toBe(key);
    }
    expect(await hashOfDatabase(real.db)).toBe(before);
    await checkInvariants(model, real);
  },
  toString: () => `hostileImport(${kind})`,
});
