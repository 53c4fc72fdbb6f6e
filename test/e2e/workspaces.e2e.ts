import { describe, expect, it } from 'vitest';
import { giveName } from './support/clarte';
import { screenshot, appPerTest } from './support/app';

describe('the list of workspaces', () => {
  const session = appPerTest();

  it('renames, duplicates, deletes with undo, and re-creates the demo', async () => {
    const app = await session.open({ locale: 'en-US' });
    const { page } = app;
    await giveName(page, 'en', 'Grace Hopper');
    const cards = page.getByRole('list', { name: 'Your workspaces' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(1);
    const demo = cards.filter({ hasText: 'Demo – Maison Delorme Distribution' });
    expect(await demo.textContent()).toContain('15 use cases');

    // Rename through the card's menu (keyboard: the menu opens and the item is chosen with Enter).
    await demo.getByRole('button', { name: /Actions for/ }).focus();
    await page.keyboard.press('Enter');
    // Enter goes to the focused element: pressed once React Aria has moved the focus to Rename.
    await page.getByRole('menuitem', { name: 'Rename' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rename the workspace' });
    await dialog.getByLabel('Name').fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Name: This field is required.');
    await dialog.getByLabel('Name').fill('Delorme – workshop of 3 March');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('link', { name: 'Delorme – workshop of 3 March' }).waitFor();

    // Duplicate: a full copy with its 15 use cases.
    await cards
      .first()
      .getByRole('button', { name: /Actions for/ })
      .click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    const copy = cards.filter({ hasText: 'Delorme – workshop of 3 March (copy)' });
    await copy.waitFor();
    expect(await copy.textContent()).toContain('15 use cases');
    await expect.poll(() => cards.count()).toBe(2);
    await screenshot(page, 'en-workspaces-duplicated');

    // Delete asks for confirmation, then can be undone for a few seconds.
    await copy.getByRole('button', { name: /Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this workspace?' });
    expect(await confirm.textContent()).toContain('15 use cases');
    await screenshot(page, 'en-workspaces-delete-confirm');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.filter({ hasText: '(copy)' }).textContent()).toContain('15 use cases');

    // Delete both; the demo can be re-created from the list.
    for (let left = 2; left > 0; left--) {
      await cards
        .first()
        .getByRole('button', { name: /Actions for/ })
        .click();
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => cards.count()).toBe(left - 1);
    }
    await page.getByText('No workspace yet.', { exact: false }).waitFor();
    await page.reload();
    await page.getByText('No workspace yet.', { exact: false }).waitFor(); // no demo forced on a later run
    await page.getByRole('button', { name: 'Create the demo workspace' }).click();
    // It opens at once; back home, a second demo gets a number, never the same name.
    await page.getByRole('heading', { name: 'Use cases', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Clarté' }).click();
    await page.getByRole('button', { name: 'Create the demo workspace' }).click();
    await page.getByRole('heading', { name: 'Use cases', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Clarté' }).click();
    await cards.filter({ hasText: 'Demo – Maison Delorme Distribution (2)' }).waitFor();
    expect(await cards.count()).toBe(2);
  });

  it('creates the demo in French when the browser speaks French', async () => {
    const app = await session.open({ locale: 'fr-FR' });
    const { page } = app;
    await giveName(page, 'fr', 'Marie Curie');
    const card = page.getByRole('list', { name: 'Vos espaces de travail' }).getByRole('listitem');
    await card.filter({ hasText: 'Démo – Maison Delorme Distribution' }).waitFor();
    expect(await card.first().textContent()).toContain('15 cas d’usage');
    await card.getByRole('link').click();
    await page.getByRole('link', { name: 'Classement' }).click();
    await page.getByRole('table', { name: 'Cas d’usage classés' }).waitFor();
    await page.getByRole('heading', { name: '3 cas d’usage à évaluer' }).waitFor();
    await screenshot(page, 'fr-demo-ranking');
  });
});
