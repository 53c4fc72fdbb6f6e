import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildLargeWorkspace } from '../../src/domain/demo/large-workspace';
import { giveName, openScreen, type Lang } from './support/clarte';
import { appPerTest, insertBundle, screenshot } from './support/app';

const USE_CASES = 1500;

/** What the user reads on these screens (kept here, not taken from the app). */
const T = {
  en: {
    scoring: 'Scoring',
    useCases: 'Use cases',
    heatmapTab: 'Heatmap',
    workshopPages: 'Pages of Divergences to discuss',
    heatmapPages: 'Pages of Heatmap of divergence',
    search: 'Search by title or tag',
    businessCaseTab: 'Business case',
    preview: 'One-page business case',
    next: 'Next',
  },
  fr: {
    scoring: 'Évaluation',
    useCases: 'Cas d’usage',
    heatmapTab: 'Carte des écarts',
    workshopPages: 'Pages : Écarts à discuter',
    heatmapPages: 'Pages : Carte des écarts',
    search: 'Rechercher par titre ou étiquette',
    businessCaseTab: 'Fiche business case',
    preview: 'Fiche business case d’une page',
    next: 'Suivant',
  },
} as const;

/** Folded as a person searching expects: case and accents aside (written here, not the app's). */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const range = (lang: Lang, from: number, to: number, total: number) => {
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-US' : 'fr-FR');
  return `${n(from)}–${n(to)} ${lang === 'en' ? 'of' : 'sur'} ${n(total)}`;
};

/**
 * The large workspace has one participant; a second one scores the first 300 use cases, 2 points
 * away from the first on strategic value: each of those with a strategic value is a divergence.
 */
function withSecondOpinion(bundle: ReturnType<typeof buildLargeWorkspace>) {
  const first = bundle.participants[0];
  if (!first) throw new Error('no participant');
  const second = { ...first, id: 'lw-p-second', name: 'Second Opinion' };
  const cards = bundle.scorecards.slice(0, 300).map((card) => {
    const given = card.scores.strategicValue.score;
    const other = given === null ? null : given >= 3 ? given - 2 : given + 2;
    return {
      ...card,
      id: `${card.id}-second`,
      participantId: second.id,
      scores: { ...card.scores, strategicValue: { ...card.scores.strategicValue, score: other } },
    };
  });
  const divergences = cards.filter((c) => c.scores.strategicValue.score !== null).length;
  return {
    bundle: {
      ...bundle,
      participants: [...bundle.participants, second],
      scorecards: [...bundle.scorecards, ...cards],
    },
    divergences,
  };
}

async function rowCount(page: Page, name: string): Promise<number> {
  const table = page.getByRole('table', { name, exact: true });
  return Number(await table.getAttribute('aria-rowcount')) - 1;
}

describe(`group scoring, the use case list and a business case at ${USE_CASES} use cases`, () => {
  const session = appPerTest();

  it.each(['en', 'fr'] as const)(
    '%s: pages the divergences and the heatmap, filters the list, opens a business case',
    async (lang) => {
      const { bundle, divergences } = withSecondOpinion(
        buildLargeWorkspace({
          useCases: USE_CASES,
          steps: 100,
          seed: 11,
          now: '2026-11-01T09:00:00.000Z',
          language: lang,
        }),
      );
      const ui = T[lang];
      const app = await session.open({ locale: lang === 'en' ? 'en-US' : 'fr-FR' });
      const { page } = app;
      await giveName(page, lang, 'Load Tester');
      await insertBundle(page, bundle);
      await page.goto(`/w/${bundle.workspace.id}/use-cases`);
      await page.getByRole('table', { name: ui.useCases, exact: true }).waitFor();

      // Scoring, opened from inside the app: the divergences come 50 at a time.
      await openScreen(page, ui.scoring);
      const workshopPager = page.getByRole('navigation', { name: ui.workshopPages }).first();
      await workshopPager.waitFor({ timeout: 60_000 });
      const total = divergences;
      expect(total).toBeGreaterThan(100);
      await workshopPager.getByText(range(lang, 1, 50, total)).waitFor();
      const items = page.locator('main ol > li');
      expect(await items.count()).toBe(50);
      await screenshot(page, `${lang}-scale-scoring-workshop`);
      await workshopPager.getByRole('button', { name: ui.next }).click();
      await workshopPager.getByText(range(lang, 51, Math.min(100, total), total)).waitFor();
      expect(await page.locator('main ol').getAttribute('start')).toBe('51');

      // The heatmap: 100 rows at a time.
      await page.getByRole('tab', { name: ui.heatmapTab }).click();
      await page.getByRole('navigation', { name: ui.heatmapPages }).first().waitFor();
      expect(await page.locator('main table tbody tr').count()).toBe(100);
      await screenshot(page, `${lang}-scale-scoring-heatmap`);

      // The list of use cases filtered: folded words, every one in the title or a tag.
      await openScreen(page, ui.useCases);
      const first = bundle.useCases[0];
      if (!first) throw new Error('no use case');
      const verb = first.title.split(' ')[0] ?? '';
      const query = `${verb.toUpperCase()} #1`;
      const words = fold(query).split(/\s+/);
      const expected = bundle.useCases.filter((u) => {
        const text = fold([u.title, ...u.tags].join(' \n '));
        return words.every((w) => text.includes(w));
      });
      expect(expected.length).toBeGreaterThan(5);
      expect(expected.length).toBeLessThan(USE_CASES);
      await page.getByPlaceholder(ui.search).fill(query);
      await expect.poll(() => rowCount(page, ui.useCases)).toBe(expected.length);
      await screenshot(page, `${lang}-scale-use-cases-filtered`);
      // The first row is the first of the expected titles in the language's order.
      const collator = new Intl.Collator(lang);
      const firstTitle = expected.map((u) => u.title).sort(collator.compare)[0] ?? '';
      const firstLink = page
        .getByRole('table', { name: ui.useCases, exact: true })
        .locator('tbody a')
        .first();
      expect(await firstLink.textContent()).toBe(firstTitle);

      // Its business case, opened from the list.
      await firstLink.click();
      await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();
      await page.getByRole('tab', { name: ui.businessCaseTab }).click();
      const sheet = page.getByRole('region', { name: ui.preview });
      await sheet.waitFor({ timeout: 60_000 });
      await expect.poll(() => sheet.getByText(firstTitle).count()).toBeGreaterThan(0);
      await screenshot(page, `${lang}-scale-business-case`);
    },
    240_000,
  );
});
