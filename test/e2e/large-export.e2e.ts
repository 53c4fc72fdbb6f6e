import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/headers';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { giveName } from './support/clarte';
import { appPerTest, insertBundle, screenshot } from './support/app';

const USE_CASES = 1500;

async function downloadOf(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return download.path();
}

describe(`exports of ${USE_CASES.toLocaleString('en')} use cases under the Content Security Policy`, () => {
  const session = appPerTest();

  it('writes an XLSX, a CSV and a Markdown report of every use case, in the export worker', async () => {
    const bundle = buildLargeWorkspace({
      useCases: USE_CASES,
      steps: 100,
      seed: 11,
      now: '2026-11-01T09:00:00.000Z',
      language: 'en',
    });
    const app = await session.open({ locale: 'en-US' });
    const { page } = app;

    // The page is served as users get it: with the production server's Content-Security-Policy.
    const served = await page.request.get('/');
    expect(served.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");

    await giveName(page, 'en', 'Load Tester');
    await insertBundle(page, bundle);
    await page.goto(`/w/${bundle.workspace.id}/export`);
    await page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();

    // Cancelled while it runs: the bar and its button, then nothing downloaded. The export
    // worker's script is held back until the Cancel click, so the export cannot finish first
    // (its 1,500 rows take only a second or two in the worker).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested: () => void = () => undefined;
    const workerRequested = new Promise<void>((resolve) => (requested = resolve));
    await page.route('**/export-worker*', async (route) => {
      requested();
      await held;
      // The cancelled worker was terminated, and its request with it.
      await route.continue().catch(() => undefined);
    });
    await page.getByRole('button', { name: 'Workbook (XLSX)', exact: true }).click();
    await page.getByRole('progressbar', { name: 'Export progress' }).waitFor();
    // The bar shows at once; the worker's script is asked for a moment later. Cancel once it
    // is, so the click lands on a running export (an earlier Cancel has its own unit test).
    await workerRequested;
    await page.getByRole('button', { name: 'Cancel the export' }).click();
    await page.getByText('Export cancelled: nothing was downloaded.').waitFor();
    release();
    await page.unroute('**/export-worker*');
    await screenshot(page, 'en-large-export-cancelled');

    const sheets = await readXlsxFile(readFileSync(await downloadOf(page, 'Workbook (XLSX)')));
    expect(sheets.map((s) => s.sheet)).toEqual(['Roadmap', 'Ranking', 'Weights']);
    const ranking = sheets.find((s) => s.sheet === 'Ranking')?.data ?? [];
    // Every use case ranked, one row each under the header; ranks 1, 2, ... as numbers.
    expect(ranking.length).toBeGreaterThan(1000);
    expect(ranking.length).toBeLessThanOrEqual(USE_CASES + 1);
    expect(ranking[0]?.[0]).toBe('Rank');
    expect(ranking[1]?.[0]).toBe(1);
    const titles = new Set(bundle.useCases.map((u) => u.title));
    for (const row of ranking.slice(1)) expect(titles.has(String(row[1]))).toBe(true);

    const csv = readFileSync(await downloadOf(page, 'Ranked list (CSV)'), 'utf8');
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(ranking.length);

    const markdown = readFileSync(await downloadOf(page, 'Report (Markdown)'), 'utf8');
    // The report's ranking table goes from rank 1 to the last rank.
    expect(markdown).toContain('\n| 1 | ');
    expect(markdown).toContain(`\n| ${(ranking.length - 1).toLocaleString('en-GB')} | `);
    // Longer than its waits for a download (60 s each): else the test's default 60 s ends it first.
  }, 180_000);
});
