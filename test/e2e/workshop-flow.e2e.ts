import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fullScoresOf, sampleWorkspaceBundle } from '../fixtures/builders';
import { giveName, openScreen, plain, type Lang } from './support/clarte';
import { appPerTest, insertBundle, screenshot } from './support/app';

/** What the user reads, in each language (kept here, not taken from the app). */
const TEXT = {
  en: {
    ranking: 'Ranking',
    rankedTable: 'Ranked use cases',
    columns: ['Rank', 'Title', 'Overall', 'Quadrant'],
    framing: 'Framing',
    participants: 'Participants',
    useCases: 'Use cases',
    suggestion: 'Suggested status',
    question: (s: string) => `Move to “${s}”?`,
    accept: (s: string) => `Move to “${s}”`,
    why: {
      qualified: 'Its clarity gate is met.',
      scored: 'Every criterion is scored and the scores are shown.',
      planned: 'It is placed in a roadmap wave.',
    },
    status: { idea: 'Idea', qualified: 'Qualified', scored: 'Scored', planned: 'Planned' },
    notNow: 'Not now',
    openCatalogue: 'Add from the catalogue',
    catalogueTitle: 'Add use cases from the catalogue',
    sector: 'Sector',
    insurance: 'Insurance',
    search: 'Search the catalogue',
    query: 'fraud',
    fraudCase: 'Claims fraud signals for investigators',
    shownOne: '1 use case',
    addOne: 'Add 1 use case',
    already: 'already in the list',
  },
  fr: {
    ranking: 'Classement',
    rankedTable: 'Cas d’usage classés',
    columns: ['Rang', 'Titre', 'Global', 'Quadrant'],
    framing: 'Cadrage',
    participants: 'Participants',
    useCases: 'Cas d’usage',
    suggestion: 'Statut suggéré',
    question: (s: string) => `Passer à « ${s} » ?`,
    accept: (s: string) => `Passer à « ${s} »`,
    why: {
      qualified: 'Sa grille de clarté est remplie.',
      scored: 'Chaque critère est évalué et les notes sont affichées.',
      planned: 'Il est placé dans une vague de la feuille de route.',
    },
    status: { idea: 'Idée', qualified: 'Qualifié', scored: 'Évalué', planned: 'Planifié' },
    notNow: 'Pas maintenant',
    openCatalogue: 'Ajouter depuis le catalogue',
    catalogueTitle: 'Ajouter des cas d’usage depuis le catalogue',
    sector: 'Secteur',
    insurance: 'Assurance',
    search: 'Rechercher dans le catalogue',
    query: 'fraude',
    fraudCase: 'Signaux de fraude à l’attention des enquêteurs',
    shownOne: '1 cas d’usage',
    addOne: 'Ajouter 1 cas d’usage',
    already: 'déjà dans la liste',
  },
} as const;

/** French typography in the app: a no-break space before ? and inside « ». */
function nbsp(text: string): string {
  return text.replace(/ \?/g, '\u00a0?').replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}

/** Whether the element is fully inside the window, left to right (no sideways scroll needed). */
async function fullyInWidth(locator: Locator, width: number): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= width;
}

/** A sample workspace whose "Invoice matching" is an idea, clear, fully scored and in a wave. */
function ideaDoneBundle() {
  const bundle = sampleWorkspaceBundle('flow');
  bundle.useCases = bundle.useCases.map((u) =>
    u.id === 'flow-uc-match' ? { ...u, status: 'idea' as const } : u,
  );
  bundle.scorecards = bundle.scorecards.map((c) =>
    c.useCaseId === 'flow-uc-match' ? { ...c, scores: fullScoresOf({}, 4) } : c,
  );
  return bundle;
}

async function openDemo(page: Page, lang: Lang): Promise<void> {
  await giveName(page, lang, 'Ada Lovelace');
  await page.getByRole('link', { name: /Maison Delorme/ }).click();
  await page.getByRole('heading', { name: TEXT[lang].useCases, level: 1 }).waitFor();
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('the flow of the workshop day in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const session = appPerTest();

  it('keeps rank, title, overall and quadrant in view on the ranking at 1024 x 768', async () => {
    const app = await session.open({
      locale,
      contextOptions: { viewport: { width: 1024, height: 768 } },
    });
    const { page } = app;
    await openDemo(page, lang);
    await openScreen(page, text.ranking);
    const table = page.getByRole('table', { name: text.rankedTable });
    await table.locator('tbody tr').first().waitFor();
    for (const name of text.columns) {
      const header = table.getByRole('columnheader', { name, exact: true });
      expect(await fullyInWidth(header, 1024), name).toBe(true);
    }
    // The first row's cells too, and nothing scrolls sideways.
    const cells = table.locator('tbody tr').first().locator('td');
    expect(await fullyInWidth(cells.first(), 1024)).toBe(true);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `${lang}-ranking-1024x768`);
  }, 120_000);

  it('manages participants under Framing in the navigation', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await openDemo(page, lang);
    const links = (await page.getByRole('navigation').getByRole('link').allTextContents()).map(
      plain,
    );
    // Participants comes right after Framing.
    expect(links[links.indexOf(text.framing) + 1]).toBe(text.participants);
    await openScreen(page, text.participants);
    await page.getByRole('heading', { name: text.participants, level: 1 }).waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, `${lang}-participants-under-framing`);
  }, 120_000);

  it('suggests the next status, one step at a time, to accept or dismiss', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await giveName(page, lang, 'Ada Lovelace');
    await page.getByRole('link', { name: /Maison Delorme/ }).waitFor();
    await insertBundle(page, ideaDoneBundle());
    await page.goto('/w/flow-ws/use-cases/flow-uc-match/details');
    const notice = page.getByRole('region', { name: text.suggestion });
    // An idea that is clear, fully scored and in a wave: first "qualified", never "scored".
    const steps = [
      ['qualified', text.status.qualified],
      ['scored', text.status.scored],
    ] as const;
    for (const [key, label] of steps) {
      await notice.getByText(nbsp(text.question(label))).waitFor();
      expect(plain(await notice.textContent())).toContain(text.why[key]);
      if (key === 'qualified') await screenshot(page, `${lang}-status-suggestion`);
      await notice.getByRole('button', { name: nbsp(text.accept(label)) }).click();
      await page.locator('h1 + div').getByText(label, { exact: true }).waitFor();
    }
    // Scored and placed in a wave: "planned" is suggested; dismissed, it stays away.
    await notice.getByText(nbsp(text.question(text.status.planned))).waitFor();
    expect(plain(await notice.textContent())).toContain(text.why.planned);
    await notice.getByRole('button', { name: text.notNow }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('h1 + div').getByText(text.status.scored, { exact: true }).waitFor();
    expect(await notice.count()).toBe(0);
  }, 120_000);

  it('adds use cases from a sector catalogue, filtered and searched', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    await openDemo(page, lang);
    const before = await page.getByRole('table').locator('tbody tr').count();
    await page.getByRole('button', { name: text.openCatalogue }).click();
    const dialog = page.getByRole('dialog', { name: text.catalogueTitle });
    await dialog.getByLabel(text.sector).selectOption({ label: text.insurance });
    await dialog.getByLabel(text.search).fill(text.query);
    await dialog.getByText(text.shownOne, { exact: true }).waitFor();
    await screenshot(page, `${lang}-catalogue-picker`);
    await dialog.getByRole('checkbox', { name: new RegExp(text.fraudCase) }).check();
    await dialog.getByRole('button', { name: text.addOne }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: text.fraudCase }).waitFor();
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(before + 1);
    // Added as an idea, with its sector as a tag; shown as already added next time.
    await page.getByRole('button', { name: text.openCatalogue }).click();
    await dialog.getByLabel(text.search).fill(text.query);
    const entry = dialog.getByRole('checkbox', { name: new RegExp(text.fraudCase) });
    expect(await entry.isDisabled()).toBe(true);
    expect(
      plain(await dialog.locator('li').filter({ hasText: text.fraudCase }).textContent()),
    ).toContain(text.already);
  }, 120_000);
});
