import { describe, expect, it } from 'vitest';
import {
  UI,
  giveName,
  plain,
  scoreCriterion,
  type CriterionKey,
  type Lang,
} from './support/clarte';
import { EXAMPLE_A } from '../fixtures/decision-builders';
import { checkAccessibility, screenshot, appPerTest } from './support/app';

// Example A of SCORING.md worked by hand (see src/domain/scoring/score-use-case.test.ts):
// raw 4, 3, 5, 4, 2, 3, 1, 4 -> oriented 4, 3, 5, 4, 4, 3, 5, 4 -> mean 4 -> overall 25 * 3 = 75
// value (4+3+5+3+4)/5 = 3.8 -> 70 ; feasibility (4+4+5)/3 -> 83.3 ; quick win.

const EXPECTED = {
  en: {
    overall: '75.0',
    value: '70.0',
    feasibility: '83.3',
    // contributions: fp +6.25, cr +6.25, then +3.125 for sv, dm, tc, sa (canonical order keeps sv first)
    sentence:
      'Ranked 1st of 1 with 75.0/100, mostly thanks to Financial potential, Compliance & operational risk and Strategic business value; nothing holds it back.',
    switchTo: 'Français',
    switchedHeading: 'Espaces de travail',
  },
  fr: {
    overall: '75,0',
    value: '70,0',
    feasibility: '83,3',
    sentence:
      'Classé 1er sur 1 avec 75,0/100. Ce qui le porte le plus : Potentiel financier, Conformité et risques opérationnels et Valeur commerciale stratégique. Rien ne le freine.',
    switchTo: 'English',
    switchedHeading: 'Workspaces',
  },
} as const;

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('the first slice in %s', (lang: Lang, locale) => {
  const ui = UI[lang];
  const expected = EXPECTED[lang];
  // Colour contrast does not depend on the language: checked on these screens in English.
  const a11y = { contrast: lang === 'en' };
  const session = appPerTest();

  it('creates a workspace, adds and scores a use case, ranks and explains it, and traces every change', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await screenshot(page, `${lang}-01-welcome`);
    await giveName(page, lang, 'Ada Lovelace');

    // The demo workspace is there on the first run.
    await page.getByRole('heading', { name: ui.workspaces, level: 1 }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('listitem')
          .filter({ hasText: /Maison Delorme/ })
          .count(),
      )
      .toBe(1);
    await screenshot(page, `${lang}-02-home`);
    expect(await checkAccessibility(page, a11y)).toEqual([]);

    // Create a workspace.
    await page.getByRole('button', { name: ui.newWorkspace }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(ui.name).fill('Pilot 2027');
    await dialog.getByRole('button', { name: ui.create }).click();
    // The new workspace opens at once.
    await page.getByRole('heading', { name: ui.useCases, level: 1 }).waitFor();
    expect(plain(await page.getByRole('banner').textContent())).toContain('Pilot 2027');

    // A use case without a title is refused, with the error next to the field.
    await page.getByRole('button', { name: ui.newUseCase }).click();
    await page.getByRole('dialog').getByRole('button', { name: ui.create }).click();
    await expect
      .poll(() => page.getByRole('dialog').getByRole('alert').textContent())
      .toBe(ui.titleRequired);
    await screenshot(page, `${lang}-03-use-case-form-error`);
    await page.getByRole('dialog').getByLabel(ui.title).fill('Invoice capture');
    await page.getByRole('dialog').getByRole('button', { name: ui.create }).click();

    // Score it: the guiding question and anchors are on screen.
    await page.getByRole('radiogroup', { name: ui.scoreFor(ui.criteria.strategicValue) }).waitFor();
    for (const [criterion, score] of Object.entries(EXAMPLE_A) as [CriterionKey, number][]) {
      await scoreCriterion(page, lang, criterion, score);
    }
    await page
      .getByLabel(ui.rationaleFor(ui.criteria.financialPotential))
      .fill('48,000 invoices a year');
    await screenshot(page, `${lang}-04-scoring`);
    expect(await checkAccessibility(page, a11y)).toEqual([]);
    await page.getByRole('button', { name: ui.saveScores }).click();

    // Ranked 1st, quick win, with the three scores of SCORING.md section 4.
    await page.getByRole('link', { name: ui.ranking }).click();
    const table = page.getByRole('table', { name: ui.rankedTable });
    const row = table.getByRole('row').filter({ hasText: 'Invoice capture' });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map(plain);
    expect(cells.slice(0, 6)).toEqual([
      '1',
      'Invoice capture',
      expected.overall,
      expected.value,
      expected.feasibility,
      ui.quickWin,
    ]);
    await screenshot(page, `${lang}-05-ranking`);
    expect(await checkAccessibility(page, a11y)).toEqual([]);

    // Why this score?
    await row.getByRole('link', { name: 'Invoice capture', exact: true }).click();
    await page.getByRole('tab', { name: ui.whyThisScore, selected: true }).waitFor();
    await expect
      .poll(async () => plain(await page.getByTestId('explanation-sentence').textContent()))
      .toBe(expected.sentence);
    // A bar per criterion that moves the score (customer impact and brand impact score 3: 0 points),
    // and all eight in the table beside it, to check by hand.
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBe(6);
    const figures = page.locator('table tbody tr');
    expect(await figures.count()).toBe(8);
    expect((await figures.first().allInnerTexts()).map(plain)[0]).toContain(
      ui.criteria.financialPotential,
    );
    await screenshot(page, `${lang}-06-explanation`);
    expect(await checkAccessibility(page, a11y)).toEqual([]);

    // The audit trail holds the creation and the scores, signed by the person.
    await page.getByRole('link', { name: ui.auditTrail }).click();
    const entries = page.getByRole('listitem').filter({ hasText: 'Ada Lovelace' });
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(4); // workspace, use case, participant, scores
    const texts = (await entries.allTextContents()).map(plain);
    expect(texts.some((t) => t.includes('Invoice capture'))).toBe(true);
    expect(texts.some((t) => t.includes('Pilot 2027'))).toBe(true);
    await screenshot(page, `${lang}-07-audit`);

    // Switch language; the choice is remembered.
    await page.getByRole('link', { name: 'Clarté' }).click();
    await page
      .getByRole('radio', { name: expected.switchTo })
      .or(page.getByRole('button', { name: expected.switchTo }))
      .click();
    await page.getByRole('heading', { name: expected.switchedHeading, level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: expected.switchedHeading, level: 1 }).waitFor();
  });
});
