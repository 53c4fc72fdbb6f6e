import type { Browser } from 'playwright-core';
import { MAX_BACKUP_BYTES, makeBackup } from '../../src/domain/exchange/backup-format';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { VERSIONS } from '../../src/db/versions';
import { freshPage, NOW } from './bench-browser';
import { appImport, longestTask, ourImport, rawWrite } from './page-probes';
import { measure, stat, target, type Stat, type Target } from './stats';

/**
 * Import at one N:
 * - the app's import of a backup file, as the Import panel does it (opened in the import worker
 *   when the file is chosen, imported as a new workspace from its frame on, the records written
 *   as the worker checks them): total, and each phase. Not possible above the app's file limit;
 * - the write of the same workspace from its JSON on the page (parse, check every record, write),
 *   measured at every N;
 * - the physical limit: the same records written raw in one transaction, same page; and, for
 *   raw into stores with the app's indexes, the reference of the target (issue 15 point 6).
 * `essentials` (--quick): only the app's import and the raw write with the app's indexes (the
 * target's ratio); the write from JSON on the page and the bare raw write are left out.
 */
export async function measureImport(
  browser: Browser,
  base: string,
  data: WorkspaceBundle,
  runs: number,
  essentials = false,
): Promise<{ report: Record<string, unknown>; targets: Target[] }> {
  const n = data.useCases.length;
  const json = JSON.stringify(data);
  const backupText = JSON.stringify(makeBackup([data], NOW, 'bench'));
  const fitsInAFile = new TextEncoder().encode(backupText).byteLength <= MAX_BACKUP_BYTES;

  const inPage = async <T>(probe: (page: Awaited<ReturnType<typeof freshPage>>) => Promise<T>) => {
    const page = await freshPage(browser, base);
    try {
      return { value: await probe(page), longestTaskMs: await longestTask(page) };
    } finally {
      await page.context().close();
    }
  };

  let appTask = 0;
  const phases = { read: [] as number[], write: [] as number[] };
  const app: Stat | null = fitsInAFile
    ? await measure(runs, async () => {
        const { value, longestTaskMs } = await inPage((page) => appImport(page, backupText));
        appTask = Math.max(appTask, longestTaskMs);
        phases.read.push(value.readMs);
        phases.write.push(value.writeMs);
        return value.totalMs;
      })
    : null;
  let bundleTask = 0;
  const bundle = essentials
    ? null
    : await measure(runs, async () => {
        const { value, longestTaskMs } = await inPage((page) => ourImport(page, json));
        bundleTask = Math.max(bundleTask, longestTaskMs);
        return value;
      });
  const raw = essentials
    ? null
    : await measure(runs, async () => (await inPage((p) => rawWrite(p, json))).value);
  // The app's stores as its database has them: each version declares only the stores it adds
  // or changes (Dexie keeps the others), so every version's declarations, the later winning.
  const appIndexes: Record<string, string | null> = {};
  for (const version of VERSIONS) Object.assign(appIndexes, version.stores);
  const rawIndexed = await measure(
    runs,
    async () => (await inPage((p) => rawWrite(p, json, appIndexes))).value,
  );

  // measure() runs once to warm up: its phases are dropped with it.
  const read = stat(phases.read.slice(1));
  const write = stat(phases.write.slice(1));
  const report = {
    appImport: app && { total: app, read, write, longestTaskMs: appTask },
    appImportRefused: app ? null : 'over the file limit',
    bundleWrite: bundle && { ...bundle, longestTaskMs: bundleTask },
    raw,
    rawWithAppIndexes: rawIndexed,
    // Issue 15 point 6: the whole import against the raw write into stores with the app's indexes.
    ratio: app ? app.median / rawIndexed.median : null,
    ratioToBareRaw: app && raw ? app.median / raw.median : null,
    writePhaseRatio: app && raw ? write.median / raw.median : null,
    writePhaseToRawWithAppIndexes: app ? write.median / rawIndexed.median : null,
    bundleWriteRatio: bundle && raw ? bundle.median / raw.median : null,
  };
  const targets: Target[] = [];
  const over = fitsInAFile
    ? ''
    : ` (${Math.round(backupText.length / 1e6)} MB file: over the file limit)`;
  targets.push(
    target(
      `import / raw write with the app's indexes, N=${n}${over}`,
      app ? app.median / rawIndexed.median : null,
      'x',
      1.3,
    ),
  );
  if (n === 10000) {
    targets.push(target('10,000 import', app?.median ?? null, 'ms', 2000));
    targets.push(target('longest task during 10,000 import', appTask, 'ms', 200));
  }
  return { report, targets };
}
