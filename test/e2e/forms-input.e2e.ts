import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  UI,
  scoreCriterion,
  type CriterionKey,
  type Lang,
  createUseCase,
  enterDemoWorkspace,
} from './support/clarte';
import { typeDate } from './support/date-picker';
import { appPerTest, screenshot } from './support/app';

/** What the user reads (kept here, not taken from the app). */
const T = {
  en: {
    scoringAs: 'Scoring as',
    saveFor: (n: string) => `Save the scores of ${n}`,
    tab: { scores: 'Scores', qualification: 'Qualification', businessCase: 'Business case' },
    hourlyCost: 'Loaded hourly cost',
    yearlyVolume: 'Yearly volume (items)',
    typedCost: '42,000.5',
    cost: 42000.5,
    typedVolume: '1,450.5',
    unsaved: 'Unsaved changes',
    saveAndLeave: 'Save and leave',
    reviewDate: 'Review date',
    baseline: 'Baseline',
    saveQualification: 'Save the qualification',
    shownDate: '30 Jun 2027',
    openCalendar: 'Open the calendar',
  },
  fr: {
    scoringAs: 'Note attribuée par',
    saveFor: (n: string) => `Enregistrer les notes de ${n}`,
    tab: { scores: 'Notes', qualification: 'Qualification', businessCase: 'Fiche business case' },
    hourlyCost: 'Coût horaire chargé',
    yearlyVolume: 'Volume annuel (unités)',
    typedCost: '42 000 €',
    cost: 42000,
    typedVolume: '1 450,5',
    unsaved: 'Modifications non enregistrées',
    saveAndLeave: 'Enregistrer et partir',
    reviewDate: 'Date de revue',
    baseline: 'Valeur de départ',
    saveQualification: 'Enregistrer la qualification',
    shownDate: '30 juin 2027',
    openCalendar: 'Ouvrir le calendrier',
  },
} as const;

const TITLE = 'Invoice matching agent';

interface StoredCard {
  participant: string;
  scores: Record<string, { score: number | null; rationale: string }>;
}

/** What the database holds (IndexedDB, read as stored): the scorecards of a use case, by name. */
async function storedCards(page: Page, title: string): Promise<StoredCard[]> {
  return page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clarte');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    type Row = { id: string; name?: string; title?: string; useCaseId?: string };
    const [useCases, participants, cards] = await Promise.all([
      all<Row>('useCases'),
      all<Row>('participants'),
      all<Row & { participantId: string; scores: StoredCard['scores'] }>('scorecards'),
    ]);
    db.close();
    const useCase = useCases.find((u) => u.title === title);
    return cards
      .filter((c) => c.useCaseId === useCase?.id)
      .map((c) => ({
        participant: participants.find((p) => p.id === c.participantId)?.name ?? c.participantId,
        scores: c.scores,
      }));
  }, title);
}

async function storedEstimate(page: Page, title: string): Promise<Record<string, unknown>> {
  return page.evaluate(async (title) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('clarte');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const rows = await new Promise<{ title: string; financialEstimate: Record<string, unknown> }[]>(
      (resolve) => {
        const request = db.transaction('useCases').objectStore('useCases').getAll();
        request.onsuccess = () => resolve(request.result as never);
      },
    );
    db.close();
    return rows.find((u) => u.title === title)?.financialEstimate ?? {};
  }, title);
}

async function scoreAll(page: Page, lang: Lang, score: number): Promise<void> {
  for (const key of Object.keys(UI[lang].criteria) as CriterionKey[])
    await scoreCriterion(page, lang, key, score);
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('forms in %s', (lang: Lang, locale) => {
  const ui = UI[lang];
  const tx = T[lang];
  const session = appPerTest();

  it('scores per person, numbers and dates as people type them, nothing lost on leaving', async () => {
    const { page } = await session.open({ locale });
    await enterDemoWorkspace(page, lang, 'Ada Lovelace');
    await createUseCase(page, lang, TITLE);
    const sv = ui.criteria.strategicValue;
    const rationale = page.getByLabel(ui.rationaleFor(sv));
    await rationale.waitFor();

    // Point 5: A scores and saves, B starts empty, scores and saves; A's own scores come back.
    await scoreAll(page, lang, 3);
    await rationale.fill('Ada: board priority');
    await page.getByRole('button', { name: ui.saveScores }).click();
    await expect.poll(async () => (await storedCards(page, TITLE)).length).toBe(1);

    await page.getByLabel(tx.scoringAs).selectOption({ label: 'Claire Martin' });
    await page.getByRole('button', { name: tx.saveFor('Claire Martin') }).waitFor();
    expect(await rationale.inputValue()).toBe('');
    const svGroup = page.getByRole('radiogroup', { name: ui.scoreFor(sv) });
    expect(await svGroup.getByRole('radio', { name: '3' }).isChecked()).toBe(false);
    await scoreAll(page, lang, 5);
    await rationale.fill('Claire: customer load');
    await page.getByRole('button', { name: tx.saveFor('Claire Martin') }).click();
    await expect.poll(async () => (await storedCards(page, TITLE)).length).toBe(2);

    await page.getByLabel(tx.scoringAs).selectOption({ index: 0 });
    await page.getByRole('button', { name: ui.saveScores }).waitFor();
    expect(await rationale.inputValue()).toBe('Ada: board priority');
    expect(await svGroup.getByRole('radio', { name: '3' }).isChecked()).toBe(true);

    const cards = await storedCards(page, TITLE);
    const byName = Object.fromEntries(cards.map((c) => [c.participant, c.scores]));
    expect(Object.keys(byName).sort()).toEqual(['Ada Lovelace', 'Claire Martin']);
    expect(byName['Ada Lovelace']!.strategicValue).toEqual({
      score: 3,
      rationale: 'Ada: board priority',
    });
    expect(byName['Claire Martin']!.strategicValue).toEqual({
      score: 5,
      rationale: 'Claire: customer load',
    });
    for (const scores of Object.values(byName)) expect(Object.keys(scores)).toHaveLength(8);
    expect(Object.values(byName['Ada Lovelace']!).every((s) => s.score === 3)).toBe(true);
    expect(Object.values(byName['Claire Martin']!).every((s) => s.score === 5)).toBe(true);

    // Point 7: amounts typed as people type them; point 6: leaving the tab asks first.
    await page.getByRole('tab', { name: tx.tab.businessCase }).click();
    await page.getByLabel(tx.hourlyCost, { exact: true }).fill(tx.typedCost);
    await page.getByLabel(tx.yearlyVolume, { exact: true }).fill(tx.typedVolume);
    await page.keyboard.press('Tab');
    await screenshot(page, `${lang}-forms-number-fields`);
    await page.getByRole('tab', { name: tx.tab.qualification }).click();
    const ask = page.getByRole('alertdialog', { name: tx.unsaved });
    await ask.waitFor();
    await screenshot(page, `${lang}-forms-unsaved`);
    await ask.getByRole('button', { name: tx.saveAndLeave }).click();
    await page.getByRole('tab', { name: tx.tab.qualification, selected: true }).waitFor();
    await expect
      .poll(() => storedEstimate(page, TITLE))
      .toMatchObject({
        hourlyCost: tx.cost,
        yearlyVolume: 1450.5,
      });

    // A date picked in the language's order, shown in the language's form.
    await page.getByRole('button', { name: tx.openCalendar }).click();
    await page.getByRole('dialog').getByRole('grid').waitFor();
    await screenshot(page, `${lang}-forms-date-picker`);
    await page.keyboard.press('Escape');
    await page.getByLabel(tx.baseline, { exact: true }).fill('12');
    await typeDate(page.locator('main'), tx.reviewDate, '2027-06-30');
    await page.getByRole('button', { name: tx.saveQualification }).click();
    await page.getByRole('button', { name: tx.saveQualification, disabled: true }).waitFor();
    await page.getByRole('tab', { name: tx.tab.businessCase }).click();
    const sheet = page.locator('[class*="printRoot"]');
    await expect.poll(() => sheet.textContent()).toContain(tx.shownDate);
    expect(await sheet.textContent()).not.toContain('2027-06-30');
  }, 150_000);
});
