import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookOf1200 } from './support/book';
import { giveName, type Lang } from './support/clarte';
import { appPerTest, insertBundle, picturesWanted, screenshotDir } from './support/app';

// Issue 15: the book's summary of a part fits the laptop screens a facilitator brings, without
// scrolling sideways, in both languages, long titles wrapped on several lines; and a page not
// drawn yet is as tall as the pages drawn so far on average (the scrollbar does not jump).
const PART = 50;
/** The widest screens that still must fit: a common laptop and a small projector's. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** What the user reads (kept here, not taken from the app). */
const TEXT = {
  en: {
    locale: 'en-US',
    heading: 'Book of business cases',
    summary: 'Ranked summary',
    // A long title, and a project code: one word that no line break may split.
    long: 'of every supplier invoice received by post, by e-mail or through the purchasing portal',
    word: 'PRJ_FIN_SUPPLIER_INVOICE_RECONCILIATION_3WAY_MATCHING',
  },
  fr: {
    locale: 'fr-FR',
    heading: 'Recueil des fiches business case',
    summary: 'Récapitulatif classé',
    long: 'de chaque facture fournisseur reçue par courrier, par courriel ou par le portail achats',
    word: 'PRJ_FIN_RAPPROCHEMENT_FACTURES_FOURNISSEURS_BONS_DE_COMMANDE',
  },
} as const;

/** The summary's scrolling region and the page: what is wider than it shows. */
async function widths(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector('[data-testid="book-summary"] [role="region"]');
    const root = document.documentElement;
    return {
      scrollWidth: region?.scrollWidth ?? Number.NaN,
      clientWidth: region?.clientWidth ?? Number.NaN,
      pageScrollWidth: root.scrollWidth,
      pageClientWidth: root.clientWidth,
    };
  });
}

/**
 * Records, from the page's start, the latest height of every page while it is drawn, by its
 * place's id: the pages drawn so far, including those drawn then undrawn when scrolled away.
 */
const RECORD_DRAWN_HEIGHTS = `(() => {
  const heights = (window.__drawnHeights = {});
  const look = () => {
    for (const place of document.querySelectorAll('[data-testid="book-page"][data-drawn]'))
      heights[place.id] = place.getBoundingClientRect().height;
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** The heights of the pages drawn so far, and of the last place of the part (never drawn). */
async function heights(page: Page) {
  return page.evaluate(() => {
    const recorded = (window as unknown as { __drawnHeights: Record<string, number> })
      .__drawnHeights;
    const places = document.querySelectorAll('[data-testid="book-page"]');
    const last = places[places.length - 1];
    return {
      drawn: Object.values(recorded),
      lastDrawn: last?.hasAttribute('data-drawn') ?? true,
      last: last?.getBoundingClientRect().height ?? Number.NaN,
    };
  });
}

describe.each(['en', 'fr'] as const)('the book of %s 1,200 use cases', (lang: Lang) => {
  const session = appPerTest();
  const text = TEXT[lang];

  it('fits its summary to 1366 and 1280 px, and sizes the pages not drawn as the drawn ones', async () => {
    const bundle = bookOf1200(lang);
    // Every third title is long (about 120 characters), every seventh starts with a long project code.
    const useCases = bundle.useCases.map((u, i) => ({
      ...u,
      title:
        i % 7 === 0 ? `${text.word} #${i + 1}` : i % 3 === 0 ? `${u.title} ${text.long}` : u.title,
    }));
    const { page } = await session.open({
      locale: text.locale,
      contextOptions: { viewport: SIZES[0] },
    });
    await page.addInitScript({ content: RECORD_DRAWN_HEIGHTS });
    await giveName(page, lang, 'Ada Lovelace');
    await insertBundle(page, { ...bundle, useCases });
    await page.goto(`/w/${bundle.workspace.id}/book`);
    await page.getByRole('heading', { level: 1, name: text.heading }).waitFor({ timeout: 60_000 });
    const summary = page.getByTestId('book-summary');
    await summary.getByRole('region', { name: text.summary }).waitFor({ timeout: 60_000 });
    expect(await summary.locator('tbody tr').count()).toBe(PART);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await summary.scrollIntoViewIfNeeded();
      if (picturesWanted())
        await summary.screenshot({
          path: path.join(screenshotDir(), `${lang}-book-summary-${size.width}x${size.height}.png`),
        });
      const seen = await widths(page);
      expect(seen.scrollWidth, `summary at ${size.width} px`).toBeLessThanOrEqual(seen.clientWidth);
      expect(seen.pageScrollWidth, `page at ${size.width} px`).toBeLessThanOrEqual(
        seen.pageClientWidth,
      );
    }

    // The pages drawn so far (with their charts) set the size of those not drawn yet.
    await page.locator('#book-case-2').scrollIntoViewIfNeeded();
    await page
      .locator('#book-case-2 [data-testid="business-case-page"] .recharts-polar-grid')
      .waitFor();
    await expect
      .poll(async () => {
        const seen = await heights(page);
        const average = seen.drawn.reduce((a, b) => a + b, 0) / seen.drawn.length;
        return seen.drawn.length > 0 && !seen.lastDrawn && Math.abs(seen.last - average) <= 1;
      })
      .toBe(true);
  }, 150_000);
});
