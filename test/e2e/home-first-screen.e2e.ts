import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { giveName } from './support/clarte';
import { screenshot, appPerTest } from './support/app';

/** The label of the focused element (the card's trigger has one, menu items have their text). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      role: el?.getAttribute('role'),
      label: el?.getAttribute('aria-label') ?? el?.textContent,
    };
  });
}

describe('the home page loads its menus, dialogs and import on use', () => {
  const session = appPerTest();

  it('opens the card menu from the keyboard and gives the focus back', async () => {
    const app = await session.open({
      locale: 'en-US',
      path: null,
      contextOptions: { viewport: { width: 1280, height: 800 } },
    });
    const { page } = app;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/');
    await giveName(page, 'en', 'Grace Hopper');
    const trigger = page.getByRole('button', { name: /^Actions for Demo/ });
    await trigger.waitFor();
    // Nothing of the menu, the name form or the import is fetched before it is used.
    const lazy = /workspace-actions-menu|workspace-form-dialog|backup-import-choice/;
    expect(requested.filter((p) => lazy.test(p))).toEqual([]);
    expect(await page.getByText('Choose a file', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('No file chosen', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'en-home-1280');

    expect(await trigger.getAttribute('aria-haspopup')).toBe('menu');
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('menu').getAttribute('id')).toBe(
      await trigger.getAttribute('aria-controls'),
    );
    expect(await focused(page)).toEqual({ role: 'menuitem', label: 'Rename' });
    await screenshot(page, 'en-home-menu-open');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ role: 'menuitem', label: 'Duplicate' });
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Actions for Demo/);
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');

    // ArrowUp opens it on the last item; Rename opens the dialog; closing it returns the focus.
    await page.keyboard.press('ArrowUp');
    await page.getByRole('menu').waitFor();
    expect(await focused(page)).toEqual({ role: 'menuitem', label: 'Delete' });
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rename the workspace' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).label).toMatch(/^Actions for Demo/);

    // The chosen file's name is shown; the backup's summary loads with it.
    await page.getByLabel('Choose a backup file (.json.gz or .json)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await page.getByText('notes.json', { exact: true }).waitFor();
    await page.getByRole('alert').waitFor();
  });

  it('shows the file chooser in French', async () => {
    const app = await session.open({
      locale: 'fr-FR',
      contextOptions: { viewport: { width: 1280, height: 800 } },
    });
    const { page } = app;
    await giveName(page, 'fr', 'Marie Curie');
    await page.getByRole('button', { name: /^Actions pour Démo/ }).waitFor();
    await page.getByText('Choisir un fichier', { exact: true }).waitFor();
    expect(await page.getByText('Aucun fichier choisi', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'fr-home-1280');
  });
});
