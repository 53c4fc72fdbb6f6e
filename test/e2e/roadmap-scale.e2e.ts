import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { giveName, plain, type Lang } from './support/clarte';
import { appPerTest, insertBundle, screenshot } from './support/app';

const TEXT = {
  en: {
    locale: 'en-US',
    heading: 'Roadmap',
    backlog: 'Backlog',
    now: 'Now',
    showMore: 'Show 25 more',
    moveMenu: (title: string) => `Move to… (${title})`,
    toNow: 'To Now',
    up: 'Up one place',
    why: 'Why this move?',
    reason: 'Reason',
    reasonText: 'Sponsor asked for it first',
    rank: /^Rank (\d+)$/,
  },
  fr: {
    locale: 'fr-FR',
    heading: 'Feuille de route',
    backlog: 'Réservoir',
    now: 'Maintenant',
    showMore: 'Afficher 25 de plus',
    moveMenu: (title: string) => `Déplacer vers… (${title})`,
    toNow: 'Vers Maintenant',
    up: 'Monter d’un rang',
    why: 'Pourquoi ce déplacement ?',
    reason: 'Raison',
    reasonText: 'Le commanditaire le veut d’abord',
    rank: /^Rang (\d+)$/,
  },
} as const;

async function titlesIn(page: Page, column: string): Promise<string[]> {
  const rows = page.getByRole('grid', { name: column, exact: true }).getByRole('row');
  const texts: string[] = [];
  for (const row of await rows.all()) {
    texts.push(plain(await row.locator('[class*="cardTitle"]').textContent()));
  }
  return texts;
}

/** Moves a card by its "Move to…" menu; a move that needs a reason gets one. */
async function moveByMenu(page: Page, lang: Lang, title: string, item: string): Promise<void> {
  const text = TEXT[lang];
  await page.getByRole('button', { name: text.moveMenu(title), exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: text.why });
  const done = page.getByRole('status').filter({ hasText: title });
  await Promise.race([dialog.waitFor(), done.first().waitFor()]);
  if (await dialog.isVisible()) {
    await dialog.getByLabel(text.reason).fill(text.reasonText);
    await dialog
      .getByRole('button')
      .filter({ hasText: /Move it|Le déplacer/ })
      .click();
    await dialog.waitFor({ state: 'detached' });
  }
}

describe('the roadmap of 1,500 use cases', () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as const) {
    it(`shows its backlog 25 cards at a time, and a card moved from far down lands where intended (${lang})`, async () => {
      const text = TEXT[lang];
      const bundle = buildLargeWorkspace({
        useCases: 1500,
        steps: 100,
        seed: 11,
        now: '2026-11-01T09:00:00.000Z',
        language: lang,
      });
      const { page } = await session.open({ locale: text.locale });
      await giveName(page, lang, 'Load Tester');
      await insertBundle(page, bundle);
      await page.goto(`/w/${bundle.workspace.id}/roadmap`);
      await page
        .getByRole('heading', { level: 1, name: text.heading })
        .waitFor({ timeout: 60_000 });
      const backlog = page.getByRole('grid', { name: text.backlog, exact: true });
      await backlog.getByRole('row').first().waitFor({ timeout: 60_000 });

      // The waves are empty: the backlog holds most of the 1,500, drawn 25 at a time.
      expect(await backlog.getByRole('row').count()).toBe(25);
      const more = page
        .locator('[data-column="backlog"]')
        .getByRole('button', { name: new RegExp(`^${text.showMore}`) });
      await more.click();
      await expect.poll(() => backlog.getByRole('row').count()).toBe(50);
      await more.click();
      await expect.poll(() => backlog.getByRole('row').count()).toBe(75);

      // Card 75 is there once shown, on screen when scrolled to; the backlog is in rank order.
      const card75 = backlog.getByRole('row').nth(74);
      await card75.scrollIntoViewIfNeeded();
      expect(await card75.isVisible()).toBe(true);
      const ranks: number[] = [];
      for (const row of await backlog.getByRole('row').all()) {
        for (const span of await row.locator('span').allTextContents()) {
          const match = text.rank.exec(plain(span));
          if (match) ranks.push(Number(match[1]));
        }
      }
      expect(ranks.length).toBeGreaterThan(50);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

      // Card 60 (far below the first page) to Now, then the first card to Now (at its end),
      // then that one up one place: Now holds them in that order, the backlog no longer does.
      const titles = await titlesIn(page, text.backlog);
      const sixtieth = titles[59]!;
      const first = titles[0]!;
      await moveByMenu(page, lang, sixtieth, text.toNow);
      await expect.poll(() => titlesIn(page, text.now)).toEqual([sixtieth]);
      await moveByMenu(page, lang, first, text.toNow);
      await expect.poll(() => titlesIn(page, text.now)).toEqual([sixtieth, first]);
      await moveByMenu(page, lang, first, text.up);
      await expect.poll(() => titlesIn(page, text.now)).toEqual([first, sixtieth]);
      const left = await titlesIn(page, text.backlog);
      expect(left).not.toContain(sixtieth);
      expect(left).not.toContain(first);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `${lang}-roadmap-1500`);
    }, 300_000);
  }
});
