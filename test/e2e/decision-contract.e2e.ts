import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_DECIDED_ORDER,
  CONTRACT_EXPECTED,
  contractWorkspaceBundle,
} from '../fixtures/decision-contract';
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
    jsonReport: 'Decision report (JSON)',
    why: 'Why this score?',
    agreed: 'Agreed by the group: Board confirmed the supplier backlog',
    median: 'Median of 3',
  },
  fr: {
    ranking: 'Classement',
    rankedTable: 'Cas d’usage classés',
    export: 'Exporter',
    rankedCsv: 'Classement (CSV)',
    jsonReport: 'Rapport de décision (JSON)',
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

  it('shows the hand-worked order and numbers on the ranking, in "why this score", the CSV and the JSON report', async () => {
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

    // The JSON report, downloaded from the same screen: the decided order (the override moves
    // one use case), then the one to score and the blind round; full-precision figures equal to
    // the hand-worked fractions; the blind round's scores not in the file.
    await screenshot(page, `${lang}-decision-contract-export`);
    const report = JSON.parse(await download(page, text.jsonReport)) as {
      useCases: { id: string; rank: number | null; overall: number | null; scores: unknown }[];
    };
    expect(report.useCases.map((u) => u.id)).toEqual([
      ...CONTRACT_DECIDED_ORDER,
      'uc-churn',
      'uc-pricing',
    ]);
    for (const want of CONTRACT_EXPECTED) {
      const got = report.useCases.find((u) => u.id === want.id);
      expect(got?.rank).toBe(want.rank);
      expect(got?.overall).toBeCloseTo(want.exact.overall, 9);
    }
    expect(report.useCases.find((u) => u.id === 'uc-pricing')?.scores).toBeNull();
  });
});
