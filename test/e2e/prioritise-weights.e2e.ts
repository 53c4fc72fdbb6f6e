import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { giveName, plain, type Lang } from './support/clarte';
import { appPerTest, checkAccessibility, screenshot } from './support/app';
import { openLargeWorkspace } from './support/large-workspace';

/** What the user reads on the matrix and weights screens (typed here, not taken from the app). */
const TEXT = {
  en: {
    matrix: 'Matrix',
    weights: 'Weights',
    ranking: 'Ranking',
    quadrants: ['Quick win', 'Strategic bet', 'Fill-in', 'Deprioritise'],
    matrixTable: 'Use cases on the matrix',
    rankedTable: 'Ranked use cases',
    exportSvg: 'Export as SVG',
    exportPng: 'Export as PNG',
    weightOf: (c: string) => `Weight of ${c}`,
    strategicValue: 'Strategic business value',
    customerImpact: 'Customer-experience impact',
    financialPotential: 'Financial potential',
    brandImpact: 'Brand impact',
    pair: (a: string, b: string) => `${a} or ${b}`,
    tabPairwise: 'Pairwise comparisons',
    tabSets: 'Weight sets',
    tabWeights: 'Weights',
    tabSensitivity: 'Sensitivity',
    ri: "Saaty's random index RI(8) = 1.41",
    apply: 'Apply these weights',
    setName: 'Name of the set',
    rename: (name: string) => `Rename ${name}`,
    renameTitle: 'Rename the weight set',
    save: 'Save',
    saveSet: 'Save the current weights',
    firstSet: 'First set',
    secondSet: 'Second set',
    tau: /Kendall's tau between the two rankings: −?\d\.\d\d/,
    saved: 'Saved. The ranking and the matrix use these weights.',
    seed: 'Seed: 42. The same seed gives the same figures.',
    compute: 'Compute the robustness',
    inTopK: 'In the top 5',
    sizeMarks: 'Size the marks by yearly benefit',
    sizeLegend: /the largest mark is €[\d,.]+[KM]? a year/,
  },
  fr: {
    matrix: 'Matrice',
    weights: 'Pondérations',
    ranking: 'Classement',
    quadrants: ['Gain rapide', 'Projet structurant', 'Opportunité d’appoint', 'À écarter'],
    matrixTable: 'Cas d’usage de la matrice',
    rankedTable: 'Cas d’usage classés',
    exportSvg: 'Exporter en SVG',
    exportPng: 'Exporter en PNG',
    weightOf: (c: string) => `Pondération de ${c}`,
    strategicValue: 'Valeur commerciale stratégique',
    customerImpact: 'Impact sur l’expérience client',
    financialPotential: 'Potentiel financier',
    brandImpact: 'Impact sur la marque',
    pair: (a: string, b: string) => `${a} ou ${b}`,
    tabPairwise: 'Comparaisons par paires',
    tabSets: 'Jeux de pondérations',
    tabWeights: 'Pondérations',
    tabSensitivity: 'Sensibilité',
    ri: 'l’indice aléatoire de Saaty RI(8) = 1,41',
    apply: 'Appliquer ces pondérations',
    setName: 'Nom du jeu',
    rename: (name: string) => `Renommer ${name}`,
    renameTitle: 'Renommer le jeu de pondérations',
    save: 'Enregistrer',
    saveSet: 'Enregistrer les pondérations actuelles',
    firstSet: 'Premier jeu',
    secondSet: 'Second jeu',
    tau: /Tau de Kendall entre les deux classements : −?\d,\d\d/,
    saved: 'Enregistré. Le classement et la matrice utilisent ces pondérations.',
    seed: 'Graine : 42. La même graine donne les mêmes chiffres.',
    compute: 'Calculer la robustesse',
    inTopK: 'Parmi les 5 premiers',
    sizeMarks: 'Taille des marques selon le gain annuel',
    sizeLegend: /la plus grande marque vaut [\d\s\u202f,.]+(k|M)?\s?€ par an/,
  },
} as const;

async function openDemo(page: Page, lang: Lang): Promise<void> {
  await giveName(page, lang, 'Ada Lovelace');
  await page.getByRole('link', { name: /Maison Delorme/ }).click();
}

/**
 * Serious/critical violations inside the screen (<main>). The shared header belongs to other
 * specs: a violation there is reported by them, not here.
 */
async function screenViolations(page: Page) {
  const kept = [];
  for (const violation of await checkAccessibility(page)) {
    const targets: string[] = [];
    for (const target of violation.targets) {
      const inMain = await page.evaluate((selector) => {
        try {
          return document.querySelector(selector)?.closest('main') != null;
        } catch {
          return true;
        }
      }, target);
      if (inMain) targets.push(target);
    }
    if (targets.length > 0) kept.push({ ...violation, targets });
  }
  return kept;
}

async function tableTitles(page: Page, name: string): Promise<string[]> {
  const table = page.getByRole('table', { name });
  await table.locator('tbody tr').first().waitFor();
  return (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(plain);
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('prioritising in %s: matrix, weights, sensitivity', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it('shows the matrix with its quadrants, its table alternative, and exports it', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await openDemo(page, lang);
    await page.getByRole('link', { name: text.matrix, exact: true }).click();
    const plot = page.getByTestId('matrix-plot');
    await plot.waitFor();
    await page.locator('[data-use-case]').first().waitFor();
    for (const name of text.quadrants) {
      await plot.locator('svg text', { hasText: name }).first().waitFor();
    }
    await screenshot(page, `${lang}-matrix`);
    expect(await screenViolations(page)).toEqual([]);

    // The table lists the same use cases as the chart, and the ranking.
    const onMatrix = await tableTitles(page, text.matrixTable);
    const marks = await page.locator('[data-use-case]').count();
    expect(onMatrix.length).toBe(marks);
    expect(onMatrix.length).toBe(12);
    // Sized by yearly benefit: the marks take different sizes and a note says what the largest is.
    const widths = async () =>
      new Set(
        await page
          .locator('[data-use-case]')
          .evaluateAll((marks) => marks.map((m) => Math.round(m.getBoundingClientRect().width))),
      ).size;
    // Unsized: one size per shape (circles inside, diamonds outside).
    expect(await widths()).toBeLessThanOrEqual(2);
    await page.getByLabel(text.sizeMarks).check();
    await expect.poll(widths).toBeGreaterThan(3);
    await page.getByText(text.sizeLegend).waitFor();
    await page.getByLabel(text.sizeMarks).uncheck();
    await expect.poll(widths).toBeLessThanOrEqual(2);

    await page.getByRole('link', { name: text.ranking, exact: true }).click();
    const ranked = await tableTitles(page, text.rankedTable);
    expect([...onMatrix].sort()).toEqual([...ranked].sort());
    await page.getByRole('link', { name: text.matrix, exact: true }).click();
    await page.locator('[data-use-case]').first().waitFor();

    // Exports: an SVG that parses, a PNG with the PNG signature.
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.exportSvg }).click(),
    ]);
    const svgText = readFileSync(await svgDownload.path(), 'utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
      };
    }, svgText);
    expect(parsed).toEqual({ root: 'svg', errors: 0 });
    expect(svgText).toContain(text.quadrants[0]);
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.exportPng }).click(),
    ]);
    const png = readFileSync(await pngDownload.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);

    // A click on a mark opens its use case.
    const first = onMatrix[0] ?? '';
    await page.locator('[data-use-case]').last().click();
    await page.getByRole('heading', { level: 1, name: first }).waitFor();
  }, 180_000);

  it('moves the ranking with the weights, warns on inconsistent pairwise judgments, compares weight sets', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await openDemo(page, lang);
    await page.getByRole('link', { name: text.ranking, exact: true }).click();
    const before = await tableTitles(page, text.rankedTable);

    // A heavier strategic value: the ranking moves, on this screen and on the ranking.
    await page.getByRole('link', { name: text.weights, exact: true }).click();
    await page.getByLabel(text.weightOf(text.strategicValue), { exact: true }).fill('10');
    await page.getByLabel(text.weightOf(text.strategicValue), { exact: true }).press('Tab');
    await page.getByText(text.saved).waitFor();
    await page.getByTestId('mini-ranking-row').filter({ hasText: '▲' }).first().waitFor();
    await screenshot(page, `${lang}-weights`);
    expect(await screenViolations(page)).toEqual([]);
    await page.getByRole('link', { name: text.ranking, exact: true }).click();
    await expect
      .poll(async () => (await tableTitles(page, text.rankedTable)).join('|'))
      .not.toBe(before.join('|'));

    // Pairwise comparisons that contradict each other: SV >> CI >> FP >> SV.
    await page.getByRole('link', { name: text.weights, exact: true }).click();
    await page.getByRole('tab', { name: text.tabPairwise }).click();
    const pair = (a: string, b: string) => page.getByLabel(text.pair(a, b), { exact: true });
    await pair(text.strategicValue, text.customerImpact).selectOption('a9');
    await pair(text.customerImpact, text.financialPotential).selectOption('a9');
    await pair(text.strategicValue, text.financialPotential).selectOption('b9');
    const warning = page.getByRole('alert').filter({ has: page.getByTestId('disagreement') });
    await warning.waitFor();
    const listed = (await warning.getByTestId('disagreement').allTextContents()).map(plain);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed[0]).toContain(text.strategicValue);
    expect(plain(await page.locator('main').textContent())).toContain(text.ri);
    await screenshot(page, `${lang}-weights-pairwise`);
    expect(await screenViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text.apply }).click();

    // Two weight sets, compared.
    await page.getByRole('tab', { name: text.tabSets }).click();
    await page.getByLabel(text.setName, { exact: true }).fill('Direction');
    await page.getByRole('button', { name: text.saveSet }).click();
    await page.getByRole('list').getByText('Direction', { exact: true }).waitFor();
    await page.getByRole('tab', { name: text.tabWeights, exact: true }).click();
    await page.getByLabel(text.weightOf(text.brandImpact), { exact: true }).fill('6');
    await page.getByLabel(text.weightOf(text.brandImpact), { exact: true }).press('Tab');
    await page.getByText(text.saved).waitFor();
    await page.getByRole('tab', { name: text.tabSets }).click();
    await page.getByLabel(text.setName, { exact: true }).fill('Métiers');
    await page.getByRole('button', { name: text.saveSet }).click();
    await page.getByRole('list').getByText('Métiers', { exact: true }).waitFor();
    // Renamed in the one name dialog: it opens with the set's name, saves the new one.
    await page.getByRole('button', { name: text.rename('Métiers'), exact: true }).click();
    const rename = page.getByRole('dialog', { name: text.renameTitle });
    const nameField = rename.getByLabel(text.setName, { exact: true });
    // The form takes the set's name from its `values` (react-hook-form sets it in an effect after
    // the dialog is drawn): the field is read until it has it.
    await expect.poll(() => nameField.inputValue()).toBe('Métiers');
    await nameField.fill('Métiers et terrain');
    await screenshot(page, `${lang}-weights-rename`);
    await rename.getByRole('button', { name: text.save, exact: true }).click();
    await rename.waitFor({ state: 'detached' });
    await page.getByRole('list').getByText('Métiers et terrain', { exact: true }).waitFor();
    expect(await page.getByRole('list').getByText('Métiers', { exact: true }).count()).toBe(0);
    await page.getByLabel(text.firstSet, { exact: true }).selectOption({ label: 'Direction' });
    await page
      .getByLabel(text.secondSet, { exact: true })
      .selectOption({ label: 'Métiers et terrain' });
    await expect
      .poll(async () => plain(await page.getByTestId('kendall-tau').textContent()))
      .toMatch(text.tau);
    await screenshot(page, `${lang}-weights-sets`);
    expect(await screenViolations(page)).toEqual([]);

    // Sensitivity: intervals, then the robustness with its seed.
    await page.getByRole('tab', { name: text.tabSensitivity }).click();
    expect(plain(await page.getByTestId('robustness-seed').textContent())).toBe(text.seed);
    await page.getByRole('button', { name: text.compute }).click();
    await page.getByRole('columnheader', { name: text.inTopK }).waitFor();
    await screenshot(page, `${lang}-sensitivity`);
    expect(await screenViolations(page)).toEqual([]);
  }, 300_000);
});

describe('the matrix of 300 use cases, drawn on a canvas', () => {
  const session = appPerTest();

  /** The first row of the matrix table, and where its mark is on the page (from the scores). */
  async function firstOnMatrix(page: Page) {
    const row = page.getByRole('table', { name: TEXT.en.matrixTable }).locator('tbody tr').first();
    const cells = (await row.locator('td').allTextContents()).map(plain);
    const [, title = '', value = '', feasibility = ''] = cells;
    const plot = page.getByTestId('matrix-plot');
    const box = await plot.boundingBox();
    const [left = 0, top = 0, width = 0, height = 0] = (
      (await plot.getAttribute('data-plot')) ?? ''
    )
      .split(' ')
      .map(Number);
    if (!box) throw new Error('the matrix is not on screen');
    return {
      title,
      x: box.x + left + (Number(feasibility) / 100) * width,
      y: box.y + top + (1 - Number(value) / 100) * height,
    };
  }

  it('moves with the weights, tells a mark under the pointer, opens it on a click, exports it', async () => {
    const app = await session.open({ locale: 'en-US' });
    const { page } = app;
    await giveName(page, 'en', 'Ada Lovelace');
    const { workspaceId: id } = await openLargeWorkspace(page, 'matrix', {
      useCases: 300,
      steps: 40,
      seed: 5,
      language: 'en',
    });
    await page.locator('main canvas').waitFor();
    await screenshot(page, 'en-matrix-300');

    // Weights changed elsewhere (another tab): the best-ranked use case is another one.
    const weights = {
      strategicValue: 0.1,
      customerImpact: 0.1,
      financialPotential: 0.1,
      dataMaturity: 0.1,
      technicalComplexity: 0.1,
      brandImpact: 10,
      complianceRisk: 10,
      strategicAlignment: 0.1,
    };
    const topFive = async () =>
      (
        await page
          .getByRole('table', { name: TEXT.en.matrixTable })
          .locator('tbody tr td:nth-child(2)')
          .allTextContents()
      )
        .slice(0, 5)
        .join('|');
    const topBefore = await topFive();
    await page.evaluate(
      ([w, ws]) =>
        (
          window as unknown as {
            __clarteTest: { setWeights: (id: string, w: unknown) => Promise<void> };
          }
        ).__clarteTest.setWeights(ws, w),
      [weights, id] as const,
    );
    await expect.poll(topFive).not.toBe(topBefore);

    // The best-ranked mark is drawn on top: pointing at it names it, a click opens it.
    const best = await firstOnMatrix(page);
    await page.mouse.move(best.x, best.y);
    await expect
      .poll(async () => plain(await page.getByTestId('matrix-tooltip').textContent()))
      .toContain(best.title);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: TEXT.en.exportSvg }).click(),
    ]);
    const svgText = readFileSync(await svgDownload.path(), 'utf8');
    const marks = (svgText.match(/<(circle|path) /g) ?? []).length;
    expect(marks).toBeGreaterThan(200);
    await page.mouse.click(best.x, best.y);
    await page.getByRole('heading', { level: 1, name: best.title }).waitFor();
  }, 180_000);
});
