import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { enterDemoWorkspace, plain } from './support/clarte';

const TEXT = {
  en: {
    weights: 'Weights',
    tab: 'Second opinion',
    tau: /^Agreement with the weighted sum \(Kendall's tau, 1 = same order, −1 = reversed\): -?[01](\.\d{1,2})?$/,
    table: 'Ranking by TOPSIS, with the weighted-sum rank',
  },
  fr: {
    weights: 'Pondérations',
    tab: 'Second avis',
    tau: /^Accord avec la somme pondérée \(tau de Kendall, 1 = même ordre, −1 = ordre inverse\) : -?[01](,\d{1,2})?$/,
    table: 'Classement par TOPSIS, avec le rang de la somme pondérée',
  },
} as const;

describe('TOPSIS as a second opinion on the weights screen', () => {
  const session = appPerTest();

  it.each([
    ['en-US', 'en'],
    ['fr-FR', 'fr'],
  ] as const)('compares the TOPSIS ranking with the weighted sum (%s)', async (locale, lang) => {
    const { page } = await session.open({ locale });
    await enterDemoWorkspace(page, lang, 'Ada Lovelace');
    await page.getByRole('navigation').getByRole('link', { name: TEXT[lang].weights }).click();
    await page.getByRole('tab', { name: TEXT[lang].tab }).click();
    await expect
      .poll(async () => plain(await page.getByTestId('second-opinion-tau').textContent()))
      .toMatch(TEXT[lang].tau);
    const table = page.getByRole('table', { name: TEXT[lang].table });
    // The demo ranks 13 use cases (see keyboard.e2e.ts): each has a TOPSIS rank, 1 to 13.
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(2);
    const ranks = (await table.locator('tbody tr td:first-child').allTextContents()).map(Number);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    await screenshot(page, `second-opinion-${lang}`);
  });
});
