import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { makeBackup } from '../../src/domain/exchange/backup-format';
import { appPerTest, expectNoProblems, screenshot } from './support/app';
import { giveName, plain } from './support/clarte';

// The import worker loads its spreadsheet reader with the first spreadsheet only (a module worker
// whose code is split): a backup never fetches it, a list in XLSX does, under the production
// headers (CSP script-src 'self', worker-src 'self') and offline once the app is installed.

const NOW = '2026-11-01T09:00:00.000Z';
const SPREADSHEET_READER = /\/assets\/spreadsheet-file-[\w-]+\.js$/;

const TEXT = {
  chooseBackup: 'Choose a backup file (.json.gz or .json)',
  summary: 'Backup of',
  importAsNew: 'Import as a new workspace',
  demo: /^Demo/,
  export: 'Export',
  chooseList: 'Choose a list (.csv, .xlsx)',
  importThree: 'Import 3 use cases',
};

/** Every script the page and its workers asked for, in order. */
function scriptsAskedFor(context: BrowserContext): string[] {
  const asked: string[] = [];
  context.on('request', (request) => {
    if (/\.js$/.test(new URL(request.url()).pathname)) asked.push(request.url());
  });
  return asked;
}

function backupFile(): { name: string; mimeType: string; buffer: Buffer } {
  const bundle = buildLargeWorkspace({ useCases: 30, steps: 5, seed: 9, now: NOW, language: 'en' });
  bundle.workspace.name = 'Small backup';
  const text = JSON.stringify(makeBackup([bundle], NOW, '0.1.0'));
  return { name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(text) };
}

async function spreadsheetFile(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const rows = [['Title'], ['Invoice matching'], ['Meeting notes'], ['Fraud alerts']].map((row) =>
    row.map((value) => ({ value })),
  );
  return {
    name: 'three.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await writeXlsxFile(rows).toBuffer(),
  };
}

/** Chooses a three-row XLSX list on the demo's Export screen and waits until it is read. */
async function importSpreadsheet(page: Page): Promise<void> {
  await page.getByRole('link', { name: TEXT.demo }).first().click();
  await page.getByRole('link', { name: TEXT.export, exact: true }).click();
  await page.getByRole('heading', { name: TEXT.export, level: 1 }).waitFor();
  await page.getByLabel(TEXT.chooseList).setInputFiles(await spreadsheetFile());
  await page.getByRole('button', { name: TEXT.importThree }).waitFor({ timeout: 30_000 });
}

describe('the import worker and its spreadsheet reader', () => {
  const session = appPerTest();

  it('reads a backup without the spreadsheet reader, and a spreadsheet with it, under the production headers', async () => {
    const app = await session.open({ locale: 'en-US' });
    const { page, context } = app;
    const asked = scriptsAskedFor(context);
    await giveName(page, 'en', 'Grace Hopper');

    await page.getByLabel(TEXT.chooseBackup).setInputFiles(backupFile());
    await page.getByRole('status').filter({ hasText: TEXT.summary }).waitFor();
    await page.getByRole('button', { name: TEXT.importAsNew }).click();
    const card = page.getByRole('listitem').filter({ hasText: /^Small backup/ });
    await card.waitFor({ timeout: 30_000 });
    await expect.poll(async () => plain(await card.textContent())).toContain('30 use cases');
    // The backup was read in the import worker, which never asked for the spreadsheet reader.
    // (`asked` is filled by a handler of events that reach this process on their own schedule:
    // it is read until they are in, not at one instant.)
    await expect
      .poll(() => asked.some((url) => /\/assets\/import-worker-[\w-]+\.js$/.test(url)))
      .toBe(true);
    expect(asked.filter((url) => SPREADSHEET_READER.test(url))).toEqual([]);

    await importSpreadsheet(page);
    // Loaded once, by the import worker, for the spreadsheet; no CSP violation nor error.
    await expect.poll(() => asked.filter((url) => SPREADSHEET_READER.test(url))).toHaveLength(1);
    expectNoProblems(app.problems);
    await screenshot(page, 'en-import-worker-spreadsheet');
    // Longer than its two waits of 30 s: else the test's default 60 s may end it before they do.
  }, 120_000);

  it('reads a spreadsheet offline once the app is installed (its reader precached)', async () => {
    const app = await session.open({
      locale: 'en-US',
      contextOptions: { serviceWorkers: 'allow' },
    });
    const { page, context } = app;
    await giveName(page, 'en', 'Grace Hopper');
    // Installed (every file of the build precached), then opened again offline, from the cache.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await importSpreadsheet(page);
    expectNoProblems(app.problems);
  }, 120_000);
});
