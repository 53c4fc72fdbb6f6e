import { describe, expect, it } from 'vitest';
import { sampleWorkspaceBundle } from '../../../test/fixtures/builders';
import { buildLargeWorkspace } from '../demo/large-workspace';
import { makeBackup } from './backup-format';
import { assembleBackup, frameOf, recordsOf, type BackupStep } from './backup-parts';
import { checkBackup, checkBackupInParts, parseBackupText } from './parse-backup';

const NOW = '2026-11-01T09:00:00.000Z';

/** What the page receives from the worker: a structured copy of each step. */
function stepsOf(text: string): BackupStep[] {
  return [...checkBackupInParts(text)].map((step) => structuredClone(step));
}

function large(useCases: number) {
  return buildLargeWorkspace({ useCases, steps: 20, seed: 7, now: NOW, language: 'fr' });
}

describe('a backup checked in parts', () => {
  it('gives its frame first, then its records in parts of 100, doubling to at most 1,000, then its end', () => {
    const bundle = large(2500);
    const text = JSON.stringify(makeBackup([sampleWorkspaceBundle('a'), bundle], NOW, '0.1.0'));
    const steps = stepsOf(text);

    expect(steps[0]?.kind).toBe('backupFrame');
    expect(steps.at(-1)?.kind).toBe('backupEnd');
    // The frame names both workspaces, and holds no record yet.
    const frame = steps[0]?.kind === 'backupFrame' ? steps[0].frame : null;
    expect(frame?.backup.workspaces.map((b) => b.workspace.name)).toEqual([
      sampleWorkspaceBundle('a').workspace.name,
      bundle.workspace.name,
    ]);
    expect(frame?.backup.workspaces[1]?.useCases).toEqual([]);
    // 2,500 use cases of the second workspace: 100 + 200 + 400 + 800 + 1,000 (the first part
    // small, so that the page starts writing while the rest is checked).
    const useCaseParts = steps.flatMap((s) =>
      s.kind === 'backupRecords' && s.workspace === 1 && s.list === 'useCases'
        ? [s.records.length]
        : [],
    );
    expect(useCaseParts).toEqual([100, 200, 400, 800, 1000]);
    // Counted: the workspace record, 2,500 use cases, their 2,500 scorecards and the rest.
    const counts = frame?.recordCounts[1];
    const lists = Object.entries(bundle).filter(([key]) => key !== 'workspace');
    expect(counts).toBe(1 + lists.reduce((n, [, list]) => n + (list as unknown[]).length, 0));
    expect(frame?.recordIds[1]?.slice(0, 1)).toEqual([bundle.participants[0]?.id]);
  });

  it('puts back together exactly the backup parseBackupText reads', () => {
    const text = JSON.stringify(makeBackup([large(1200)], NOW, '0.1.0'));
    const whole = parseBackupText(text);
    expect(assembleBackup(stepsOf(text))).toEqual(whole);
  });

  it('is refused at the first record that fails, with the message of the whole check', () => {
    const bundle = large(2500);
    // The 2,345th use case (index 2344): in the fifth part of use cases (1,500 to 2,499).
    (bundle.useCases[2344] as { title: string }).title = '';
    const text = JSON.stringify(makeBackup([bundle], NOW, '0.1.0'));
    const steps = stepsOf(text);
    const whole = parseBackupText(text);
    expect(whole.ok).toBe(false);

    expect(steps[0]?.kind).toBe('backupFrame');
    // Four parts of use cases passed before the refusal; nothing after it.
    expect(steps.filter((s) => s.kind === 'backupRecords' && s.list === 'useCases')).toHaveLength(
      4,
    );
    expect(steps.at(-1)).toEqual({
      kind: 'backupRefused',
      problem: whole.ok ? null : whole.problem,
    });
    expect(whole.ok ? '' : whole.problem.path).toBe('workspaces[0].useCases[2344].title');
  });

  it('is refused before its frame when the header or a workspace is wrong', () => {
    const bundle = sampleWorkspaceBundle('a');
    const text = JSON.stringify({ ...makeBackup([bundle], NOW, '0.1.0'), extra: 1 });
    expect(stepsOf(text)).toEqual([
      {
        kind: 'backupRefused',
        problem: { key: 'exchange.problem.unknownKey', path: 'extra', params: { name: 'extra' } },
      },
    ]);
  });

  it('is refused at its end for a reference to a missing record, after every record', () => {
    const bundle = sampleWorkspaceBundle('a');
    const card = bundle.scorecards[0]!;
    bundle.scorecards[0] = { ...card, useCaseId: 'nowhere' };
    const text = JSON.stringify(makeBackup([bundle], NOW, '0.1.0'));
    const steps = stepsOf(text);
    expect(steps.at(-2)?.kind).toBe('backupRecords');
    expect(steps.at(-1)).toEqual({
      kind: 'backupRefused',
      problem: {
        key: 'exchange.problem.missingReference',
        path: 'workspaces[0].scorecards[0].useCaseId',
        params: { id: 'nowhere', list: 'useCases' },
      },
    });
  });
});

describe('a backup held in memory, in parts', () => {
  it('is its frame and its records, and leaves the backup untouched', () => {
    const backup = checkBackup(makeBackup([sampleWorkspaceBundle('a')], NOW, '0.1.0'));
    const before = structuredClone(backup);
    const frame = frameOf(backup);
    const steps: BackupStep[] = [
      { kind: 'backupFrame', frame },
      ...[...recordsOf(backup)].map((r) => ({ kind: 'backupRecords' as const, ...r })),
      { kind: 'backupEnd' },
    ];
    expect(assembleBackup(steps)).toEqual({ ok: true, value: before });
    expect(backup).toEqual(before);
  });
});
