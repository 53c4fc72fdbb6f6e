import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, screenshot } from './support/app';
import { enterDemoWorkspace, openScreen, plain } from './support/clarte';

const TEXT = {
  en: {
    nav: 'Portfolio',
    budget: 'One-off budget',
    solve: 'Find the best portfolio',
    save: 'Save the chosen portfolio',
    adopt: "Use it as the roadmap's waves",
    roadmap: 'Roadmap',
    suggest: 'Suggest a roadmap',
    replace: 'Replace with the suggestion',
    chosenReason: 'Chosen in the portfolio',
    difference:
      /^(The best portfolio is worth [\d.,]+ more than going down the list\.|Going down the list finds the best portfolio here\.)$/,
    next: /^(Another 10 % of budget \([\d,]+\) buys [\d.,]+ more\.|Another 10 % of budget buys nothing more\.)$/,
  },
  fr: {
    nav: 'Portefeuille',
    budget: 'Budget ponctuel',
    solve: 'Trouver le meilleur portefeuille',
    save: 'Enregistrer le portefeuille retenu',
    adopt: 'En faire les vagues de la feuille de route',
    roadmap: 'Feuille de route',
    suggest: 'Suggérer une feuille de route',
    replace: 'Remplacer par la suggestion',
    chosenReason: 'Retenu dans le portefeuille',
    difference:
      /^(Le meilleur portefeuille vaut [\d\s,]+ de plus qu’en descendant la liste\.|En descendant la liste, on trouve ici le meilleur portefeuille\.)$/,
    next: /^(10 % de budget en plus \([\d\s]+\) apportent [\d\s,]+ de plus\.|10 % de budget en plus n’apportent rien de plus\.)$/,
  },
} as const;

/** Every CSP violation of the page from its first script on. */
function recordViolations(): void {
  const list: string[] = [];
  Object.assign(window, { __violations: list });
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(`${event.effectiveDirective} ${event.blockedURI}`);
  });
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** "Total: 1,234.5" / "Total : 1 234,5" -> 1234.5 */
function totalOf(text: string | null, lang: 'en' | 'fr'): number {
  const digits = plain(text).replace(/^[^\d]*/, '');
  const normal =
    lang === 'en'
      ? digits.replace(/,/g, '')
      : digits.replace(/[\s\u202f\u00a0]/g, '').replace(',', '.');
  return Number(normal);
}

describe('the portfolio under a budget, served with the production CSP', () => {
  const session = appPerTest();

  it.each([
    ['en-US', 'en'],
    ['fr-FR', 'fr'],
  ] as const)(
    'finds the best set, the greedy pick and the frontier (%s)',
    async (locale, lang) => {
      const app = await session.open({ locale, path: null });
      const { page } = app;
      await app.context.addInitScript(recordViolations);
      await page.goto('/');
      await enterDemoWorkspace(page, lang, 'Ada Lovelace');
      await openScreen(page, TEXT[lang].nav);

      const budget = page.getByLabel(TEXT[lang].budget);
      await budget.fill('100000');
      await budget.press('Tab');
      await page.getByRole('button', { name: TEXT[lang].solve }).click();

      const best = page.getByTestId('best-total');
      await best.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
        console.log(app.problems, plain(await page.locator('main').textContent()).slice(0, 2000));
        throw error;
      });
      const bestTotal = totalOf(await best.textContent(), lang);
      const greedyTotal = totalOf(await page.getByTestId('greedy-total').textContent(), lang);
      expect(bestTotal).toBeGreaterThan(0);
      expect(greedyTotal).toBeLessThanOrEqual(bestTotal);
      expect(plain(await page.getByTestId('portfolio-difference').textContent())).toMatch(
        TEXT[lang].difference,
      );
      expect(await page.getByTestId('chosen-table').locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('out-table').locator('tbody tr').count()).toBeGreaterThan(0);
      await page.getByTestId('frontier-chart').locator('svg').first().waitFor();
      expect(plain(await page.getByTestId('frontier-next').textContent())).toMatch(TEXT[lang].next);
      await screenshot(page, `portfolio-${lang}`);

      await page.getByRole('button', { name: TEXT[lang].save }).click();
      await page.getByTestId('saved-portfolio').waitFor();
      await page.getByRole('button', { name: TEXT[lang].adopt }).click();
      await openScreen(page, TEXT[lang].roadmap);
      // The suggestion now takes its waves from the saved portfolio.
      await page.getByRole('button', { name: TEXT[lang].suggest }).click();
      await page.getByRole('button', { name: TEXT[lang].replace }).click();
      await page.getByText(TEXT[lang].chosenReason).first().waitFor();

      expect(await violations(page)).toEqual([]);
    },
    240_000,
  );
});
