/**
 * At 10,000 and 50,000 use cases: every screen that lists use cases opened cold (time until its
 * content settled, longest main-thread task), the CSV and XLSX exports through the Export screen,
 * a backup exported and imported back through the UI, and the heap afterwards.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { WorkspaceBundle } from '../../src/domain/schema/workspace-bundle';
import { freshPage } from './bench-browser';
import { longestTask, ourImport } from './page-probes';
import { target, type Target } from './stats';

/** The screens of a workspace that list or draw its use cases. */
export const LISTING_SCREENS = [
  'workshop',
  'participants',
  'use-cases',
  'scoring',
  'live',
  'matrix',
  'ranking',
  'weights',
  'roadmap',
  'portfolio',
  'coverage',
  'exceptions',
  'audit',
  'changes',
  'delivered',
  'book',
] as const;

/** How long the page must stay without a DOM change for its content to count as settled. */
const QUIET_MS = 750;
const GIVE_UP_MS = 120_000;

/** An init script: the time of the last DOM change of the page (`__lastMutation`). */
export const MUTATION_WATCHER = `(() => {
  window.__lastMutation = 0;
  new MutationObserver(() => (window.__lastMutation = performance.now())).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
})();`;

/** Set by openInApp before the click: the heading of the screen left and its text. */
type OpenedFrom = { __openedFrom?: [Element | null, string | null] };

/** A screen opened from inside the app: the click, in ms since the epoch (a reload changes the origin). */
interface Opening {
  at: number;
}

/**
 * The last DOM change (ms since the epoch) before QUIET_MS of calm, once the screen's content is
 * there: a heading in #main and no loading placeholder (`aria-busy`) in it; when opened from
 * inside the app, also a DOM change after the click and a heading other than the screen left's
 * (`__openedFrom`, set by openInApp). Without these, a screen whose data took over QUIET_MS to
 * arrive was counted as settled at its "Loading…", and a screen whose first change came over
 * QUIET_MS after the click as settled before the click (a negative figure). Null: never.
 */
async function settledSince(page: Page, opening?: Opening): Promise<number | null> {
  const t0 = Date.now();
  for (;;) {
    const state = await page.evaluate((since) => {
      const w = window as unknown as OpenedFrom & { __lastMutation: number };
      const h1 = document.querySelector('#main h1');
      const [before, beforeText] = w.__openedFrom ?? [null, null];
      const ready =
        h1 !== null &&
        (h1 !== before || h1.textContent !== beforeText) &&
        document.querySelector('#main [aria-busy="true"]') === null &&
        performance.timeOrigin + w.__lastMutation > since;
      return {
        now: performance.timeOrigin + performance.now(),
        last: performance.timeOrigin + w.__lastMutation,
        ready,
      };
    }, opening?.at ?? 0);
    if (state.ready && state.now - state.last >= QUIET_MS) return state.last;
    if (Date.now() - t0 > GIVE_UP_MS) return null;
    await page.waitForTimeout(100);
  }
}

/** Time from navigation start to the last DOM change before QUIET_MS of calm (null: never). */
export async function settledAt(page: Page): Promise<number | null> {
  const last = await settledSince(page);
  return last === null ? null : last - (await page.evaluate(() => performance.timeOrigin));
}

/**
 * Opens `screen` from inside the app as a person does: a click on its link (the side navigation,
 * or the ranking's link to the book), the workspace already open. Time from the click to the
 * last DOM change before QUIET_MS of calm (settledSince), and the longest task in between;
 * `reloaded` if the click loaded the document again (the app's navigation never should: the
 * times are still right, taken from the epoch, but the longest task only covers the new page).
 */
export async function openInApp(
  page: Page,
  ws: string,
  screen: string,
): Promise<{ contentMs: number | null; longestTaskMs: number; reloaded: boolean }> {
  const link = page.locator(`a[href="/w/${ws}/${screen}"]`).first();
  if ((await link.count()) === 0) await openInApp(page, ws, 'ranking');
  const at = await page.evaluate(() => {
    const w = window as unknown as OpenedFrom & {
      __longtasks: number[];
      __sameDocument?: boolean;
    };
    w.__longtasks.length = 0;
    const h1 = document.querySelector('#main h1');
    w.__openedFrom = [h1, h1?.textContent ?? null];
    w.__sameDocument = true;
    return performance.timeOrigin + performance.now();
  });
  await link.click();
  await page.waitForURL(`**/w/${ws}/${screen}`);
  const last = await settledSince(page, { at }).catch(() => null);
  const reloaded = await page.evaluate(
    () => (window as unknown as { __sameDocument?: boolean }).__sameDocument !== true,
  );
  if (reloaded) console.log(`   (the click on ${screen}'s link loaded the document again)`);
  return {
    contentMs: last === null ? null : last - at,
    longestTaskMs: await longestTask(page),
    reloaded,
  };
}

/**
 * Waits until the copy of the workspace's ranking records for cold loads is written (its head is
 * written last). Polled from here: `waitForFunction` takes the promise of an async predicate
 * as a truthy value and returns at once.
 */
export async function copyWritten(page: Page, ws: string): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const written = await page.evaluate(async (id) => {
      const cache = await caches.open('clarte-ranking-records');
      return (await cache.match(`/ranking-records/${encodeURIComponent(id)}/head`)) !== undefined;
    }, ws);
    if (written) return;
    if (Date.now() - t0 > GIVE_UP_MS)
      throw new Error('the copy of the ranking records was never written');
    await page.waitForTimeout(200);
  }
}

export interface ScreenFigure {
  screen: string;
  contentMs: number | null;
  longestTaskMs: number;
  domNodes: number;
}

async function timedDownload(page: Page, button: string): Promise<{ ms: number; path: string }> {
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return { ms: Date.now() - t0, path };
}

async function useCaseCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('clarte');
        open.onsuccess = () => {
          const count = open.result.transaction('useCases').objectStore('useCases').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error ?? new Error('count failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
  );
}

/**
 * Everything above for one workspace of n use cases; returns the report and the targets. With
 * `only`, just those screens are opened (no exports, no round trip).
 */
export async function measureScreens(
  browser: Browser,
  base: string,
  data: WorkspaceBundle,
  n: number,
  only?: readonly string[],
): Promise<{ report: Record<string, unknown>; targets: Target[] }> {
  const page = await freshPage(browser, base);
  await page.context().addInitScript({ content: MUTATION_WATCHER });
  const insertMs = await ourImport(page, JSON.stringify(data));
  const ws = data.workspace.id;
  const label = n.toLocaleString('en');
  const openLimit = n <= 10_000 ? 1000 : 3000;
  const taskLimit = n <= 10_000 ? 200 : 500;
  const targets: Target[] = [];
  const screens: ScreenFigure[] = [];
  const opened = only ? LISTING_SCREENS.filter((s) => only.includes(s)) : LISTING_SCREENS;
  if (only && opened.length < only.length)
    throw new Error(`--open: screens are among ${LISTING_SCREENS.join(', ')}`);
  // The workspace as its people find it on a later visit: opened once, its ranking records' copy
  // for cold loads written (src/db/ranking-cache.ts). That first open is reported on its own.
  await page.goto(`/w/${ws}/ranking`);
  const firstOpenMs = await settledAt(page).catch(() => null);
  const firstOpenTaskMs = await longestTask(page);
  const copyStart = Date.now();
  await copyWritten(page, ws);
  const copyWrittenMs = Date.now() - copyStart;
  console.log(
    `   first open (no copy yet): ranking ${firstOpenMs ?? 'not settled'} ms, longest task ${firstOpenTaskMs} ms; copy written ${copyWrittenMs} ms after`,
  );
  for (const screen of opened) {
    await page.goto(`/w/${ws}/${screen}`);
    const contentMs = await settledAt(page).catch(() => null);
    const longestTaskMs = await longestTask(page);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    screens.push({ screen, contentMs, longestTaskMs, domNodes });
    console.log(`   ${screen}: ${contentMs ?? 'not settled'} ms, longest task ${longestTaskMs} ms`);
    targets.push(target(`open ${screen} (page load), N=${label}`, contentMs, 'ms', openLimit));
    targets.push(
      target(`longest task, ${screen} (page load), N=${label}`, longestTaskMs, 'ms', taskLimit),
    );
  }
  // The same screens opened from inside the app, one after the other (the workspace open).
  const inApp: { screen: string; contentMs: number | null; longestTaskMs: number }[] = [];
  for (const screen of opened) {
    const figure = await openInApp(page, ws, screen);
    inApp.push({ screen, ...figure });
    console.log(
      `   ${screen} from the app: ${figure.contentMs ?? 'not settled'} ms, longest task ${figure.longestTaskMs} ms`,
    );
    targets.push(
      target(`open ${screen} in the app, N=${label}`, figure.contentMs, 'ms', openLimit),
    );
    targets.push(
      target(
        `longest task, ${screen} in the app, N=${label}`,
        figure.longestTaskMs,
        'ms',
        taskLimit,
      ),
    );
  }
  if (only) {
    await page.context().close();
    return {
      report: { insertMs, firstOpenMs, firstOpenTaskMs, copyWrittenMs, screens, inApp },
      targets,
    };
  }

  await page.goto(`/w/${ws}/export`);
  await page.locator('#main h1').waitFor();
  const csv = await timedDownload(page, 'Ranked list (CSV)');
  const xlsx = await timedDownload(page, 'Workbook (XLSX)');
  console.log(`   CSV export ${csv.ms} ms, XLSX export ${xlsx.ms} ms`);

  // The backup of this workspace, imported back as a new workspace through the Import panel.
  const before = await useCaseCount(page);
  const backup = await timedDownload(page, 'Backup of this workspace (JSON)');
  const bytes = readFileSync(backup.path);
  const t0 = Date.now();
  await page.getByLabel('Choose a backup file (.json.gz or .json)').setInputFiles({
    name: 'backup.json.gz',
    mimeType: 'application/gzip',
    buffer: bytes,
  });
  await page.getByRole('button', { name: 'Import as a new workspace' }).click({ timeout: 600_000 });
  await page.getByText('Imported as a new workspace.').waitFor({ timeout: 600_000 });
  const importMs = Date.now() - t0;
  const roundTripOk = (await useCaseCount(page)) - before === n;
  console.log(`   backup ${backup.ms} ms (${bytes.length} bytes), import ${importMs} ms`);

  const heap = await page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return (
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0
    );
  });
  await page.context().close();
  targets.push(target(`heap after the screens, N=${label}`, heap / 1e6, 'MB', 400));
  return {
    report: {
      insertMs,
      firstOpenMs,
      firstOpenTaskMs,
      copyWrittenMs,
      screens,
      inApp,
      csvExportMs: csv.ms,
      xlsxExportMs: xlsx.ms,
      backup: { exportMs: backup.ms, bytes: bytes.length, importMs, roundTripOk },
      heapMB: Math.round(heap / 1e5) / 10,
    },
    targets,
  };
}
