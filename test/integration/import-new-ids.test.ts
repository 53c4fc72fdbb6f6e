import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClarteDatabase } from '../../src/db/database';
import { importBackup } from '../../src/db/repositories/backup-import';
import { readWorkspaceBundle } from '../../src/db/repositories/workspace-bundles';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { readImportFile } from '../../src/features/exchange/read-import-file';
import { contextOf, recordIdsOf, sampleWorkspaceBundle } from '../fixtures/builders';
import { deleteTestDatabases, openTestDatabase } from '../fixtures/test-database';

// The workspace already here has department dep-fin, initiative ini-cash and KPI kpi-dso; the
// hostile file reuses these ids, and every record id of the workspace too (kept-*).
let db: ClarteDatabase;
const kept = sampleWorkspaceBundle('kept');
beforeEach(async () => {
  ({ db } = await openTestDatabase({ content: kept }));
});
afterEach(deleteTestDatabases);

function hostileFile(): ArrayBuffer {
  const other = sampleWorkspaceBundle('kept');
  other.workspace.name = 'Imported';
  other.workspace.kpis = [
    ...other.workspace.kpis,
    {
      id: 'kpi-nps',
      name: 'NPS',
      departmentId: 'dep-fin',
      unit: '',
      direction: 'up',
      baseline: 30,
    },
  ];
  const text = JSON.stringify(makeBackup([other], '2026-12-01T10:00:00.000Z', '0.1.0'));
  return new TextEncoder().encode(text).buffer;
}

function hashOf(bundle: WorkspaceBundle | null): string {
  return createHash('sha256').update(JSON.stringify(bundle)).digest('hex');
}

async function importHostile(mode: 'asNew' | 'replace'): Promise<WorkspaceBundle> {
  const file = await readImportFile('hostile.json', hostileFile());
  if (!file.ok || file.value.kind !== 'backup') throw new Error('The file was refused');
  const [id] = await importBackup(
    db,
    contextOf('Eve'),
    file.value.backup,
    mode === 'asNew' ? { kind: 'asNew' } : { kind: 'replace', workspaceId: 'kept-ws' },
  );
  const bundle = await readWorkspaceBundle(db, id!);
  if (!bundle) throw new Error('Nothing imported');
  return bundle;
}

function nestedIdsOf(bundle: WorkspaceBundle): string[] {
  const { departments, initiatives, kpis } = bundle.workspace;
  return [...departments, ...initiatives, ...kpis].map((x) => x.id);
}

describe('a backup whose department, KPI and record ids collide with a workspace already here', () => {
  it('imported as new: every id is new, every reference points into the new workspace, the old one is unchanged', async () => {
    const before = hashOf(await readWorkspaceBundle(db, 'kept-ws'));
    const imported = await importHostile('asNew');
    const taken = new Set([...recordIdsOf(kept), 'dep-fin', 'ini-cash', 'kpi-dso', 'kpi-nps']);
    const ids = [...recordIdsOf(imported), ...nestedIdsOf(imported)];
    expect(ids.filter((id) => taken.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);

    const [department] = imported.workspace.departments;
    const [dso, nps] = imported.workspace.kpis;
    expect(imported.workspace.kpis.map((k) => [k.name, k.departmentId])).toEqual([
      ['Days sales outstanding', department?.id],
      ['NPS', department?.id],
    ]);
    expect(nps?.id).not.toBe(dso?.id);
    const ada = imported.participants.find((p) => p.name === 'Ada');
    expect(ada?.departmentId).toBe(department?.id);
    for (const u of imported.useCases) {
      expect(u.successMeasure.kpiId).toBe(dso?.id);
      expect(u.kpiEffects.map((e) => e.kpiId)).toEqual([dso?.id]);
    }
    expect(hashOf(await readWorkspaceBundle(db, 'kept-ws'))).toBe(before);
  });

  it('replacing the workspace: it keeps its id, its departments and KPIs get new ids all the same', async () => {
    const imported = await importHostile('replace');
    expect(imported.workspace.id).toBe('kept-ws');
    expect(imported.workspace.name).toBe('Imported');
    const nested = nestedIdsOf(imported);
    expect(nested).toHaveLength(4);
    for (const old of ['dep-fin', 'ini-cash', 'kpi-dso', 'kpi-nps'])
      expect(nested).not.toContain(old);
    const kpis = new Set(imported.workspace.kpis.map((k) => k.id));
    for (const u of imported.useCases)
      for (const e of u.kpiEffects) expect(kpis.has(e.kpiId)).toBe(true);
  });
});
