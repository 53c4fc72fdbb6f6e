import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, checkAccessibility, screenshot } from './support/app';
import { plain, UI, type Lang } from './support/clarte';

/*
 * The whole flow with the keyboard alone (issue 16, "Every size and the keyboard"): open the demo,
 * create a use case, score it, save, see it in the ranking, move its card in the roadmap, export.
 * Nothing is clicked and nothing is focused by the test: every control is reached with Tab (or
 * the arrow keys where the pattern says so), which proves it reachable, and after each action the
 * focus is checked to be on something meaningful, never the page's body.
 */
const TEXT = {
  en: {
    demo: /Maison Delorme/,
    title: 'Keyboard-only claims triage',
    saved: 'Scores of Ada Lovelace saved.',
    ranking: 'Ranking',
    roadmap: 'Roadmap',
    export: 'Export',
    moveTo: (title: string) => `Move to… (${title})`,
    firstWave: 'Now',
    reason: 'Reason',
    confirm: 'Move it',
    csv: 'Ranked list (CSV)',
    exported: /^“.+\.csv” downloaded\.$/,
  },
  fr: {
    demo: /Maison Delorme/,
    title: 'Tri des sinistres au clavier',
    saved: 'Notes de Ada Lovelace enregistrées.',
    ranking: 'Classement',
    roadmap: 'Feuille de route',
    export: 'Exporter',
    moveTo: (title: string) => `Déplacer vers… (${title})`,
    firstWave: 'Maintenant',
    reason: 'Raison',
    confirm: 'Le déplacer',
    csv: 'Classement (CSV)',
    exported: /^«\s.+\.csv\s»\stéléchargé\.$/,
  },
} as const;

/** Tab presses allowed to reach a control: the side navigation has 18 entries. */
const MAX_TABS = 80;

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab until `target` has the focus; fails when it is never reached (unreachable). */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (await isFocused(target)) return;
  throw new Error(`${what} was not reached in ${MAX_TABS} presses of Tab`);
}

/** What has the focus, in words: never the body. */
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '<body>';
    return (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
  });
}

describe.each([
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const)('the whole flow with the keyboard alone, in %s', (lang: Lang, locale) => {
  const text = TEXT[lang];
  const ui = UI[lang];
  const session = appPerTest();

  it('creates, scores, ranks, moves on the roadmap and exports without a mouse', async () => {
    const app = await session.open({ locale });
    const { page } = app;
    const nav = page.getByRole('navigation');
    const openFromNavigation = async (name: string) => {
      await tabTo(
        page,
        nav.getByRole('link', { name, exact: true }),
        `"${name}" in the navigation`,
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name }).waitFor();
      // The screen's title takes the focus (screen readers announce where one is).
      await expect.poll(() => focusedText(page)).toBe(name);
    };

    // The name dialog has the focus in its field.
    await page.getByRole('heading', { name: ui.welcome }).waitFor();
    // Typed once the field has the focus (given as the dialog opens), not before.
    await page.getByLabel(ui.yourName).and(page.locator(':focus')).waitFor();
    await page.keyboard.type('Ada Lovelace');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: ui.welcome }).waitFor({ state: 'detached' });

    // Home: the skip link comes first, then the header, then the demo workspace.
    await page.keyboard.press('Tab');
    await tabTo(page, page.getByRole('link', { name: text.demo }).first(), 'the demo workspace');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: ui.useCases, level: 1 }).waitFor();

    // Create a use case: the dialog opens on its title; Enter saves; the new use case's page
    // opens with the focus on its title (the new item).
    const create = page.getByRole('button', { name: ui.newUseCase });
    await tabTo(page, create, 'New use case');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: ui.newUseCase }).waitFor();
    await page
      .getByRole('dialog', { name: ui.newUseCase })
      .getByLabel(ui.title)
      .and(page.locator(':focus'))
      .waitFor();
    await page.keyboard.type(text.title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
    await expect.poll(() => focusedText(page)).toBe(text.title);

    // Score: Tab enters each scale on its checked choice ("Unset"); ArrowRight 4 times gives 4.
    const groups = page.getByRole('main').getByRole('radiogroup');
    await expect.poll(() => groups.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const checked = groups.nth(i).getByRole('radio', { checked: true });
      await tabTo(page, checked, `the scale of criterion ${i + 1}`);
      for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => groups.nth(i).getByRole('radio', { checked: true }).getAttribute('value'))
        .toBe('4');
    }
    await tabTo(page, page.getByRole('button', { name: ui.saveScores }), 'Save my scores');
    await page.keyboard.press('Enter');
    // Saved: the focus is on the line that says so (the button is disabled until a change).
    await expect.poll(() => focusedText(page)).toBe(text.saved);
    await screenshot(page, `${lang}-keyboard-flow-saved`);

    // The ranking lists it.
    await openFromNavigation(text.ranking);
    const table = page.getByRole('table', { name: ui.rankedTable });
    await table.getByRole('link', { name: text.title, exact: true }).waitFor();

    // The roadmap: Tab reaches the column holding the card (one stop per column), the arrow keys
    // its card, Tab its "Move to…" button; Enter opens the menu on "To <first wave>".
    await openFromNavigation(text.roadmap);
    const card = page.locator('[data-card]').filter({ hasText: text.title });
    const grid = page.getByRole('grid').filter({ has: card });
    const moveButton = page.getByRole('button', { name: text.moveTo(text.title), exact: true });
    await tabTo(page, grid.getByRole('row').first(), 'the column of the new card');
    for (let presses = 0; presses < 40; presses++) {
      const onCard = await grid
        .getByRole('row')
        .filter({ has: card })
        .evaluate((row) => row === document.activeElement);
      if (onCard) break;
      await page.keyboard.press('ArrowDown');
    }
    await tabTo(page, moveButton, 'the card’s “Move to…” button');
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const toFirstWave = menu.getByRole('menuitem', { name: new RegExp(text.firstWave) });
    // The arrows move the focus among the items once React Aria has put it in the menu.
    await menu.getByRole('menuitem').and(page.locator(':focus')).waitFor();
    for (let presses = 0; presses < 6 && !(await isFocused(toFirstWave)); presses++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    // A move away from the suggestion asks why: the dialog opens on its first field.
    const dialog = page.getByRole('dialog');
    const placed = page.locator('[data-column]').filter({ has: card }).first();
    await expect
      .poll(
        async () =>
          (await dialog.count()) > 0 || (await placed.getAttribute('data-column')) !== 'backlog',
      )
      .toBe(true);
    if ((await dialog.count()) > 0) {
      await tabTo(page, dialog.getByLabel(text.reason), 'the reason');
      await page.keyboard.type('Claims backlog is the board’s first worry');
      await tabTo(page, dialog.getByRole('button', { name: text.confirm }), 'Move it');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
    }
    const firstWaveColumn = page.getByRole('region', { name: text.firstWave, exact: true });
    await firstWaveColumn.locator('[data-card]').filter({ hasText: text.title }).waitFor();
    // The focus stayed on the moved card, in its new column.
    await expect
      .poll(() =>
        firstWaveColumn
          .getByRole('button', { name: text.moveTo(text.title) })
          .evaluate((b) => b === document.activeElement),
      )
      .toBe(true);
    await screenshot(page, `${lang}-keyboard-flow-moved`);
    expect(await checkAccessibility(page, { strict: true, contrast: lang === 'en' })).toEqual([]);

    // Export: the file downloads and the focus goes to the line that says so.
    await openFromNavigation(text.export);
    await tabTo(page, page.getByRole('button', { name: text.csv }), 'the CSV export');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await expect.poll(() => focusedText(page)).toMatch(text.exported);
    expect(plain(await page.getByTestId('export-result').textContent())).toMatch(text.exported);
  }, 240_000);
});
