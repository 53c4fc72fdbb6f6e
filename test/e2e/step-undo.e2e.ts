import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, appPerTest } from './support/app';
import { openScreen, plain } from './support/clarte';
import { openDemoWorkspace, settle } from './support/every-screen';

// Deleting a step with its frictions, then Undo from the notice: every record comes back and
// the step list shows the step where it was.

const WORDS = {
  en: {
    workflows: 'Internal workflows',
    deleteStep: (s: string) => `Delete ${s}`,
    removeToo: 'Delete the frictions too; the use cases stay, without this anchor',
    remove: 'Remove',
    undo: 'Undo',
    undone: (s: string) => `“${s}” is back, as it was.`,
  },
  fr: {
    workflows: 'Processus internes',
    deleteStep: (s: string) => `Supprimer ${s}`,
    removeToo: 'Supprimer aussi les irritants ; les cas d’usage restent, sans cet ancrage',
    remove: 'Supprimer',
    undo: 'Annuler',
    undone: (s: string) => `« ${s} » est de retour, tel quel.`,
  },
} as const;

async function stepOrder(page: Page): Promise<string[]> {
  return page.getByRole('grid').first().getByRole('row').locator('strong').allTextContents();
}

/** Every step and friction of the workspace as stored (IndexedDB, read in the page). */
async function stored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const read = (table: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('clarte');
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(new Error(String(request.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      });
    return JSON.stringify([await read('steps'), await read('frictions'), await read('useCases')]);
  });
}

describe('deleting a step with frictions, then undo', () => {
  const session = appPerTest();

  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['fr', 'fr-FR'],
  ] as const) {
    it(`brings everything back, the step in its place (${lang})`, async () => {
      const w = WORDS[lang];
      const { page } = await session.open({ locale });
      await openDemoWorkspace(page, lang);
      await openScreen(page, w.workflows);
      await settle(page);
      const order = await stepOrder(page);
      expect(order.length).toBeGreaterThanOrEqual(3);
      const before = await stored(page);
      const name = order[1]!;

      await page.getByRole('button', { name: w.deleteStep(name), exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByRole('radio', { name: w.removeToo }).check();
      await screenshot(page, `${lang}-step-undo-1-dialog`);
      await dialog.getByRole('button', { name: w.remove, exact: true }).click();
      await expect.poll(() => stepOrder(page)).toEqual(order.filter((s) => s !== name));

      await page.getByRole('button', { name: w.undo, exact: true }).click();
      await page.getByText(w.undone(name)).waitFor();
      await expect.poll(() => stepOrder(page)).toEqual(order);
      expect(await stored(page)).toBe(before);
      await screenshot(page, `${lang}-step-undo-2-restored`);
      expect(
        plain(await page.getByRole('grid').first().getByRole('row').nth(1).textContent()),
      ).toContain(name);
    });
  }
});
