import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  UI,
  giveName,
  openScreen,
  plain,
  scoreCriterion,
  type CriterionKey,
  type Lang,
} from './support/clarte';
import {
  appPerTest,
  checkAccessibility as checkPageAccessibility,
  screenshot,
} from './support/app';

/** What the user reads on this area's screens (kept here, not taken from the app). */
const T = {
  en: {
    scoring: 'Scoring',
    participantsTab: 'Participants and settings',
    participantsUnderFraming: /participants?: managed under Framing › Participants$/,
    participantsTitle: 'Participants',
    workshopTab: 'Divergences to discuss',
    heatmapTab: 'Heatmap',
    scalesTab: 'Scales',
    blind: "Hide the others' scores until the facilitator reveals them",
    addParticipant: 'Add a participant',
    newParticipant: 'New participant',
    role: 'Role',
    editScale: (c: string) => `Edit the scale of ${c}`,
    guidingQuestion: 'Guiding question',
    scoringAs: 'Scoring as',
    saveFor: (n: string) => `Save the scores of ${n}`,
    hidden: 'Blind scoring',
    headerHidden: 'Scores hidden until the facilitator reveals them',
    rankSummary: /Rank \d+ of \d+/,
    reveal: 'Reveal scores',
    hideAgain: 'Hide again',
    unsaved: 'Unsaved scores',
    saveAndLeave: 'Save and leave',
    scoresTab: 'Scores',
    history: 'History',
    toDiscuss: 'To discuss',
    spread4: 'spread 4',
    resolveFor: (c: string, title: string) => `Record the agreement on ${c} for ${title}`,
    agreedScore: 'Agreed score',
    note: 'Note',
    record: 'Record the agreement',
    resolved: 'Resolved',
    departments: 'Departments',
    heatmapCaption: "Spread of the participants' scores, per use case and criterion",
    departmentsHint: 'the spread between departments',
    decided: 'Decided',
    overall: '56.3',
  },
  fr: {
    scoring: 'Évaluation',
    participantsTab: 'Participants et réglages',
    participantsUnderFraming: /participants?\s: gérés dans Cadrage › Participants$/,
    participantsTitle: 'Participants',
    workshopTab: 'Écarts à discuter',
    heatmapTab: 'Carte des écarts',
    scalesTab: 'Échelles',
    blind: 'Masquer les notes des autres jusqu’à ce que l’animateur les révèle',
    addParticipant: 'Ajouter un participant',
    newParticipant: 'Nouveau participant',
    role: 'Rôle',
    editScale: (c: string) => `Modifier l’échelle de ${c}`,
    guidingQuestion: 'Question directrice',
    scoringAs: 'Note attribuée par',
    saveFor: (n: string) => `Enregistrer les notes de ${n}`,
    hidden: 'Notation à l’aveugle',
    headerHidden: 'Notes masquées jusqu’à ce que l’animateur les révèle',
    rankSummary: /Rang \d+ sur \d+/,
    reveal: 'Révéler les notes',
    hideAgain: 'Masquer à nouveau',
    unsaved: 'Notes non enregistrées',
    saveAndLeave: 'Enregistrer et partir',
    scoresTab: 'Notes',
    history: 'Historique',
    toDiscuss: 'À discuter',
    spread4: 'écart 4',
    resolveFor: (c: string, title: string) => `Consigner la décision sur ${c} pour ${title}`,
    agreedScore: 'Note décidée',
    note: 'Note explicative',
    record: 'Consigner la décision',
    resolved: 'Tranché',
    departments: 'Les directions',
    heatmapCaption: 'Écart entre les notes des participants, par cas d’usage et critère',
    departmentsHint: 'l’écart entre directions',
    decided: 'Décision',
    overall: '56,3',
  },
} as const;

const TITLE = 'Shift planning';
const NEW_QUESTION = 'Does it move the 2027 plan forward?';

/**
 * Three people score on one laptop, blind: all 3 everywhere, except strategic value,
 * Ada 3, Claire 5, Bruno 1 -> mean 3 (overall 50), spread 5 - 1 = 4: to discuss.
 * The group agrees on 5: strategic value 5, the seven others 3 ->
 * overall = 25 * ((7 * 3 + 5) / 8 - 1) = 25 * 2.25 = 56.25 -> "56.3".
 */
async function scoreAll(page: Page, lang: Lang, strategicValue: number) {
  for (const c of Object.keys(UI[lang].criteria) as CriterionKey[]) {
    await scoreCriterion(page, lang, c, c === 'strategicValue' ? strategicValue : 3);
  }
}

/**
 * Serious/critical WCAG 2 A/AA violations of the screens this spec covers (checkAccessibility of
 * support/app.ts). The app header is left to its own specs: its backup status (another area,
 * being built at the same time) failed colour contrast on 23 Nov 2026. Colour contrast does not
 * depend on the language: it is checked on these screens in English.
 */
function checkAccessibility(page: Page, lang: Lang) {
  return checkPageAccessibility(page, { exclude: ['header'], contrast: lang === 'en' });
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('group scoring in %s', (lang: Lang, locale) => {
  const ui = UI[lang];
  const tx = T[lang];
  const sv = ui.criteria.strategicValue;
  const session = appPerTest();

  it('three participants score blind, reveal, resolve a divergence, and the ranking follows', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await page.getByRole('link', { name: /Maison Delorme/ }).click();
    await page.getByRole('heading', { name: ui.useCases, level: 1 }).waitFor();

    // Settings: blind scoring on; a third participant joins the two of the demo.
    await openScreen(page, tx.scoring);
    await page.getByRole('tab', { name: tx.workshopTab, selected: true }).waitFor();
    await screenshot(page, `${lang}-group-scoring-workshop-demo`);
    expect(await checkAccessibility(page, lang)).toEqual([]);
    await page.getByRole('tab', { name: tx.participantsTab }).click();
    // The box shows what is stored: it ticks once the setting is saved.
    await page.getByLabel(tx.blind).click();
    await expect.poll(() => page.getByLabel(tx.blind).isChecked()).toBe(true);
    // Participants are managed under Framing (issue 16): the settings tab links there.
    await page.getByRole('link', { name: tx.participantsUnderFraming }).click();
    await page.getByRole('heading', { name: tx.participantsTitle, level: 1 }).waitFor();
    await page.getByRole('button', { name: tx.addParticipant }).click();
    const add = page.getByRole('dialog', { name: tx.newParticipant });
    await add.getByLabel(ui.name, { exact: true }).fill('Bruno Petit');
    await add.getByLabel(tx.role).fill('COO');
    await add.getByRole('button', { name: tx.addParticipant }).click();
    await page.getByRole('rowheader', { name: 'Bruno Petit' }).waitFor();
    await screenshot(page, `${lang}-framing-participants`);
    expect(await checkAccessibility(page, lang)).toEqual([]);
    await openScreen(page, tx.scoring);
    await page.getByRole('tab', { name: tx.participantsTab }).click();
    expect(await page.getByLabel(tx.blind).isChecked()).toBe(true);
    await screenshot(page, `${lang}-group-scoring-participants`);
    expect(await checkAccessibility(page, lang)).toEqual([]);

    // Scales: the workspace's own guiding question shows where people score.
    await page.getByRole('tab', { name: tx.scalesTab }).click();
    await page.getByRole('button', { name: tx.editScale(sv) }).click();
    const scale = page.getByRole('dialog');
    await scale.getByLabel(tx.guidingQuestion).fill(NEW_QUESTION);
    await scale.getByRole('button', { name: ui.save }).click();
    await page.getByText(NEW_QUESTION).waitFor();
    await screenshot(page, `${lang}-group-scoring-scales`);
    expect(await checkAccessibility(page, lang)).toEqual([]);

    // A new use case, scored by three people on this laptop.
    await openScreen(page, ui.useCases);
    await page.getByRole('button', { name: ui.newUseCase }).click();
    await page.getByRole('dialog').getByLabel(ui.title).fill(TITLE);
    await page.getByRole('dialog').getByRole('button', { name: ui.create }).click();
    await page.getByRole('radiogroup', { name: ui.scoreFor(sv) }).waitFor();
    await page.getByText(NEW_QUESTION).waitFor();
    await scoreAll(page, lang, 3);
    await page.getByRole('button', { name: ui.saveScores }).click();
    await expect
      .poll(() => page.getByRole('region', { name: tx.hidden }).textContent())
      .toContain('1');

    await page.getByLabel(tx.scoringAs).selectOption({ label: 'Claire Martin' });
    await scoreAll(page, lang, 5);
    await page.getByRole('button', { name: tx.saveFor('Claire Martin') }).click();
    await expect
      .poll(() => page.getByRole('region', { name: tx.hidden }).textContent())
      .toContain('2');

    await page.getByLabel(tx.scoringAs).selectOption({ label: 'Bruno Petit' });
    await scoreAll(page, lang, 1);
    // Leaving with unsaved scores asks first.
    await page.getByRole('tab', { name: tx.history }).click();
    const ask = page.getByRole('alertdialog', { name: tx.unsaved });
    await ask.waitFor();
    await screenshot(page, `${lang}-group-scoring-unsaved`);
    await ask.getByRole('button', { name: tx.saveAndLeave }).click();
    await page.getByRole('tab', { name: tx.history, selected: true }).waitFor();
    await page.getByRole('tab', { name: tx.scoresTab }).click();
    await expect
      .poll(() => page.getByRole('region', { name: tx.hidden }).textContent())
      .toContain('3');

    // Blind: nobody sees the others' scores yet, nor the group's rank and score in the header.
    expect(await page.getByTestId('group-strategicValue').count()).toBe(0);
    await page.getByText(tx.headerHidden).waitFor();
    expect(await page.getByText(tx.rankSummary).count()).toBe(0);
    await screenshot(page, `${lang}-group-scoring-blind`);
    expect(await checkAccessibility(page, lang)).toEqual([]);

    // Revealed: each participant's score, the spread and the flag.
    await page.getByRole('button', { name: tx.reveal }).click();
    await page.getByText(tx.rankSummary).waitFor();
    expect(await page.getByText(tx.headerHidden).count()).toBe(0);
    const group = page.getByTestId('group-strategicValue');
    await group.waitFor();
    const groupText = plain(await group.textContent());
    expect(groupText).toContain(tx.spread4);
    expect(groupText).toContain(tx.toDiscuss);
    for (const name of ['Ada Lovelace', 'Claire Martin', 'Bruno Petit']) {
      expect(groupText).toContain(name);
    }
    await page.getByRole('button', { name: tx.hideAgain }).waitFor();
    await screenshot(page, `${lang}-group-scoring-revealed`);
    expect(await checkAccessibility(page, lang)).toEqual([]);

    // The workshop view: most divergent first, scores and rationales side by side; resolve it.
    await openScreen(page, tx.scoring);
    const items = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await items.first().waitFor();
    const first = items.first();
    expect(plain(await first.getByRole('heading').textContent())).toBe(`${TITLE} · ${sv}`);
    expect(await first.getByRole('row').count()).toBe(4); // header + three participants
    expect(plain(await first.textContent())).toContain(tx.toDiscuss);
    await first.getByRole('button', { name: tx.resolveFor(sv, TITLE) }).click();
    const resolve = page.getByRole('dialog');
    await resolve
      .getByRole('radiogroup', { name: tx.agreedScore })
      .locator('label')
      .filter({ hasText: /^5$/ })
      .click();
    await resolve.getByLabel(tx.note).fill('Board priority this year');
    await screenshot(page, `${lang}-group-scoring-resolve`);
    await resolve.getByRole('button', { name: tx.record }).click();
    await expect.poll(async () => plain(await first.textContent())).toContain(tx.resolved);
    expect(plain(await first.textContent())).toContain('Board priority this year');
    await screenshot(page, `${lang}-group-scoring-resolved`);
    expect(await checkAccessibility(page, lang)).toEqual([]);

    // The heatmap, between participants and between departments.
    await page.getByRole('tab', { name: tx.heatmapTab }).click();
    const heat = page.getByRole('table', { name: tx.heatmapCaption });
    await heat.waitFor();
    const row = heat.getByRole('row').filter({ hasText: TITLE });
    expect((await row.getByRole('cell').allTextContents()).map(plain)[0]).toContain('4');
    await screenshot(page, `${lang}-group-scoring-heatmap`);
    expect(await checkAccessibility(page, lang)).toEqual([]);
    await page.getByLabel(tx.departments).check();
    await page.getByText(tx.departmentsHint).waitFor();
    await screenshot(page, `${lang}-group-scoring-heatmap-departments`);

    // The audit trail holds the decision with its note.
    await openScreen(page, ui.auditTrail);
    const entry = page
      .getByRole('listitem')
      .filter({ hasText: 'Board priority this year' })
      .filter({ hasText: tx.decided });
    await entry.first().waitFor();
    expect(plain(await entry.first().textContent())).toContain(TITLE);
    await screenshot(page, `${lang}-group-scoring-audit`);

    // The ranking follows the agreed score: 56.3 instead of 50.0.
    await openScreen(page, ui.ranking);
    const ranked = page
      .getByRole('table', { name: ui.rankedTable })
      .getByRole('row')
      .filter({ hasText: TITLE });
    await ranked.waitFor();
    // The row was already there with 50.0 before the agreement: the ranking, decided from a
    // deferred snapshot of shared live records, is read until it shows the agreed score.
    await expect
      .poll(async () => (await ranked.getByRole('cell').allTextContents()).map(plain)[2])
      .toBe(tx.overall);
    await screenshot(page, `${lang}-group-scoring-ranking`);
  }, 240_000);
});
