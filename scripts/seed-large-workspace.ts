/**
 * Writes a large synthetic workspace as a Clarté JSON backup (the format the app imports: home,
 * "Import a backup"), for performance tests.
 *
 *   npx tsx scripts/seed-large-workspace.ts --use-cases 5000 --steps 200 --seed 42 \
 *     --out test/fixtures/generated/large-5000.json [--language fr|en] [--now 2026-01-01T00:00:00.000Z]
 *
 * Same options (including --now) give the same file. Without --now, the current time is used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLargeWorkspace } from '../src/domain/demo/large-workspace';
import { makeBackup } from '../src/domain/exchange/backup-format';
import { parseBackupText } from '../src/domain/exchange/parse-backup';
import { isoDateTimeSchema, languageSchema } from '../src/domain/schema/common';
import { workspaceBundleSchema } from '../src/domain/schema/workspace-bundle';

function fail(message: string): never {
  console.error(`seed-large-workspace: ${message}`);
  process.exit(1);
}

function count(name: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) {
    fail(`--${name} must be a non-negative integer, got "${text}"`);
  }
  return n;
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        'use-cases': { type: 'string', default: '5000' },
        steps: { type: 'string', default: '200' },
        seed: { type: 'string', default: '42' },
        out: { type: 'string' },
        language: { type: 'string', default: 'fr' },
        now: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const { values } = readArgs();

const useCases = count('use-cases', values['use-cases']);
const steps = count('steps', values.steps);
const seed = count('seed', values.seed);
const language = languageSchema.safeParse(values.language);
if (!language.success) fail(`--language must be fr or en, got "${values.language}"`);
const lang = language.data;
const now = values.now ?? new Date().toISOString();
if (!isoDateTimeSchema.safeParse(now).success) fail(`--now must be an ISO datetime, got "${now}"`);
const out = resolve(values.out ?? `test/fixtures/generated/large-${useCases}.json`);

const started = performance.now();
function build() {
  try {
    return buildLargeWorkspace({ useCases, steps, seed, now, language: lang });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const bundle = build();
const checked = workspaceBundleSchema.safeParse(bundle);
if (!checked.success) fail(`the generated bundle is invalid: ${checked.error.message}`);

const text = `${JSON.stringify(makeBackup([bundle], now, '0.1.0'))}\n`;
// The file is read back as the app reads an imported file: what is written is what imports.
const readBack = parseBackupText(text);
if (!readBack.ok)
  fail(`the app would refuse the file: ${readBack.problem.key} at ${readBack.problem.path}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text, 'utf8');

const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `Wrote ${out}: ${useCases} use cases, ${steps} steps, seed ${seed}, ${lang} (${seconds} s)`,
);
