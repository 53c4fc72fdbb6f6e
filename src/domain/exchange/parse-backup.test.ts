import { describe, expect, it } from 'vitest';
import { minimalWorkspaceBundle } from '../../../test/fixtures/builders';
import type { WorkspaceBundle } from '../schema/workspace-bundle';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, backupFileName, makeBackup } from './backup-format';
import { parseBackupText } from './parse-backup';
import { jsonDepth } from './safe-json';

const AT = '2025-03-01T09:00:00.000Z';

function bundle(id = 'ws-1'): WorkspaceBundle {
  const minimal = minimalWorkspaceBundle(id, AT);
  return {
    ...minimal,
    workspace: { ...minimal.workspace, name: 'Atelier', language: 'fr' },
    participants: [{ id: 'p-1', workspaceId: id, name: 'Ada', departmentId: null, role: '' }],
  };
}

const text = (value: unknown) => JSON.stringify(value);
const valid = () => makeBackup([bundle()], AT, '0.1.0');

function problemOf(input: string) {
  const result = parseBackupText(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('parseBackupText', () => {
  it('reads back what makeBackup wrote, BOM or not', () => {
    const result = parseBackupText(`\uFEFF${text(valid())}`);
    expect(result).toEqual({ ok: true, value: valid() });
  });

  it('refuses text that is not JSON, or empty', () => {
    expect(problemOf('{"format": "clarte-wor')).toEqual({
      key: 'exchange.problem.notJson',
      path: '',
    });
    expect(problemOf('  ')).toEqual({ key: 'exchange.problem.empty', path: '' });
  });

  it('refuses another format and another version', () => {
    expect(problemOf(text({ ...valid(), format: 'other' })).key).toBe('exchange.problem.notBackup');
    expect(problemOf(text({ ...valid(), version: 3 }))).toEqual({
      key: 'exchange.problem.newerVersion',
      path: 'version',
      params: { version: 3, supported: 2 },
    });
    expect(problemOf(text({ ...valid(), version: '1' })).key).toBe(
      'exchange.problem.unsupportedVersion',
    );
  });

  it('reads a version 1 file (the first released format) as the same records in version 2', () => {
    const result = parseBackupText(text({ ...valid(), version: 1 }));
    expect(result).toEqual({ ok: true, value: valid() });
  });

  it('refuses prototype keys anywhere, with their path', () => {
    const input = text(valid()).replace('"name":"Ada"', '"name":"Ada","__proto__":{"x":1}');
    expect(problemOf(input)).toEqual({
      key: 'exchange.problem.forbiddenKey',
      path: 'workspaces[0].participants[0].__proto__',
      params: { name: '__proto__' },
    });
    expect(problemOf(text(valid()).replace('"format"', '"constructor":1,"format"')).path).toBe(
      'constructor',
    );
  });

  it('refuses 1e309 (Infinity once parsed) with its path', () => {
    const input = text(valid()).replace('"robustnessSeed":42', '"robustnessSeed":1e309');
    expect(problemOf(input)).toEqual({
      key: 'exchange.problem.notFinite',
      path: 'workspaces[0].workspace.robustnessSeed',
    });
  });

  it('refuses unknown keys, wrong types and out-of-range values with their path', () => {
    const extra = valid();
    Object.assign(extra.workspaces[0]!.participants[0]!, { age: 3 });
    expect(problemOf(text(extra))).toEqual({
      key: 'exchange.problem.unknownKey',
      path: 'workspaces[0].participants[0].age',
      params: { name: 'age' },
    });
    const wrong = valid();
    Object.assign(wrong.workspaces[0]!.workspace.weights, { brandImpact: 'high' });
    expect(problemOf(text(wrong)).path).toBe('workspaces[0].workspace.weights.brandImpact');
    const range = valid();
    range.workspaces[0]!.workspace.thresholds.value = 101;
    expect(problemOf(text(range))).toEqual({
      key: 'exchange.problem.tooBig',
      path: 'workspaces[0].workspace.thresholds.value',
    });
  });

  it('refuses an id used twice in the file, and a record of another workspace', () => {
    const twice = makeBackup([bundle('ws-1'), bundle('ws-2')], AT, '0.1.0');
    expect(problemOf(text(twice))).toEqual({
      key: 'exchange.problem.duplicateId',
      path: 'workspaces[1].participants[0].id',
      params: { id: 'p-1' },
    });
    const foreign = valid();
    foreign.workspaces[0]!.participants[0]!.workspaceId = 'ws-9';
    expect(problemOf(text(foreign)).key).toBe('exchange.problem.foreignRecord');
  });

  it('refuses nesting deeper than 64, whatever else is wrong with the file', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3); // brackets inside strings do not count
    const tooDeep = { key: 'exchange.problem.tooDeep', path: '', params: { depth: 64 } };
    expect(problemOf('['.repeat(65) + ']'.repeat(65))).toEqual(tooDeep);
    expect(problemOf('['.repeat(64) + ']'.repeat(64)).key).not.toBe('exchange.problem.tooDeep');
    // Deep and not JSON (cut short), deep after a non-finite number or a forbidden key: too deep.
    expect(problemOf('['.repeat(65) + ']'.repeat(60))).toEqual(tooDeep);
    expect(problemOf(`[1e309, ${'['.repeat(64)}${']'.repeat(64)}]`)).toEqual(tooDeep);
    expect(problemOf(`{"__proto__": 1, "a": ${'['.repeat(64)}${']'.repeat(64)}}`)).toEqual(tooDeep);
    // 100,000 levels: refused, not a stack overflow.
    expect(problemOf('['.repeat(100_000) + ']'.repeat(100_000))).toEqual(tooDeep);
  });

  it('refuses text longer than its limit without parsing it, and names the limit', () => {
    const refused = parseBackupText(' '.repeat(2 * 1024 * 1024 + 1), {
      bytes: 2 * 1024 * 1024,
      megabytes: 2,
    });
    expect(refused).toEqual({
      ok: false,
      problem: { key: 'exchange.problem.fileTooLarge', path: '', params: { megabytes: 2 } },
    });
  });

  it('reads back what the app may write: up to 500 MB of JSON (strings hold 2^29 - 24 characters)', () => {
    expect(MAX_BACKUP_BYTES).toBe(500 * 1024 * 1024);
    expect(MAX_BACKUP_BYTES).toBeLessThan(2 ** 29 - 24);
  });
});

describe('backupFileName', () => {
  it('keeps only safe characters', () => {
    expect(backupFileName('Atelier « Délorme » / 2025', AT)).toBe(
      'clarte-atelier-delorme-2025-2025-03-01.json',
    );
    expect(BACKUP_FORMAT).toBe('clarte-workspace');
  });
});
