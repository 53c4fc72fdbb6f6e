/**
 * Writes test/fixtures/databases/v<N>.json: the raw records of the demo workspace (both
 * languages) as version N of the database stores them. Run once when a version is released:
 *   npx tsx scripts/freeze-database.ts 1
 * The frozen file is never regenerated afterwards: upgrade tests open it as an old database.
 */
import { writeFileSync } from 'node:fs';
import { buildDemoWorkspace } from '../src/domain/demo/demo-workspace';

const version = Number(process.argv[2] ?? '1');
let n = 0;
const newId = () => `frozen-v${version}-${String(n++).padStart(4, '0')}`;
const now = '2026-11-22T10:00:00.000Z';
const bundles = (['fr', 'en'] as const).map((language) =>
  buildDemoWorkspace({ language, newId, now, actor: 'Camille Durand' }),
);
const tables: Record<string, unknown[]> = {
  workspaces: [],
  meta: [{ key: 'firstRunDone', value: true }],
};
for (const bundle of bundles) {
  tables.workspaces?.push(bundle.workspace);
  for (const [name, rows] of Object.entries(bundle)) {
    if (name === 'workspace') continue;
    (tables[name] ??= []).push(...(rows as unknown[]));
  }
}
writeFileSync(
  `test/fixtures/databases/v${version}.json`,
  JSON.stringify({ version, frozenAt: now, tables }, null, 1) + '\n',
);
console.log(`test/fixtures/databases/v${version}.json written`);
