import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { grouped } from './support/clarte';
import { openLargeScreen } from './support/large-workspace';

// The portfolio's "needs" field listed every other use case in each of its 25 rows: at 10,000
// use cases, 178,000 options on the page and a freeze of about 5 s. It is now a search that
// lists at most 50 titles at a time.

const USE_CASES = 1500;
const LIMIT = 50;

/** What the user reads (kept here, not taken from the app). */
const T = {
  en: {
    heading: 'Portfolio',
    needs: (title: string) => `${title} needs`,
    more: (n: string) => `${n} use cases match: type more of a title to narrow.`,
  },
  fr: {
    heading: 'Portefeuille',
    needs: (title: string) => `${title} nécessite`,
    more: (n: string) =>
      `${n} cas d’usage correspondent : tapez davantage d’un titre pour affiner.`,
  },
} as const;

describe(`the portfolio's rules at ${USE_CASES.toLocaleString('en')} use cases`, () => {
  const session = appPerTest();

  for (const lang of ['en', 'fr'] as const) {
    it(`picks the use case one needs by searching, never from a list of all (${lang})`, async () => {
      const { page, bundle } = await openLargeScreen(session, {
        language: lang,
        person: 'Load Tester',
        screen: 'portfolio',
        heading: T[lang].heading,
        useCases: USE_CASES,
        seed: 23,
      });

      // The portfolio weighs the use cases still to do: neither done nor abandoned.
      const active = bundle.useCases.filter((u) => u.status !== 'done' && u.status !== 'abandoned');
      const firstRow = page
        .locator('#portfolio-rules ~ div tbody tr, section:has(#portfolio-rules) tbody tr')
        .first();
      await firstRow.waitFor();
      const firstTitle = (await firstRow.locator('td').nth(1).textContent()) ?? '';
      expect(active.some((u) => u.title === firstTitle)).toBe(true);

      const field = page.getByRole('combobox', { name: T[lang].needs(firstTitle), exact: true });
      // The field is scrolled into view first, as a person does before clicking it: the list
      // closes when the page scrolls under it (React Aria), and the page's scroll event comes a
      // frame after the scroll.
      await field.scrollIntoViewIfNeeded();
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      await field.click();
      const list = page.getByRole('listbox');
      await list.waitFor();
      // At most 50 titles listed, and the count of all the others (not the row itself).
      expect(await list.getByRole('option').count()).toBe(LIMIT);
      await page
        .getByText(T[lang].more(grouped(active.length - 1, lang)), { exact: true })
        .waitFor();
      await screenshot(page, `${lang}-portfolio-needs-search`);

      // Typing a title narrows the list to it; choosing puts it in the field.
      const needed = active.find((u) => u.title !== firstTitle && u.title.length > 8);
      expect(needed).toBeDefined();
      await field.fill(needed?.title ?? '');
      const option = page.getByRole('option', { name: needed?.title ?? '', exact: true });
      await option.click();
      await expect.poll(() => field.inputValue()).toBe(needed?.title);
      await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    });
  }
});
