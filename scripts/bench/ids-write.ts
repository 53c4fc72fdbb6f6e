/**
 * npx tsx scripts/bench/ids-write.ts <dist dir> [n] [rounds]: what the length and order of
 * record ids cost IndexedDB (docs/performance.md, "Record ids of 21 letters and digits"). Per
 * round, the bench's workspace of n use cases is written raw (one transaction, the app's
 * indexes, a fresh page each time) as generated (short ids, `lw-uc-17`), then copied with fresh
 * ids of several shapes (every reference remapped, as an import as new does) and written alike.
 * Build the dist dir with `npx vite build --mode e2e --outDir <dir>`.
 */
import { randomUUID } from 'node:crypto';
import { newRecordId } from '../../src/db/change-context';
import { VERSIONS } from '../../src/db/versions';
import { copyWorkspaceBundle } from '../../src/domain/workspace/copy-workspace-bundle';
import { benchWorkspace, freshPage, NOW, runProbe } from './bench-browser';
import { rawWrite } from './page-probes';

const [outDir = 'dist-bench', size = '1000', rounds = '3'] = process.argv.slice(2);

const data = benchWorkspace(Number(size));
let counter = 0;
const shapes: Record<string, (() => string) | null> = {
  'as generated (short, in order)': null,
  'random UUIDs (36 characters)': randomUUID,
  'UUID-shaped, in order': () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  'the app’s ids (21 random letters and digits)': newRecordId,
  '8 random characters': () => Math.random().toString(36).slice(2, 10),
  'short, in order (c17)': () => `c${++counter}`,
};
const appIndexes: Record<string, string | null> = {};
for (const version of VERSIONS) Object.assign(appIndexes, version.stores);

runProbe(outDir, async (browser, base) => {
  const times = new Map<string, number[]>();
  for (let round = 0; round < Number(rounds); round++) {
    for (const [shape, newId] of Object.entries(shapes)) {
      const written = newId
        ? copyWorkspaceBundle(data, { newId, now: NOW, name: data.workspace.name })
        : data;
      const page = await freshPage(browser, base);
      const ms = await rawWrite(page, JSON.stringify(written), appIndexes);
      await page.context().close();
      times.set(shape, [...(times.get(shape) ?? []), Math.round(ms)]);
    }
  }
  for (const [shape, ms] of times) console.log(`${shape}: ${ms.join(', ')} ms`);
});
