import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { giveName, plain, type Lang } from './support/clarte';
import { settle } from './support/every-screen';
import { openLargeWorkspace } from './support/large-workspace';

// Issue 15, cold page loads: a ranked screen opened from its address reads the copy of its
// workspace's records (src/db/ranking-cache.ts) while nothing was written since it was taken, and
// the records themselves otherwise: a change made just before a reload is never hidden by it.

const USE_CASES = 1200;
const rankingRows = 'main table tbody tr';

/** What the user reads (kept here, not taken from the app). */
const T = {
  en: { edit: 'Edit', dialog: 'Edit the use case', title: 'Title', save: 'Save' },
  fr: { edit: 'Modifier', dialog: 'Modifier le cas d’usage', title: 'Titre', save: 'Enregistrer' },
} as const;

/** Counts the reads of use cases by workspace (one request for them all) the page makes. */
const COUNT_USE_CASE_READS = `(() => {
  window.__useCaseReads = 0;
  const getAll = IDBIndex.prototype.getAll;
  IDBIndex.prototype.getAll = function (...args) {
    if (this.objectStore.name === 'useCases' && this.name === 'workspaceId') window.__useCaseReads++;
    return getAll.apply(this, args);
  };
})();`;

const useCaseReads = (page: Page) =>
  page.evaluate(() => (window as unknown as { __useCaseReads: number }).__useCaseReads);

/** The keys of the copy of ranking records kept in the browser's Cache Storage. */
const copyKeys = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('clarte-ranking-records');
    return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
  });

/** The stamp the copy of a workspace's ranking records was taken under. */
const copyStamp = (page: Page, workspaceId: string) =>
  page.evaluate(async (id) => {
    const cache = await caches.open('clarte-ranking-records');
    const head = await cache.match(`/ranking-records/${id}/head`);
    return head ? ((await head.json()) as { stamp: string }).stamp : null;
  }, workspaceId);

const rowsOf = async (page: Page) => (await page.locator(rankingRows).allTextContents()).map(plain);

/** Whether the page has loaded the worker that checks a copy against the stored records. */
function checkWorkerLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => entry.name.includes('ranking-copy-check-worker')),
  );
}

describe('a ranked screen reopened from its address at 1,200 use cases', () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
    it(`${lang}: shows the ranking from the copy, and a change made just before a reload`, async () => {
      const app = await session.open({ locale: lang === 'en' ? 'en-US' : 'fr-FR' });
      const page = app.page;
      await app.context.addInitScript({ content: COUNT_USE_CASE_READS });
      await page.goto('/');
      const { workspaceId } = await openLargeWorkspace(page, 'ranking', {
        useCases: USE_CASES,
        steps: 20,
        seed: 11,
        language: lang,
      });
      await settle(page);
      const first = await rowsOf(page);
      expect(first.length).toBeGreaterThan(10);

      // Once reading has calmed down, the copy is written: 1,200 use cases in parts of 1,000.
      const prefix = `/ranking-records/${workspaceId}`;
      await expect
        .poll(() => copyKeys(page), { timeout: 30_000 })
        .toEqual([`${prefix}/head`, `${prefix}/part-0`, `${prefix}/part-1`]);

      // Reloaded: the same rows, and the use cases were not read from IndexedDB.
      await page.reload();
      await settle(page);
      await expect.poll(() => rowsOf(page)).toEqual(first);
      expect(await useCaseReads(page)).toBe(0);
      // A few seconds later the copy is checked against the stored records in a worker (under
      // the production headers), and the page still reads none of them itself.
      await expect.poll(() => checkWorkerLoaded(page), { timeout: 20_000 }).toBe(true);
      await page.waitForTimeout(1_000);
      expect(await useCaseReads(page)).toBe(0);
      await expect.poll(() => rowsOf(page)).toEqual(first);

      const stampBefore = await copyStamp(page, workspaceId);
      // The first use case renamed, and the ranking reopened at once (no new copy yet).
      const link = page.locator(`${rankingRows} a[href*="/use-cases/"]`).first();
      const title = plain(await link.textContent());
      await page.goto((await link.getAttribute('href'))!);
      await settle(page);
      await giveName(page, lang, 'Ada');
      await page.getByRole('button', { name: T[lang].edit, exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: T[lang].dialog });
      await dialog.getByLabel(T[lang].title, { exact: true }).fill(`${title} (bis)`);
      await dialog.getByRole('button', { name: T[lang].save, exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.goto(`/w/${workspaceId}/ranking`);
      await settle(page);
      await expect
        .poll(() => rowsOf(page))
        .toContainEqual(expect.stringContaining(`${title} (bis)`));
      // The copy was of before the change: the records were read.
      expect(await useCaseReads(page)).toBeGreaterThan(0);
      const renamed = await rowsOf(page);
      await screenshot(page, `ranking-cache-${lang}`);

      // A new copy is written under the new stamp; reloaded, it gives the renamed ranking.
      await expect
        .poll(() => copyStamp(page, workspaceId), { timeout: 30_000 })
        .not.toBe(stampBefore);
      await page.reload();
      await settle(page);
      await expect.poll(() => rowsOf(page)).toEqual(renamed);
      expect(await useCaseReads(page)).toBe(0);
    }, 180_000);
  }
});
