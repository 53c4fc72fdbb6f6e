import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, appPerTest } from './support/app';
import { plain, type Lang } from './support/clarte';
import { openDemoWorkspace, settle } from './support/every-screen';

// Two tabs of one browser share IndexedDB: a save made in one while the other has the same use
// case open in its edit dialog is never silently overwritten by the other's later save.

const WORDS = {
  en: {
    edit: 'Edit',
    dialog: 'Edit the use case',
    title: 'Title',
    owner: 'Owner',
    save: 'Save',
    conflict: 'Another tab changed this since you opened it',
    overwrite: 'Overwrite with mine',
    goOn: 'Go on editing',
    theirs: 'Saved in the other tab',
    yours: 'Yours (not saved)',
  },
  fr: {
    edit: 'Modifier',
    dialog: 'Modifier le cas d’usage',
    title: 'Titre',
    owner: 'Responsable',
    save: 'Enregistrer',
    conflict: 'Un autre onglet a modifié ceci depuis que vous l’avez ouvert',
    overwrite: 'Écraser avec la mienne',
    goOn: 'Continuer à modifier',
    theirs: 'Enregistré dans l’autre onglet',
    yours: 'La vôtre (non enregistrée)',
  },
} as const;

async function openEditDialog(page: Page, lang: Lang) {
  const w = WORDS[lang];
  await page.getByRole('button', { name: w.edit, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: w.dialog });
  await dialog.getByLabel(w.title, { exact: true }).waitFor();
  return dialog;
}

/** The rows of the comparison: [field, theirs, yours]. */
async function comparison(page: Page): Promise<string[][]> {
  const rows = page.locator('[data-stale-write] tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) {
    out.push((await row.locator('th, td').allTextContents()).map(plain));
  }
  return out;
}

describe('two tabs editing one use case', () => {
  const session = appPerTest();

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['fr', 'fr-FR'],
  ] as const) {
    it(`shows both versions and lets the person choose (${lang})`, async () => {
      const w = WORDS[lang];
      const app = await session.open({ locale });
      const first = app.page;
      const workspaceId = await openDemoWorkspace(first, lang);
      await first.locator('main a[href*="/use-cases/"]').first().click();
      await first.waitForURL(new RegExp(`/w/${workspaceId}/use-cases/[^/]+`));
      // The address changes before the screen does: the title read is the use case's once its
      // page (with its Edit button) is shown, not the list's "Use cases" still there.
      await first.getByRole('button', { name: w.edit, exact: true }).first().waitFor();
      await settle(first);
      const original = plain(await first.locator('h1').first().textContent());
      const second = await app.context.newPage();
      await second.goto(first.url());
      await settle(second);

      // Tab 1 opens the dialog and types a new title, without saving yet.
      const mine = await openEditDialog(first, lang);
      await mine.getByLabel(w.title, { exact: true }).fill(`${original} (tab 1)`);

      // Tab 2 saves another title and an owner meanwhile.
      const theirs = await openEditDialog(second, lang);
      await theirs.getByLabel(w.title, { exact: true }).fill(`${original} (tab 2)`);
      await theirs.getByLabel(w.owner, { exact: true }).fill('Ana');
      await theirs.getByRole('button', { name: w.save }).click();
      await theirs.waitFor({ state: 'detached' });

      // Tab 1 saves: refused, both versions shown field by field.
      await mine.getByRole('button', { name: w.save }).click();
      const alert = mine.getByRole('alert').filter({ hasText: w.conflict });
      await alert.waitFor();
      expect(plain(await alert.locator('thead').textContent())).toContain(w.theirs);
      expect(plain(await alert.locator('thead').textContent())).toContain(w.yours);
      const rows = await comparison(first);
      expect(rows).toContainEqual([w.title, `${original} (tab 2)`, `${original} (tab 1)`]);
      expect(rows.find((row) => row[0] === w.owner)?.[1]).toBe('Ana');
      await screenshot(first, `${lang}-two-tabs-conflict`);

      if (lang === 'en') {
        // Overwrite with mine: my whole form is saved, the other tab's page shows it.
        await alert.getByRole('button', { name: w.overwrite }).click();
        await mine.waitFor({ state: 'detached' });
        await expect
          .poll(async () => plain(await second.locator('h1').first().textContent()))
          .toBe(`${original} (tab 1)`);
      } else {
        // Go on editing: my title stays, the owner I did not touch takes theirs; then save.
        await alert.getByRole('button', { name: w.goOn }).click();
        await alert.waitFor({ state: 'detached' });
        expect(await mine.getByLabel(w.title, { exact: true }).inputValue()).toBe(
          `${original} (tab 1)`,
        );
        expect(await mine.getByLabel(w.owner, { exact: true }).inputValue()).toBe('Ana');
        await screenshot(first, `${lang}-two-tabs-go-on-editing`);
        await mine.getByRole('button', { name: w.save }).click();
        await mine.waitFor({ state: 'detached' });
        await expect
          .poll(async () => plain(await second.locator('h1').first().textContent()))
          .toBe(`${original} (tab 1)`);
      }
      await expect
        .poll(async () => plain(await first.locator('h1').first().textContent()))
        .toBe(`${original} (tab 1)`);
    });
  }
});
