import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../src/domain/schema/criterion';
import { fullScoresOf, sampleWorkspaceBundle } from '../fixtures/builders';
import { printTheBook } from './support/book';
import { giveName, openRankedUseCase, plain, type Lang } from './support/clarte';
import {
  checkAccessibility,
  insertBundle,
  pdfPagesToPng,
  screenshot,
  appPerTest,
} from './support/app';

const OUT = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** What the user reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    locale: 'en-GB',
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    demoCase: 'Automatic supplier invoice capture',
    tab: 'Business case',
    print: 'Print / save as PDF',
    book: 'Book of all business cases',
    save: 'Save the estimate',
    overall: '68.8',
    never: 'The estimate never sets the score: the rater decides.',
    inputs: {
      yearlyVolume: 'Yearly volume (items)',
      minutesSavedPerItem: 'Minutes saved per item',
      hourlyCost: 'Loaded hourly cost',
      adoptionRate: 'Expected adoption (%)',
      yearlyRevenueUplift: 'Yearly revenue uplift',
      oneOffCost: 'One-off cost',
      yearlyRunningCost: 'Yearly running cost',
    },
    continued: 'continued in the appendix',
    moreInAppendix: /\d+ more in the appendix/,
    printedOn: 'printed on',
    appendix: 'Appendix',
    quadrant: 'Quadrant',
    quickWin: 'Quick win',
  },
  fr: {
    locale: 'fr-FR',
    ranking: 'Classement',
    rankedTable: 'Cas d’usage classés',
    demoCase: 'Lecture automatique des factures fournisseurs',
    tab: 'Fiche business case',
    print: 'Imprimer / enregistrer en PDF',
    book: 'Recueil de toutes les fiches',
    save: 'Enregistrer l’estimation',
    overall: '68,8',
    never: 'L’estimation ne fixe jamais la note\u00a0: c’est l’évaluateur qui décide.',
    inputs: {
      yearlyVolume: 'Volume annuel (unités)',
      minutesSavedPerItem: 'Minutes gagnées par unité',
      hourlyCost: 'Coût horaire chargé',
      adoptionRate: 'Adoption attendue (%)',
      yearlyRevenueUplift: 'Hausse de revenus annuelle',
      oneOffCost: 'Coût initial',
      yearlyRunningCost: 'Coût de fonctionnement annuel',
    },
    continued: 'suite en annexe',
    moreInAppendix: /\d+ de plus en annexe/,
    printedOn: 'imprimé le',
    appendix: 'Annexe',
    quadrant: 'Quadrant',
    quickWin: 'Gain rapide',
  },
} as const;

// Worked by hand (SCORING.md section 11): 10,000 × 6 / 60 = 1,000 h × 40 = 40,000 × 100 %
// + 0 = 40,000 a year; net 40,000 − 1,800 = 38,200; payback 19,100 / 38,200 × 12 = 6 months;
// 3-year ROI (3 × 38,200 − 19,100) / 19,100 = 95,500 / 19,100 = 5 = 500 %.
const TYPED = {
  yearlyVolume: '10000',
  minutesSavedPerItem: '6',
  hourlyCost: '40',
  adoptionRate: '100',
  yearlyRevenueUplift: '0',
  oneOffCost: '19100',
  yearlyRunningCost: '1800',
} as const;

function expectedFigures(locale: string) {
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  const months = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'month',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    yearlyBenefit: money.format(40_000),
    yearlyNet: money.format(38_200),
    paybackMonths: months.format(6),
    threeYearRoi: percent.format(5),
  };
}

interface Printed {
  pages: number;
  text: string;
  pageSize: string;
}

/** Prints the page as the browser would (print media, A4, the page's @page rules). */
async function printToPdf(page: Page, name: string): Promise<Printed> {
  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT)) if (old.startsWith(`${name}-`)) rmSync(path.join(OUT, old));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // Count the page objects too, independently of pdfinfo.
  const objects = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(objects).toBe(pages);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  pdfPagesToPng(file, name);
  return { pages, text, pageSize: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
}

/**
 * Serious/critical axe violations, leaving out the header's backup status (another area's
 * element, whose muted text on the dark header is reported to its owner).
 */
async function accessibilityOfOwnContent(page: Page, lang: Lang) {
  // Colour contrast does not depend on the language: checked on these screens in English.
  const violations = await checkAccessibility(page, { contrast: lang === 'en' });
  return violations.filter((v) => !v.targets.every((target) => target.includes('_status_')));
}

async function chartsDrawn(page: Page): Promise<void> {
  await page.locator('[data-testid="business-case-page"] .recharts-polar-grid').first().waitFor();
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('the one-page business case in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it('estimates the money, then prints a demo case on exactly one A4 page', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await page.getByRole('link', { name: /Maison Delorme/ }).click();
    await openRankedUseCase(page, text, text.demoCase);
    await page.getByRole('tab', { name: text.tab }).click();
    await chartsDrawn(page);

    for (const [key, value] of Object.entries(TYPED) as [keyof typeof TYPED, string][]) {
      await page.getByLabel(text.inputs[key], { exact: true }).fill(value);
    }
    // A number field takes what was typed when one leaves it (React Aria NumberField).
    await page.keyboard.press('Tab');
    const results = page.getByTestId('financial-results');
    const expected = expectedFigures(text.locale);
    for (const [output, value] of Object.entries(expected)) {
      await expect
        .poll(() => results.locator(`[data-output="${output}"] dd`).textContent())
        .toBe(value);
    }
    expect(await page.getByText(text.never).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: text.save }).click();
    // Saved: the printable page shows the same figures.
    const sheet = page.getByTestId('business-case-page');
    await expect
      .poll(() => sheet.locator('[data-output="yearlyNet"] dd').textContent())
      .toBe(expected.yearlyNet);
    await screenshot(page, `${lang}-business-case`);
    expect(await accessibilityOfOwnContent(page, lang)).toEqual([]);

    const printed = await printToPdf(page, `${lang}-business-case-demo`);
    expect(printed.pages).toBe(1);
    expect(printed.pageSize).toContain('A4');
    const pdfText = plain(printed.text);
    expect(pdfText).toContain(text.demoCase);
    expect(pdfText).toContain('Sophie Garnier'); // the owner
    expect(pdfText).toContain(text.overall);
    expect(pdfText).toContain(plain(expected.yearlyNet));
    expect(pdfText).not.toContain(text.continued);
  }, 180_000);

  it('clamps long texts on the page and prints them in full on an appendix page', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await page.getByRole('link', { name: /Maison Delorme/ }).waitFor();
    const bundle = longTextBundle();
    await insertBundle(page, bundle);
    await page.goto(`/w/long-ws/use-cases/long-uc-match/businessCase`);
    await chartsDrawn(page);
    const sheet = page.getByTestId('business-case-page');
    expect(await sheet.getByText(text.continued).count()).toBeGreaterThan(0);
    await screenshot(page, `${lang}-business-case-long`);

    expect(await sheet.getByText(text.moreInAppendix).count()).toBe(2);

    const printed = await printToPdf(page, `${lang}-business-case-long`);
    expect(printed.pages).toBe(2);
    // Nothing is cut at the bottom of the first page: its footer is printed.
    const first = plain(
      execFileSync(
        'pdftotext',
        ['-f', '1', '-l', '1', path.join(OUT, `${lang}-business-case-long.pdf`), '-'],
        { encoding: 'utf8' },
      ),
    );
    expect(first).toContain(`Workspace long · ${text.printedOn}`);
    const pdfText = plain(printed.text);
    expect(pdfText).toContain(text.appendix);
    // The last words of the long intention are printed (in the appendix), not lost.
    expect(pdfText).toContain('END-OF-INTENTION');
    expect(pdfText).toContain('END-OF-RATIONALE');
  }, 180_000);

  it('prints the book: a cover, a ranked summary, then one page per use case', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await page.getByRole('link', { name: /Maison Delorme/ }).click();
    await openRankedUseCase(page, text, text.demoCase);
    await page.getByRole('tab', { name: text.tab }).click();
    await page.getByRole('link', { name: text.book }).click();
    await page.getByTestId('book-cover').waitFor();
    // Every use case has its place in the book; only the pages near the viewport are drawn.
    const all = await page.getByTestId('book-page').count();
    await page.getByLabel(text.quadrant, { exact: true }).selectOption('quickWin');
    await expect.poll(() => page.getByTestId('book-page').count()).toBeLessThan(all);
    const cases = await page.getByTestId('book-page').count();
    expect(cases).toBeGreaterThan(0);
    expect(await accessibilityOfOwnContent(page, lang)).toEqual([]);

    // Print draws every page first, then opens the browser's print (recorded here).
    expect((await printTheBook(page, text.print)).pages).toBe(cases);
    const appendices = await page.getByTestId('business-case-appendix').count();
    await page
      .locator('.recharts-polar-grid')
      .nth(cases - 1)
      .waitFor();
    await screenshot(page, `${lang}-book`);

    const printed = await printToPdf(page, `${lang}-book`);
    expect(appendices).toBe(0);
    expect(printed.pages).toBe(2 + cases);
    const pdfText = plain(printed.text);
    expect(pdfText).toContain('Maison Delorme');
    expect(pdfText).toContain(text.quickWin);
  }, 180_000);
});

/**
 * A fully scored use case whose texts are far too long for one page, with four divergences
 * and four decisions (one more of each than the page lists).
 */
function longTextBundle() {
  const bundle = sampleWorkspaceBundle('long');
  const long = (words: number, end: string) =>
    `${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')} ${end}`;
  const [match, ...others] = bundle.useCases;
  if (!match) throw new Error('sample bundle without use cases');
  bundle.useCases = [
    {
      ...match,
      title: `Invoice matching ${long(12, 'with a very long title')}`,
      intention: long(60, 'END-OF-INTENTION'),
      complianceNote: long(50, 'END-OF-COMPLIANCE'),
      humanLoop: { ...match.humanLoop, howToPause: long(40, 'END-OF-PAUSE') },
    },
    ...others,
  ];
  const ada = fullScoresOf({ strategicValue: 5, technicalComplexity: 1 });
  for (const id of CRITERION_IDS) ada[id].rationale = long(25, 'END-OF-RATIONALE');
  // Bob differs by 2 or more on four criteria: four divergences.
  const bob = fullScoresOf({
    strategicValue: 1,
    customerImpact: 5,
    financialPotential: 1,
    brandImpact: 5,
  });
  bundle.scorecards = bundle.scorecards.map((card) => {
    if (card.useCaseId !== match.id) return card;
    return { ...card, scores: card.participantId === 'long-p-ada' ? ada : bob };
  });
  const [, , divergence] = bundle.decisions;
  if (!divergence) throw new Error('sample bundle without a divergence resolution');
  bundle.decisions = [
    ...bundle.decisions,
    ...[1, 2].map((n) => ({
      ...divergence,
      id: `long-dec-more-${n}`,
      at: `2025-03-0${n + 1}T09:00:00.000Z`,
      reason: long(30, `END-OF-REASON-${n}`),
    })),
  ];
  return bundle;
}
