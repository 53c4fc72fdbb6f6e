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
    rankedTable: 'Cas d’usage classés',
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

/** The demo's fully scored use cases, by their titles in each language. */
const TITLES = {
  en: {
    invoiceCapture: 'Automatic supplier invoice capture',
    discrepancyAssistant: 'Invoice discrepancy assistant',
    approvalRouting: 'Smart approval routing and reminders',
    branchDataConsolidation: 'Automatic consolidation of branch data',
    regulatoryWatch: 'Assisted regulatory monitoring',
    selfServiceReset: 'Self-service password reset',
    ticketTriage: 'Automatic ticket triage and routing',
    instantQuotes: 'Instant job quotes for tradespeople',
    serviceChatbot: 'Customer service chatbot',
    deliveryDelayAlerts: 'Proactive late-delivery alerts',
    churnEarlyWarning: 'Early churn warning for trade accounts',
    fastAccountOpening: 'Fast trade account opening with credit scoring',
  },
  fr: {
    invoiceCapture: 'Lecture automatique des factures fournisseurs',
    discrepancyAssistant: 'Assistant de traitement des écarts de facturation',
    approvalRouting: 'Circuit de validation intelligent et relances',
    branchDataConsolidation: 'Consolidation automatique des données des agences',
    regulatoryWatch: 'Veille réglementaire assistée',
    selfServiceReset: 'Réinitialisation des mots de passe en libre-service',
    ticketTriage: 'Qualification et affectation automatiques des tickets',
    instantQuotes: 'Devis chantier instantanés pour les artisans',
    serviceChatbot: 'Agent conversationnel du service client',
    deliveryDelayAlerts: 'Alertes proactives de retard de livraison',
    churnEarlyWarning: 'Alerte précoce d’attrition des comptes pros',
    fastAccountOpening: 'Ouverture de compte pro accélérée avec score de crédit',
  },
} as const;
type DemoUseCase = keyof (typeof TITLES)['en'];

/*
 * The expected ranks, worked out by hand from SCORING.md and the demo's scorecards
 * (src/domain/demo/data/skeleton.json), not read from the app.
 *
 * Criteria in the order SV CI FP DM TC BI CR SA; TC and CR are "higher is worse" (o = 6 - s);
 * several raters: the mean per criterion of those who scored it (section 9);
 * overall = 25 * (sum(w * o) / W - 1) (section 4); ties on overall broken by value (section 7).
 *
 * Mean oriented scores (sum of the 8):
 *   invoiceCapture          4.5 1.5 5   4   4   2   4   5    = 30
 *   deliveryDelayAlerts     4   4.5 3   2.5 3   4.5 4   4    = 29.5
 *   instantQuotes           5   5   4   1.5 1.5 4   3   5    = 29
 *   branchDataConsolidation 4   1   3   3   4   3   3   5    = 26
 *   churnEarlyWarning       4.5 3.5 3   2   2   3   3   4.5  = 25.5
 *   ticketTriage            3   1   3   4   4   1   4   5    = 25
 *   selfServiceReset        3   1   3   5   5   1   4   3    = 25
 *   serviceChatbot          3   3   13/3 3  3   7/3 7/3 3    = 24
 *   approvalRouting         2   1   3   4   5   1   5   2    = 23
 *   discrepancyAssistant    3   1   3   3   3   1   4   4    = 22
 *   regulatoryWatch         3   1   2   2   3   3   2   4    = 20
 *   fastAccountOpening      3   3   2   2   2   2   1   2    = 17
 *
 * Frozen (all weights 1, W = 8): overall = 25 * (sum / 8 - 1): 68.75, 67.1875, 65.625, 56.25,
 * 54.6875, 53.125, 53.125, 50, 46.875, 43.75, 37.5, 28.125 in the order above. Ticket triage and
 * password reset tie at 53.125; value (SV CI FP BI SA, W = 5): triage 25 * (13/5 - 1) = 40 before
 * reset 25 * (11/5 - 1) = 30. So the frozen ranking is the order of the table.
 *
 * Then the weight of SV becomes 3 (W = 10), and Sophie Garnier, a new rater, gives the last one
 * (fastAccountOpening) SV 5 and FP 5: its means become SV (3 + 5) / 2 = 4, FP (2 + 5) / 2 = 3.5,
 * its sum 17 + 1 + 1.5 = 19.5. Now overall = 25 * ((sum + 2 * SV) / 10 - 1):
 *   invoiceCapture (30 + 9) = 72.5; deliveryDelayAlerts (29.5 + 8) = 68.75;
 *   instantQuotes (29 + 10) = 72.5; branchDataConsolidation (26 + 8) = 60;
 *   churnEarlyWarning (25.5 + 9) = 61.25; ticketTriage and selfServiceReset (25 + 6) = 52.5;
 *   serviceChatbot (24 + 6) = 50; approvalRouting (23 + 4) = 42.5;
 *   discrepancyAssistant (22 + 6) = 45; regulatoryWatch (20 + 6) = 40;
 *   fastAccountOpening (19.5 + 8) = 43.75.
 * Ties, by value (W = 3 + 4 = 7): instantQuotes (15 + 5 + 4 + 4 + 5) / 7 = 33/7 before
 * invoiceCapture (13.5 + 1.5 + 5 + 2 + 5) / 7 = 27/7; ticketTriage 19/7 before selfServiceReset
 * 17/7. New ranking: instantQuotes, invoiceCapture, deliveryDelayAlerts, churnEarlyWarning,
 * branchDataConsolidation, ticketTriage, selfServiceReset, serviceChatbot, discrepancyAssistant,
 * fastAccountOpening, approvalRouting, regulatoryWatch.
 */
const FROZEN_RANKING: readonly DemoUseCase[] = [
  'invoiceCapture',
  'deliveryDelayAlerts',
  'instantQuotes',
  'branchDataConsolidation',
  'churnEarlyWarning',
  'ticketTriage',
  'selfServiceReset',
  'serviceChatbot',
  'approvalRouting',
  'discrepancyAssistant',
  'regulatoryWatch',
  'fastAccountOpening',
];
const NOW_RANKING: readonly DemoUseCase[] = [
  'instantQuotes',
  'invoiceCapture',
  'deliveryDelayAlerts',
  'churnEarlyWarning',
  'branchDataConsolidation',
  'ticketTriage',
  'selfServiceReset',
  'serviceChatbot',
  'discrepancyAssistant',
  'fastAccountOpening',
  'approvalRouting',
  'regulatoryWatch',
];
/** [use case, frozen rank, rank now] of those that moved, by their rank now. */
const EXPECTED_MOVES: readonly [DemoUseCase, number, number][] = [
  ['instantQuotes', 3, 1],
  ['invoiceCapture', 1, 2],
  ['deliveryDelayAlerts', 2, 3],
  ['churnEarlyWarning', 5, 4],
  ['branchDataConsolidation', 4, 5],
  ['discrepancyAssistant', 10, 9],
  ['fastAccountOpening', 12, 10],
  ['approvalRouting', 9, 11],
  ['regulatoryWatch', 11, 12],
];

async function decidedTitles(page: Page, lang: Lang): Promise<string[]> {
  await page.getByRole('link', { name: TEXT[lang].ranking, exact: true }).click();
  const table = page.getByRole('table', { name: TEXT[lang].rankedTable });
  await table.locator('tbody tr').first().waitFor();
  return (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(plain);
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
    const titles = TITLES[lang];
    // The ranking screen shows the frozen ranking worked out above.
    expect(await decidedTitles(page, lang)).toEqual(FROZEN_RANKING.map((key) => titles[key]));

    // Freeze the decision of the workshop.
    await page.getByRole('link', { name: text.changes, exact: true }).click();
    await page.getByLabel(text.name, { exact: true }).fill('Workshop decision');
    await page.getByRole('button', { name: text.freeze }).click();
    await page.getByTestId('snapshot-row').filter({ hasText: 'Workshop decision' }).waitFor();

    // A weight and two scores change.
    await page.getByRole('link', { name: text.weights, exact: true }).click();
    await page.getByLabel(text.weightOf, { exact: true }).fill('3');
    await page.getByLabel(text.weightOf, { exact: true }).press('Tab');
    await page.getByText(text.saved).waitFor();
    const last = titles.fastAccountOpening;
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
    // The ranking screen shows the new ranking worked out above.
    await expect
      .poll(() => decidedTitles(page, lang))
      .toEqual(NOW_RANKING.map((key) => titles[key]));
    const expected = EXPECTED_MOVES.map(([key, from, to]): [string, number, number] => [
      titles[key],
      from,
      to,
    ]);

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
      expected,
    );
    for (const [title, from, to] of expected) {
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
