import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXPECTED, contractWorkspaceBundle } from '../fixtures/decision-contract';
import { readCsv, readNumber } from '../fixtures/read-exports';
import { appPerTest, insertBundle, screenshot } from './support/app';
import { giveName, openScreen, plain, type Lang } from './support/clarte';

/** What the user reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    export: 'Export',
    rankedCsv: 'Ranked list (CSV)',
    why: 'Why this score?',
    agreed: 'Agreed by the group: Board confirmed the supplier backlog',
    median: 'Median of 3',
  },
  fr: {
    ranking: 'Classement',
    rankedTable: "Cas d'usage classés",
    export: 'Exporter',
    rankedCsv: 'Classement (CSV)',
    why: 'Pourquoi ce score ?',
    agreed: 'Convenue par le groupe : Board confirmed the supplier backlog',
    median: 'Médiane de 3',
  },
} as const;

/** A hand-worked figure as shown: one decimal, the language's decimal mark. */
const shown = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(n);

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('the contract workspace on screen in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it('shows the hand-worked order and numbers on the ranking, in "why this score" and in the CSV', async () => {
    const { page } = await session.open({ locale });
    await giveName(page, lang, 'Ada');
    await insertBundle(page, contractWorkspaceBundle(lang));
    await page.goto('/w/ws/ranking');
    const table = page.getByRole('table', { name: text.rankedTable });
    await table.locator('tbody tr').first().waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    // The model's order (ranks 1..5; the override shows beside it), every figure.
    for (const [i, want] of CONTRACT_EXPECTED.entries()) {
      const row = plain(await rows.nth(i).textContent());
      expect(row).toContain(want.title);
      for (const n of [want.overall, want.value, want.feasibility])
        expect(plain(row)).toContain(plain(shown(n, lang)));
    }
    // Neither the blind round's use case nor the one to score is ranked.
    expect(plain(await table.textContent())).not.toContain('Pricing copilot');
    await screenshot(page, `${lang}-decision-contract-ranking`);

    // "Why this score" of Supplier onboarding: 55.6, and its agreed score said so.
    await page.goto('/w/ws/use-cases/uc-supplier/explanation');
    const panel = page.locator('main');
    await panel.getByText(text.agreed).waitFor();
    expect(plain(await panel.textContent())).toContain(plain(shown(55.6, lang)));
    expect(plain(await panel.textContent())).toContain(text.median);
    await screenshot(page, `${lang}-decision-contract-why`);

    // The ranked-list CSV: the computed order and the same rounded numbers.
    await openScreen(page, text.export);
    const csv = readCsv(await download(page, text.rankedCsv), lang).slice(1);
    expect(csv.map((r) => [r[1], ...r.slice(2, 5).map((c) => readNumber(c ?? '', lang))])).toEqual(
      CONTRACT_EXPECTED.map((r) => [r.title, r.overall, r.value, r.feasibility]),
    );
  });
});
