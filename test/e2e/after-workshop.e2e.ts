import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { giveName, plain, scoreCriterion, type Lang } from './support/clarte';
import { appPerTest, screenshot } from './support/app';

/** What the user reads (typed here, not taken from the app). */
const TEXT = {
  en: {
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    changes: 'What changed',
    weights: 'Weights',
    weightOf: 'Weight of Strategic business value',
    saved: 'Saved. The ranking and the matrix use these weights.',
    exceptions: 'Exceptions',
    delivered: 'Promised and delivered',
    name: 'Name',
    freeze: 'Freeze the decision',
    scoresTab: 'Scores',
    businessCaseTab: 'Business case',
    invoiceCapture: 'Automatic supplier invoice capture',
    recordFor: (title: string) => `Record the review of “${title}”`,
    actual: 'Actual value of the success measure',
    realised: 'Realised yearly benefit',
    machine: 'Cases handled by the machine',
    person: 'Cases taken over by a person',
    outcome: 'Outcome',
    reason: 'Reason',
    record: 'Record the review',
    keep: 'Keep',
    // (6 − 9.4) / (4.5 − 9.4) = 0.694 -> 69 %; 900 / 1,000 = 90 %;
    // estimate: 48,000 × 6 min / 60 × 38 €/h × 80 % = 145,920.
    deliveredCells: ['9.4', '4.5', '6', '69 %', '145,920', '60,000', '90 %', 'Keep'],
  },
  fr: {
    ranking: 'Classement',
    rankedTable: "Cas d'usage classés",
    changes: 'Ce qui a changé',
    weights: 'Pondérations',
    weightOf: 'Pondération de Valeur commerciale stratégique',
    saved: 'Enregistré. Le classement et la matrice utilisent ces pondérations.',
    exceptions: 'Exceptions',
    delivered: 'Promis et livré',
    name: 'Nom',
    freeze: 'Figer la décision',
    scoresTab: 'Notes',
    businessCaseTab: 'Fiche business case',
    invoiceCapture: 'Lecture automatique des factures fournisseurs',
    recordFor: (title: string) => `Enregistrer la revue de « ${title} »`,
    actual: 'Valeur réelle de la mesure de succès',
    realised: 'Gain annuel réalisé',
    machine: 'Cas traités par la machine',
    person: 'Cas repris par une personne',
    outcome: 'Décision',
    reason: 'Raison',
    record: 'Enregistrer la revue',
    keep: 'Garder',
    deliveredCells: ['9,4', '4,5', '6', '69 %', '145 920', '60 000', '90 %', 'Garder'],
  },
} as const;

async function decidedTitles(page: Page, lang: Lang): Promise<string[]> {
  await page.getByRole('link', { name: TEXT[lang].ranking, exact: true }).click();
  const table = page.getByRole('table', { name: TEXT[lang].rankedTable });
  await table.locator('tbody tr').first().waitFor();
  return (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(plain);
}

/** The moves from one ranking to the other: [title, from, to] of those whose position changed. */
function movesBetween(before: string[], after: string[]): [string, number, number][] {
  return after
    .map((title, i): [string, number, number] => [title, before.indexOf(title) + 1, i + 1])
    .filter(([, from, to]) => from > 0 && from !== to);
}

/** French numbers use narrow no-break spaces: compare with plain spaces. */
const spaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('after the workshop in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it('freezes, compares with now, then reviews a hypothesis at its date', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Sophie Garnier');
    await page.getByRole('link', { name: /Maison Delorme/ }).click();
    const before = await decidedTitles(page, lang);

    // Freeze the decision of the workshop.
    await page.getByRole('link', { name: text.changes, exact: true }).click();
    await page.getByLabel(text.name, { exact: true }).fill('Workshop decision');
    await page.getByRole('button', { name: text.freeze }).click();
    await page.getByTestId('snapshot-row').filter({ hasText: 'Workshop decision' }).waitFor();

    // A weight and two scores change.
    await page.getByRole('link', { name: text.weights, exact: true }).click();
    await page.getByLabel(text.weightOf, { exact: true }).fill('3');
    await page.getByText(text.saved).waitFor();
    const last = before.at(-1) ?? '';
    await page.getByRole('link', { name: text.ranking, exact: true }).click();
    await page
      .getByRole('table', { name: text.rankedTable })
      .getByRole('link', { name: last, exact: true })
      .click();
    await page.getByRole('tab', { name: text.scoresTab }).click();
    await scoreCriterion(page, lang, 'strategicValue', 5);
    await scoreCriterion(page, lang, 'financialPotential', 5);
    await page
      .getByRole('button', { name: lang === 'en' ? 'Save my scores' : 'Enregistrer mes notes' })
      .click();
    const after = await decidedTitles(page, lang);
    const expected = movesBetween(before, after);
    expect(expected.length).toBeGreaterThan(0);

    // Compare the snapshot with now: the chart and the table show those moves.
    await page.getByRole('link', { name: text.changes, exact: true }).click();
    const chart = page.getByTestId('slope-chart');
    await chart.waitFor();
    await expect.poll(() => page.getByTestId('rank-move').count()).toBe(expected.length);
    const rows = await page
      .getByTestId('rank-move')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent ?? ''),
        ),
      );
    expect(rows.map(([title, from, to]) => [plain(title ?? ''), Number(from), Number(to)])).toEqual(
      [...expected].sort((a, b) => a[2] - b[2]),
    );
    for (const [title, from, to] of expected.filter(([, f, t]) => f <= 15 || t <= 15)) {
      const line = chart.locator(`[data-testid="slope-line"][data-title="${title}"]`);
      expect(await line.getAttribute('data-from')).toBe(String(from));
      expect(await line.getAttribute('data-to')).toBe(String(to));
    }
    // The two scores changed, with who changed them.
    const scoreRows = page.getByTestId('score-change').filter({ hasText: last });
    expect(await scoreRows.count()).toBe(2);
    expect(plain(await scoreRows.first().textContent())).toContain('Sophie Garnier');
    const labels = await chart
      .locator('text')
      .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(16);
    await screenshot(page, `${lang}-after-workshop-changes`);
    // Each difference opens the audit trail filtered on it: the two scores saved are there.
    await scoreRows.first().getByRole('link').click();
    const filter = page.getByTestId('audit-filter');
    await filter.waitFor();
    expect(plain(await filter.textContent())).toContain(last);
    await expect.poll(() => page.getByText('Sophie Garnier').count()).toBeGreaterThan(0);
    await screenshot(page, `${lang}-after-workshop-audit`);

    // The review date passes: invoice capture (review on 31 March 2027) waits for its owner.
    await page.clock.setFixedTime(new Date('2027-04-01T10:00:00'));
    await page.getByRole('link', { name: text.exceptions, exact: true }).click();
    await page.getByRole('button', { name: text.recordFor(text.invoiceCapture) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(text.actual).fill('6');
    await dialog.getByLabel(text.realised).fill(lang === 'en' ? '60000' : '60 000');
    await dialog.getByLabel(text.machine).fill('900');
    await dialog.getByLabel(text.person).fill('100');
    await dialog.getByLabel(text.outcome).selectOption('keep');
    await dialog.getByLabel(text.reason).fill('Cost per invoice went down');
    await screenshot(page, `${lang}-after-workshop-review`);
    await dialog.getByRole('button', { name: text.record }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('button', { name: text.recordFor(text.invoiceCapture) }).count())
      .toBe(0);

    // Promised against delivered, and the business case shows the review.
    await page.getByRole('link', { name: text.delivered, exact: true }).click();
    const row = page.getByTestId('delivered-row').filter({ hasText: text.invoiceCapture });
    await row.waitFor();
    const cells = (await row.locator('td').allTextContents()).map((c) => spaces(plain(c)));
    expect(cells.slice(3)).toEqual(text.deliveredCells.map(spaces));
    await screenshot(page, `${lang}-after-workshop-delivered`);
    await row.getByRole('link', { name: text.invoiceCapture }).click();
    const summary = page.getByTestId('review-summary');
    await summary.waitFor();
    expect(plain(await summary.textContent())).toContain('Cost per invoice went down');
    expect(plain(await summary.textContent())).toContain(text.keep);
    await screenshot(page, `${lang}-after-workshop-business-case`);
  }, 240_000);
});
