import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookOf1200, printTheBook } from './support/book';
import { giveName, plain, type Lang } from './support/clarte';
import { appPerTest, insertBundle, picturesWanted, screenshotDir } from './support/app';

/** Use cases per part of the book (shown and printed at once). */
const PART = 50;

/** What the user reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    locale: 'en-US',
    heading: 'Book of business cases',
    pager: 'Pages of Use cases of the book',
    range: (from: string, to: string) => `${from}–${to} of 1,200`,
    goTo: 'Go to use case no.',
    go: 'Go',
    print: 'Print / save as PDF',
    prints:
      'Print prints part 16 of 24: the cover, the summary and the pages of use cases 751–800 of 1,200. For the whole book, print each part in turn.',
    coverPart: 'Part 16 of 24: use cases 751–800 of 1,200',
    preparing: /Preparing the print: \d+ of 50 pages ready/,
    pending: 'This page is drawn when you scroll to it.',
  },
  fr: {
    locale: 'fr-FR',
    heading: 'Recueil des fiches business case',
    pager: 'Pages : Cas d’usage du recueil',
    range: (from: string, to: string) => `${from}–${to} sur 1 200`,
    goTo: 'Aller au cas d’usage n°',
    go: 'Aller',
    print: 'Imprimer / enregistrer en PDF',
    prints:
      'Imprimer imprime la partie 16 sur 24 : la couverture, le récapitulatif et les pages des cas d’usage 751 à 800 sur 1 200. Pour tout le recueil, imprimez chaque partie à son tour.',
    coverPart: 'Partie 16 sur 24 : cas d’usage 751 à 800 sur 1 200',
    preparing: /Préparation de l’impression : \d+ pages prêtes sur 50/,
    pending: 'Cette page s’affiche quand vous y arrivez.',
  },
} as const;

/** Pages drawn (with their content) and places of the part (drawn or not). */
async function pageCounts(page: Page): Promise<{ drawn: number; places: number }> {
  return page.evaluate(() => ({
    drawn: document.querySelectorAll('[data-testid="business-case-page"]').length,
    places: document.querySelectorAll('[data-testid="book-page"]').length,
  }));
}

/** The place of the book's n-th use case is on screen, drawn, its charts there. */
async function shownAndDrawn(page: Page, n: number): Promise<void> {
  const place = page.locator(`#book-case-${n}`);
  await place.locator('[data-testid="business-case-page"] .recharts-polar-grid').waitFor();
  const box = await place.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`no box for use case ${n}`);
  expect(box.y).toBeLessThan(viewport.height);
  expect(box.y + box.height).toBeGreaterThan(0);
}

/** The PDF of the page as printed (print media, A4); its page count and its text. */
async function printToPdf(page: Page, name: string): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(screenshotDir(), `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  // The cover, the summary and the first pages are enough to look at.
  if (picturesWanted())
    execFileSync('pdftoppm', ['-png', '-r', '50', '-l', '4', file, file.replace(/\.pdf$/, '')]);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: plain(text) };
}

describe.each(['en', 'fr'] as const)('the book of %s 1,200 use cases', (lang: Lang) => {
  const session = appPerTest();
  const text = TEXT[lang];

  it('draws only the pages near the viewport, goes to page K, and prints every page of the part', async () => {
    const bundle = bookOf1200(lang);
    const app = await session.open({ locale: text.locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await insertBundle(page, bundle);
    await page.goto(`/w/${bundle.workspace.id}/book`);
    await page.getByRole('heading', { level: 1, name: text.heading }).waitFor({ timeout: 60_000 });
    const pager = page.getByRole('navigation', { name: text.pager }).first();
    await pager.getByText(text.range('1', '50')).waitFor({ timeout: 60_000 });

    // The cover and the ranked summary of the part show at once; the pages, further down, wait
    // for the reader: none of them is drawn yet, but every one has its place and its heading.
    await page.getByTestId('book-cover').waitFor();
    expect(await page.getByTestId('book-summary').locator('tbody tr').count()).toBe(PART);
    const opened = await pageCounts(page);
    expect(opened.places).toBe(PART);
    expect(opened.drawn).toBeLessThan(8);
    expect(await page.locator('[data-testid="book-page"] h2').count()).toBe(PART);
    expect(plain(await page.getByTestId('book-page-pending').last().textContent())).toContain(
      text.pending,
    );
    if (picturesWanted())
      await page.screenshot({ path: path.join(screenshotDir(), `${lang}-book-1200-top.png`) });

    // Scrolling to the first page draws it, with its charts.
    await page.locator('#book-case-1').scrollIntoViewIfNeeded();
    await shownAndDrawn(page, 1);
    expect((await pageCounts(page)).drawn).toBeLessThan(8);

    // Scrolling down the part draws the pages it reaches and undraws those left far behind.
    await page.locator('#book-case-25').scrollIntoViewIfNeeded();
    await shownAndDrawn(page, 25);
    await expect
      .poll(() => page.locator('#book-case-1 [data-testid="business-case-page"]').count())
      .toBe(0);
    expect((await pageCounts(page)).drawn).toBeLessThan(8);
    if (picturesWanted())
      await page.screenshot({ path: path.join(screenshotDir(), `${lang}-book-1200-middle.png`) });

    // Going to use case 777: its part (751–800) is shown, and its page is in view, drawn.
    await page.getByLabel(text.goTo).fill('777');
    await page.getByLabel(text.goTo).press('Enter');
    await pager.getByText(text.range('751', '800')).waitFor();
    await shownAndDrawn(page, 777);
    const summaryTitle = await page
      .getByTestId('book-summary')
      .locator('tbody tr')
      .nth(777 - 751)
      .locator('th')
      .textContent();
    const pageTitle = await page
      .locator('#book-case-777 [data-testid="business-case-page"] h2')
      .textContent();
    expect(plain(pageTitle)).toBe(plain(summaryTitle));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('book-case-777');
    expect((await pageCounts(page)).drawn).toBeLessThan(8);
    expect(plain(await page.getByTestId('book-prints').textContent())).toBe(plain(text.prints));

    // Print: every page of the part is drawn first (a few per task, the status says so), then the
    // browser prints. window.print is recorded instead of opening the dialog.
    const printed = await printTheBook(page, text.print);
    expect(printed.pages).toBe(PART);
    expect(printed.statuses.length).toBeGreaterThan(1);
    for (const status of printed.statuses) expect(plain(status)).toMatch(text.preparing);
    expect(await page.getByTestId('book-page-pending').count()).toBe(0);
    const appendices = await page.getByTestId('business-case-appendix').count();
    const pdf = await printToPdf(page, `${lang}-book-1200-part16`);
    expect(pdf.pages).toBe(2 + PART + appendices);
    expect(pdf.text).toContain(plain(text.coverPart));

    // After printing the pages near the viewport alone are drawn again; the browser's own print
    // (its menu) draws every page of the part at once before printing.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(async () => (await pageCounts(page)).drawn).toBeLessThan(8);
    const beforePrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return document.querySelectorAll('[data-testid="business-case-page"]').length;
    });
    expect(beforePrint).toBe(PART);
  }, 300_000);
});
